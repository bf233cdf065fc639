#!/usr/bin/env bash
# Benchmark: time from POST /assignments to an ACTIVE mobile service (simulated OCS and network, real
# CGRateS JSON-RPC client), and the latency of the status call that progress views poll every 0.2 s.
#   bench/provisioning.sh [runs]      (default 30)
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise the database plandesk_bench on the local
# PostgreSQL (created as in customer-search.sh). Builds, starts and stops Plan Desk itself; needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PLANDESK_DB_URL:-}" ]; then
  runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT 'CREATE ROLE plandesk LOGIN PASSWORD ''plandesk''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'plandesk') \gexec
SELECT 'CREATE DATABASE plandesk_bench OWNER plandesk' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'plandesk_bench') \gexec
SQL
  export PLANDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/plandesk_bench PLANDESK_DB_USER=plandesk PLANDESK_DB_PASSWORD=plandesk
fi
./plandesk stop > /dev/null
./plandesk start
trap './plandesk stop > /dev/null' EXIT
python3 bench/provisioning.py "${1:-30}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%Y-%m-%d); database: ${PLANDESK_DB_URL%%\?*}"
