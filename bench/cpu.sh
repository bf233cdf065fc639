# Sourced by the bulk benchmarks: CPU time per row, which tells where a run's time goes and drifts less than
# a rate when the machine's speed does (throughput on a saturated 2-core machine is CPU per row, inverted).
#   cpu_snapshot PATTERN             CPU seconds so far: the java process whose command line has PATTERN,
#                                    PostgreSQL (its exited backends too), the whole machine (busy time)
#   cpu_per_row NAME ROWS BEFORE AFTER   "NAME CPU per row: …" between two snapshots
cpu_snapshot() {
  python3 - "$1" <<'PY'
import os, sys
hz = os.sysconf("SC_CLK_TCK")
def fields(pid):
    with open(f"/proc/{pid}/stat") as f:
        text = f.read()
    name = text[text.index("(") + 1:text.rindex(")")]
    rest = text[text.rindex(")") + 2:].split()
    return name, int(rest[1]), [int(x) for x in rest[11:15]]  # utime stime cutime cstime
java = postgres = 0
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        name, parent, (utime, stime, cutime, cstime) = fields(pid)
        if name == "java" and sys.argv[1].encode() in open(f"/proc/{pid}/cmdline", "rb").read():
            java += utime + stime
        elif name == "postgres":  # the postmaster's children's figures hold the backends that have exited
            postgres += utime + stime + (cutime + cstime if fields(parent)[0] != "postgres" else 0)
    except (OSError, ValueError, IndexError):
        pass  # a process that ended while we looked
with open("/proc/stat") as f:
    ticks = [int(x) for x in f.readline().split()[1:]]
print(java / hz, postgres / hz, (sum(ticks) - ticks[3] - ticks[4]) / hz)
PY
}

cpu_per_row() {
  python3 - "$@" <<'PY'
import sys
name, rows = sys.argv[1], int(sys.argv[2])
before, after = ([float(x) for x in s.split()] for s in sys.argv[3:5])
java, postgres, machine = ((a - b) * 1000 / rows for a, b in zip(after, before))
print(f"{name} CPU per row: its JVM {java:.1f} ms, PostgreSQL {postgres:.1f} ms, the whole machine {machine:.1f} ms")
PY
}
