#!/usr/bin/env bash
# Scale on paper: what one bulk row and one interactive assignment cost PostgreSQL (CPU, statements, WAL,
# transactions) and the node itself (its JVM's CPU), measured on one node; from them, how many 2-core nodes one
# PostgreSQL of 2, 8 and 32 cores carries and which resource runs out first.
#   bench/scale.sh [rows] [assignments]     (defaults 2,000 and 50; WARMUP rows first, default = rows)
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise a new database plandesk_bench on the local
# PostgreSQL. Counting statements turns on statement logging for the plandesk role in that database (the server
# log, read back), for the second pass only; it is reset at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-2000}"
assignments="${2:-50}"
. bench/database.sh
./plandesk stop > /dev/null
database="${PLANDESK_DB_URL##*/}"
database="${database%%\?*}"
reset_logging() {
  psql_admin -q -c "ALTER ROLE $PLANDESK_DB_USER IN DATABASE $database RESET log_statement" || true
}
trap 'reset_logging; ./plandesk stop > /dev/null' EXIT
./plandesk start
python3 bench/scale.py "$rows" "$assignments" "$database" "$(ls /var/log/postgresql/postgresql-*-"$([ "$BENCH_PG_PORT" = 5432 ] && echo main || echo plandesk)".log | tail -n 1)"
