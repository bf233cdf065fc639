# Sourced by the bulk benchmarks. PostgreSQL's autovacuum keeps queue-like tables (the engine's jobs and
# executions, provisioning rows) small and the planner's statistics current. Where it is off — as on the CI
# machines, whose PostgreSQL sets autovacuum = off — dead rows pile up by the hundred thousand and every job
# acquisition reads through them, and a table that was empty when a pooled connection first planned a query on
# it keeps that plan: a bulk run's row-key lookup scanned every bulk row ever written. There a loop runs what autovacuum would: VACUUM and ANALYZE of the busiest tables every 10 s.
# Call start_vacuum DB.
start_vacuum() {
  local database="$1"
  if [ "$(PGPASSWORD="$PLANDESK_DB_PASSWORD" psql -h 127.0.0.1 -p "$BENCH_PG_PORT" -U "$PLANDESK_DB_USER" -At -c 'show autovacuum' "$database")" = "on" ]; then
    return
  fi
  echo "autovacuum is off on this PostgreSQL: the benchmark vacuums the busiest tables every 10 s instead"
  ( while sleep 10; do
      PGPASSWORD="$PLANDESK_DB_PASSWORD" psql -q -h 127.0.0.1 -p "$BENCH_PG_PORT" -U "$PLANDESK_DB_USER" "$database" -c \
        "VACUUM (ANALYZE) act_ru_job, act_ru_execution, act_ru_variable, act_ru_meter_log, act_ge_bytearray" \
        -c "VACUUM (ANALYZE) act_hi_procinst, act_hi_actinst" 2> /dev/null
      PGPASSWORD="$PLANDESK_DB_PASSWORD" psql -q -h 127.0.0.1 -p "$BENCH_PG_PORT" -U "$PLANDESK_DB_USER" "$database" -c \
        "VACUUM (ANALYZE) provisioning, inventory_item, customer_service, bulk_assignment_row" 2> /dev/null || true
    done ) &
  vacuum_pid=$!
  trap 'kill $vacuum_pid 2> /dev/null || true' EXIT
}
