#!/usr/bin/env bash
# Benchmark: time from POST /assignments to an ACTIVE mobile service (simulated OCS and network, real
# CGRateS JSON-RPC client), and the latency of the status call that progress views poll every 0.2 s.
#   bench/provisioning.sh [runs]      (default 30)
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise the database plandesk_bench on the local
# PostgreSQL (created as in customer-search.sh). Builds, starts and stops Plan Desk itself; needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/database.sh
./plandesk stop > /dev/null
./plandesk start
trap './plandesk stop > /dev/null' EXIT
python3 bench/provisioning.py "${1:-30}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%Y-%m-%d); database: ${PLANDESK_DB_URL%%\?*}"
