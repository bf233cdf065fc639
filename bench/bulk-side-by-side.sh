#!/usr/bin/env bash
# Benchmark: two bulk runs of N rows each (default 2,000) uploaded at once, taking SIMs and numbers from the same
# stock — as when two supervisors upload files together, or a run restarted after a crash goes on beside a new
# one. Prints each run's result, the two runs' combined rate, and how often PostgreSQL broke a deadlock and a
# chunk fell back to one transaction per row while they ran.
#   bench/bulk-side-by-side.sh [rows]
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise a new database plandesk_bench on the local
# PostgreSQL (the deadlock count reads the local PostgreSQL's log). Builds, starts and stops Plan Desk itself
# (PLANDESK_SKIP_BUILD=1 skips the build); needs python3, psql. Warmed first with WARMUP rows (default 2,000).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/warm-server.sh
start_warm_server
pg_log=$(ls -t /var/log/postgresql/postgresql-*-main.log 2> /dev/null | head -n 1 || true)
deadlocks() { if [ -n "$pg_log" ]; then grep -c "deadlock detected" "$pg_log" || true; else echo 0; fi; }
before=$(deadlocks)
fallbacks=$(grep -c "one by one" ear/target/plandesk-server.log || true)
python3 bench/side_by_side.py "${1:-2000}"
echo "while they ran: $(( $(deadlocks) - before )) deadlocks broken by PostgreSQL, $(( $(grep -c "one by one" ear/target/plandesk-server.log || true) - fallbacks )) chunks assigned row by row"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%Y-%m-%d); database: ${PLANDESK_DB_URL%%\?*}"
