# Sourced by the benchmarks that compare with the bare engine (bulk.sh, engine-in-server.sh), after vacuum.sh.
#   bare_engine INSTANCES PROCESS_KEY [BPMN_FILE]   EngineBaseline outside the server: the process (the bundled
#       one, or the given file) with no-op tasks, on a new database plandesk_engine_bench; WARMUP instances first
#   ratio FILE NAME   "NAME / bare engine: n %", from the figures printed into FILE
#   machine           the machine line that goes with the figures
bare_engine() {
  local bpmn_option=()
  [ -n "${3:-}" ] && bpmn_option=(-Dbaseline.bpmn="$3")
  runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT 'CREATE DATABASE plandesk_engine_bench OWNER plandesk' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'plandesk_engine_bench') \gexec
SQL
  [ -n "${vacuum_pid:-}" ] && kill "$vacuum_pid" 2> /dev/null || true
  start_vacuum plandesk_engine_bench
  # the same JVM settings as the server (ear/src/main/server/configure.sh); EngineBaseline drops its tables
  MAVEN_OPTS="-Xms1g -Xmx2g -XX:+UseParallelGC" \
  PLANDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/plandesk_engine_bench ./mvnw -q -pl ejb exec:java \
    -Dexec.classpathScope=test -Dexec.mainClass=com.plandesk.platform.EngineBaseline "${bpmn_option[@]}" \
    -Dbaseline.warmup="${warmup:-0}" -Dexec.args="$1 $2" 2>&1 | grep -v '^\[\|SLF4J\|^$'
}

ratio() {
  python3 - "$1" "$2" <<'PY'
import re, sys
text, name = open(sys.argv[1]).read(), sys.argv[2]
def rate(label):
    return float(re.search(rf"^{re.escape(label)}: .* ([\d.]+) (?:rows|instances)/s", text, re.M).group(1))
print(f"{name} / bare engine: {100 * rate(name) / rate('bare engine'):.0f} %")
PY
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%Y-%m-%d); PostgreSQL ${PLANDESK_DB_URL:-}"
}
