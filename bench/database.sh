# Sourced by the benchmark commands: PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise the database
# plandesk_bench on the local PostgreSQL, created (with its role) as .ci/run creates plandesk.
if [ -z "${PLANDESK_DB_URL:-}" ]; then
  runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT 'CREATE ROLE plandesk LOGIN PASSWORD ''plandesk''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'plandesk') \gexec
SELECT 'CREATE DATABASE plandesk_bench OWNER plandesk' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'plandesk_bench') \gexec
SQL
  export PLANDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/plandesk_bench PLANDESK_DB_USER=plandesk PLANDESK_DB_PASSWORD=plandesk
fi
