# Sourced by the benchmark commands: PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise the database
# plandesk_bench on the local PostgreSQL, created (with its role) as .ci/run creates plandesk. With
# bench_database=new set before sourcing, plandesk_bench is dropped and made again: each run starts from the
# same empty database, as the bare engine's reference does (a database holding earlier runs' 40,000 rows took a
# bulk run from 75.7 to 46.7 rows/s on one machine, its vacuum loop alone busy most of the time).
if [ -z "${PLANDESK_DB_URL:-}" ]; then
  if [ "${bench_database:-}" = new ]; then
    runuser -u postgres -- psql -q -c "DROP DATABASE IF EXISTS plandesk_bench WITH (FORCE)"
  fi
  runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT 'CREATE ROLE plandesk LOGIN PASSWORD ''plandesk''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'plandesk') \gexec
SELECT 'CREATE DATABASE plandesk_bench OWNER plandesk' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'plandesk_bench') \gexec
SQL
  export PLANDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/plandesk_bench PLANDESK_DB_USER=plandesk PLANDESK_DB_PASSWORD=plandesk
fi
