#!/usr/bin/env bash
# Benchmark: a renewal storm on PostgreSQL — N active mobile services (default 10,000, made by a bulk run) whose
# terms all end at one moment, as on the first of the month; timed from that moment until every service has been
# charged exactly once and is in its next term, while an agent assigns a service every half second (Confirm →
# ACTIVE). Then, with Plan Desk stopped, the bare engine's timer throughput for the same process shape (N term
# processes whose timers fire at once, each starting a renewal with no-op tasks) as the reference.
#   bench/renewals.sh [services]
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise a new database plandesk_bench on the local
# PostgreSQL. Builds, starts and stops Plan Desk itself (PLANDESK_SKIP_BUILD=1 skips the build); needs python3,
# psql. The server is warmed first with a bulk run of WARMUP rows (default 2,000), untimed.
set -euo pipefail
cd "$(dirname "$0")/.."
services="${1:-10000}"
. bench/warm-server.sh
. bench/bare-engine.sh
start_warm_server
python3 bench/renewals.py "$services" | tee target-renewals-bench.txt
./plandesk stop > /dev/null
bare_engine "$services" serviceTerm | tee -a target-renewals-bench.txt
ratio target-renewals-bench.txt renewals
rm -f target-renewals-bench.txt
machine
