# Sourced by the benchmarks that need a running, warm Plan Desk on PostgreSQL: start_warm_server starts it on a new
# plandesk_bench (or PLANDESK_DB_*), with the vacuum loop where autovacuum is off, stops both when the script
# exits, and first sends a bulk run of WARMUP rows (default 2,000) through it, untimed.
. bench/database.sh
. bench/vacuum.sh
start_warm_server() {
  ./plandesk stop > /dev/null
  ./plandesk start
  start_vacuum plandesk_bench
  trap 'kill ${vacuum_pid:-} 2> /dev/null || true; ./plandesk stop > /dev/null' EXIT
  local warmup="${WARMUP:-2000}"
  if [ "$warmup" -gt 0 ]; then
    python3 bench/bulk.py "$warmup" | tail -n 1 | sed 's/^bulk:/warm-up: bulk:/'
  fi
}
