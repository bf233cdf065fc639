#!/usr/bin/env bash
# Benchmark: a bulk assignment of N rows (default 10,000) on PostgreSQL — N new customers, N SIMs and N
# numbers, one CSV row each for the mobile plan with items picked from stock — timed from the upload until
# every service is ACTIVE; then, with Plan Desk stopped, the bare engine running the same process with no-op
# delegates as the reference.
#   bench/bulk.sh [rows]
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise a new database plandesk_bench on the local
# PostgreSQL; the reference engine uses a database of its own (plandesk_engine_bench). Needs python3, psql.
# PROFILE=1 also samples both JVMs' CPU during the timed runs and prints where each one's CPU per row went
# (bench/profile.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-10000}"
# Timed on a warm JVM, as a running server is: first WARMUP rows (instances) go through each, untimed; their
# figure (cold JVM) is printed too. 10,000 by default: the JIT compiler settles only after about 10,000 rows.
# WARMUP=0 times a cold start.
warmup="${WARMUP:-10000}"
. bench/database.sh
. bench/vacuum.sh
. bench/bare-engine.sh
. bench/cpu.sh
. bench/profile.sh
./plandesk stop > /dev/null
./plandesk start
start_vacuum plandesk_bench
if [ "$warmup" -gt 0 ]; then
  echo "warm-up: $warmup rows, untimed"
  python3 bench/bulk.py "$warmup" | tail -n 1 | sed 's/^bulk:/warm-up (cold server): bulk:/'
fi
profile_start jboss-modules target/profile-bulk.collapsed
before=$(cpu_snapshot jboss-modules)
python3 bench/bulk.py "$rows" | tee target-bulk-bench.txt
cpu_per_row bulk "$rows" "$before" "$(cpu_snapshot jboss-modules)" | tee -a target-bulk-bench.txt
profile_stop jboss-modules target/profile-bulk.collapsed
./plandesk stop > /dev/null
bare_engine "$rows" provisionMobilePlan | tee -a target-bulk-bench.txt
ratio target-bulk-bench.txt bulk
profile_report target/profile-bulk.collapsed "$rows" "Plan Desk (bulk)"
profile_report target/profile-bare.collapsed "$rows" "bare engine"
rm -f target-bulk-bench.txt
machine
