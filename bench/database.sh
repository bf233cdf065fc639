# Sourced by the benchmark commands: PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise the database
# plandesk_bench on the local PostgreSQL, dropped and made again (with its role, as .ci/run makes plandesk):
# every benchmark starts from the same empty database, as the bare engine's reference does, whatever ran before
# it — the commands run one after another on one machine.
. bench/postgres.sh
if [ -z "${PLANDESK_DB_URL:-}" ]; then
  psql_admin -q -c "DROP DATABASE IF EXISTS plandesk_bench WITH (FORCE)"
  psql_admin -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT 'CREATE ROLE plandesk LOGIN PASSWORD ''plandesk''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'plandesk') \gexec
CREATE DATABASE plandesk_bench OWNER plandesk;
SQL
  export PLANDESK_DB_URL=jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/plandesk_bench PLANDESK_DB_USER=plandesk PLANDESK_DB_PASSWORD=plandesk
fi
