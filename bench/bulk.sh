#!/usr/bin/env bash
# Benchmark: a bulk assignment of N rows (default 10,000) on PostgreSQL — N new customers, N SIMs and N
# numbers, one CSV row each for the mobile plan with items picked from stock — timed from the upload until
# every service is ACTIVE; then, with Plan Desk stopped, the bare engine running the same process with no-op
# delegates as the reference.
#   bench/bulk.sh [rows]
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise the database plandesk_bench on the local
# PostgreSQL; the reference engine uses a database of its own (plandesk_engine_bench). Needs python3, psql.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-10000}"
# Timed on a warm JVM, as a running server is: first WARMUP rows (instances) go through each, untimed; their
# figure (cold JVM) is printed too. WARMUP=0 times a cold start.
warmup="${WARMUP:-2000}"
. bench/database.sh
. bench/vacuum.sh
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT 'CREATE DATABASE plandesk_engine_bench OWNER plandesk' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'plandesk_engine_bench') \gexec
SQL
./plandesk stop > /dev/null
./plandesk start
start_vacuum plandesk_bench
if [ "$warmup" -gt 0 ]; then
  echo "warm-up: $warmup rows, untimed"
  python3 bench/bulk.py "$warmup" | tail -n 1 | sed 's/^bulk:/warm-up (cold server): bulk:/'
fi
python3 bench/bulk.py "$rows" | tee target-bulk-bench.txt
./plandesk stop > /dev/null
[ -n "${vacuum_pid:-}" ] && kill "$vacuum_pid"
start_vacuum plandesk_engine_bench
# the same JVM settings as the server (ear/src/main/server/configure.sh)
MAVEN_OPTS="-Xms1g -Xmx2g -XX:+UseParallelGC" \
PLANDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/plandesk_engine_bench ./mvnw -q -pl ejb exec:java \
  -Dexec.classpathScope=test -Dexec.mainClass=com.plandesk.platform.EngineBaseline \
  -Dbaseline.warmup="$warmup" -Dexec.args="$rows provisionMobilePlan" 2>&1 | grep -v '^\[\|SLF4J\|^$' | tee -a target-bulk-bench.txt
python3 - target-bulk-bench.txt <<'PY'
import re, sys
text = open(sys.argv[1]).read()
app = float(re.search(r"^bulk: .* ([\d.]+) rows/s", text, re.M).group(1))
bare = float(re.search(r"^bare engine: .* ([\d.]+) instances/s", text, re.M).group(1))
print(f"bulk throughput / bare engine throughput: {100 * app / bare:.0f} %")
PY
rm -f target-bulk-bench.txt
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%Y-%m-%d); database: ${PLANDESK_DB_URL%%\?*}"
