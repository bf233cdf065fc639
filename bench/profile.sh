# Sourced by bulk.sh. With PROFILE=1 in the environment, each side's timed run is profiled: async-profiler
# (tools.profiler:async-profiler from Maven Central, fetched into target/profiler on first use) is loaded into
# the running JVM through jcmd after its warm-up and samples every thread's CPU every 10 ms; bench/profile.py
# then prints where each side's CPU per row went. Sampling costs the runs a little; compare profiled runs
# with profiled runs. Without PROFILE every function here does nothing.
#   profile_start PATTERN FILE   start sampling the java process whose command line matches PATTERN; FILE is
#                                written on profile_stop or when the JVM exits
#   profile_stop PATTERN FILE    stop and write FILE
#   profile_report FILE ROWS NAME
profile_interval_ms=10

profiler_library() {
  local dir=target/profiler
  if [ ! -f "$dir/linux-x64/libasyncProfiler.so" ]; then
    ./mvnw -q -N dependency:copy -Dartifact=tools.profiler:async-profiler:3.0 -DoutputDirectory="$dir" > /dev/null
    (cd "$dir" && jar xf async-profiler-3.0.jar linux-x64/libasyncProfiler.so)
  fi
  echo "$PWD/$dir/linux-x64/libasyncProfiler.so"
}

profile_start() {
  [ -n "${PROFILE:-}" ] || return 0
  rm -f "$2"
  profiler_command "$1" "start,event=itimer,interval=${profile_interval_ms}ms,threads,file=$PWD/$2,collapsed"
}

profile_stop() {
  [ -n "${PROFILE:-}" ] || return 0
  profiler_command "$1" "stop,file=$PWD/$2,collapsed"
}

# jcmd exits 0 even when the agent refuses its options; the agent's own "return code" says whether it took them
profiler_command() {
  local answer
  # the options in quotes: jcmd would take "a=b" for one of its own arguments
  answer=$(jcmd "$(pgrep -n -f "java.*$1")" JVMTI.agent_load "$(profiler_library)" "\"$2\"" 2>&1) || true
  grep -q "return code: 0" <<< "$answer" || echo "profiler: '${2%%,*}' refused by the $1 JVM: $answer" >&2
}

profile_report() {
  [ -n "${PROFILE:-}" ] || return 0
  local waited=0
  while [ ! -s "$1" ] && [ $waited -lt 30 ]; do sleep 1; waited=$((waited + 1)); done
  if [ -s "$1" ]; then
    python3 bench/profile.py "$1" "$2" "$profile_interval_ms" "$3"
  else
    echo "$3: no profile (it is taken after the warm-up, so WARMUP=0 runs have none; or the profiler was refused, above)"
  fi
}
