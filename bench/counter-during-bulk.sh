#!/usr/bin/env bash
# Benchmark: what a bulk run costs staff at the counter — the time from POST /assignments to an ACTIVE mobile
# service on an idle server, then again and again while a bulk run of N rows (default 5,000) fills the machine.
#   bench/counter-during-bulk.sh [rows] [idle assignments]
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise a new database plandesk_bench on the local
# PostgreSQL. Builds, starts and stops Plan Desk itself (PLANDESK_SKIP_BUILD=1 skips the build); needs python3,
# psql. The server is warmed first with a bulk run of WARMUP rows (default 2,000), untimed.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/warm-server.sh
start_warm_server
python3 bench/counter.py "${1:-5000}" "${2:-20}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%Y-%m-%d); database: ${PLANDESK_DB_URL%%\?*}; PLANDESK_BULK_MAX_IN_FLIGHT=${PLANDESK_BULK_MAX_IN_FLIGHT:-$((100 * $(nproc)))}"
