# Sourced by the benchmarks that compare with the bare engine (bulk.sh, engine-in-server.sh), after vacuum.sh.
#   bare_engine INSTANCES PROCESS_KEY [BPMN_FILE]   EngineBaseline outside the server: the process (the bundled
#       one, or the given file) with no-op tasks, on a new database plandesk_engine_bench; WARMUP instances first
#   ratio FILE NAME   "NAME / bare engine: n %", from the figures printed into FILE (by rate, and by CPU per row
#                     when cpu.sh measured both); for bulk also issue 6's two goals, met or not
#   machine           the machine line that goes with the figures
bare_engine() {
  local bpmn_option=()
  [ -n "${3:-}" ] && bpmn_option=(-Dbaseline.bpmn="$3")
  psql_admin -q -v ON_ERROR_STOP=1 <<'SQL'
SELECT 'CREATE DATABASE plandesk_engine_bench OWNER plandesk' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'plandesk_engine_bench') \gexec
SQL
  [ -n "${vacuum_pid:-}" ] && kill "$vacuum_pid" 2> /dev/null || true
  start_vacuum plandesk_engine_bench
  # the same JVM settings as the server (ear/src/main/server/configure.sh) and the same driver setting as its
  # datasource (datasource-postgresql.cli); EngineBaseline drops its tables. CPU is counted from the end of the
  # warm-up (or from the start) to the timed run's figure, when cpu.sh is sourced; the JVM's part is the CPU time
  # EngineBaseline prints with each figure (it may have exited by the time the line is read here).
  local before=""
  declare -F cpu_snapshot > /dev/null && before=$(cpu_snapshot EngineBaseline)
  MAVEN_OPTS="-Xms1g -Xmx2g -XX:+UseParallelGC -XX:-TieredCompilation" \
  PLANDESK_DB_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/plandesk_engine_bench?reWriteBatchedInserts=true" \
    ./mvnw -q -pl bench/engine-baseline -am -DskipTests -Dbaseline.run package "${bpmn_option[@]}" \
    -Dbaseline.warmup="${warmup:-0}" -Dbaseline.args="$1 $2" 2>&1 | grep --line-buffered -v '^\[\|SLF4J\|^$' |
    while IFS= read -r line; do
      echo "$line"
      [ -n "$before" ] || continue
      case "$line" in
        "warm-up (cold JVM): bare engine: "*) before=$(baseline_snapshot "$line")
          declare -F profile_start > /dev/null && profile_start EngineBaseline target/profile-bare.collapsed ;;
        "bare engine: "*) cpu_per_row "bare engine" "$1" "$before" "$(baseline_snapshot "$line")" ;;
      esac
    done
}

# cpu_snapshot's figures with the JVM's own CPU time from EngineBaseline's line
baseline_snapshot() {
  local snapshot
  snapshot=$(cpu_snapshot EngineBaseline)
  echo "$(sed -n "s/.*this JVM's CPU so far: \([0-9.]*\) s.*/\1/p" <<< "$1") ${snapshot#* }"
}

ratio() {
  python3 - "$1" "$2" <<'PY'
import re, sys
text, name = open(sys.argv[1]).read(), sys.argv[2]
def rate(label):
    return float(re.search(rf"^{re.escape(label)}: .* ([\d.]+) (?:rows|instances|renewals)/s", text, re.M).group(1))
share = 100 * rate(name) / rate("bare engine")
print(f"{name} / bare engine: {share:.0f} %")
def machine_ms(label):  # the whole machine's CPU per row (cpu.sh), when both were measured
    found = re.search(rf"^{re.escape(label)} CPU per row: .* the whole machine ([\d.]+) ms", text, re.M)
    return float(found.group(1)) if found else None
if machine_ms(name) and machine_ms("bare engine"):
    print(f"{name} / bare engine by CPU per row: {100 * machine_ms('bare engine') / machine_ms(name):.0f} %")
if name == "bulk":  # issue 6's goals, with what the machine allows: the bare engine's own time for the same rows
    rows, wall = re.search(r"^bulk: (\d+) rows, .* every service ACTIVE after ([\d.]+) s", text, re.M).groups()
    bare = float(re.search(r"^bare engine: .* in ([\d.]+) s", text, re.M).group(1))
    if rows == "10000":
        print(f"goal 10,000 rows in <= 60 s: {'met' if float(wall) <= 60 else 'not met'} ({wall} s; the bare engine "
              f"alone took {bare:.1f} s on this machine{', so 60 s is out of reach here' if bare > 60 else ''})")
    print(f"goal >= 70 % of the bare engine: {'met' if share >= 70 else 'not met'} ({share:.1f} %)")
PY
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%Y-%m-%d); PostgreSQL ${PLANDESK_DB_URL:-}"
}
