# Sourced by bench/database.sh: the PostgreSQL the benchmarks run on. By default a cluster of its own, "plandesk"
# on port 5433, set up as an operator would run PostgreSQL for Plan Desk on a machine of this size (README
# "PostgreSQL in production": autovacuum on, memory for the machine) — made once with Debian's pg_createcluster and
# started when it is not running. BENCH_PG=main runs them on the machine's own cluster (port 5432) instead, as they
# did before. Exports BENCH_PG_PORT; psql_admin runs psql as the postgres user on that cluster.
bench_pg_cluster() {
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  if [ "${BENCH_PG:-plandesk}" = main ]; then
    BENCH_PG_PORT=5432
  else
    BENCH_PG_PORT=5433
    if [ ! -d "/etc/postgresql/$version/plandesk" ]; then
      pg_createcluster "$version" plandesk --port 5433 > /dev/null
      install -m 644 bench/postgresql-production.conf "/etc/postgresql/$version/plandesk/conf.d/plandesk.conf"
    else
      # the settings file may have changed since the cluster was made
      install -m 644 bench/postgresql-production.conf "/etc/postgresql/$version/plandesk/conf.d/plandesk.conf"
    fi
    if ! pg_isready -q -h 127.0.0.1 -p 5433; then
      pg_ctlcluster --skip-systemctl-redirect "$version" plandesk start
      for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5433 && break; sleep 1; done
    else
      runuser -u postgres -- psql -q -p 5433 -c "SELECT pg_reload_conf()" > /dev/null
    fi
  fi
  export BENCH_PG_PORT
}
psql_admin() {
  runuser -u postgres -- psql -p "$BENCH_PG_PORT" "$@"
}
bench_pg_cluster
