"""Where a JVM's CPU went during a timed run, per row: reads async-profiler's collapsed stacks (one line per
distinct stack, thread name first, sample count last; sampled every INTERVAL ms of CPU) and sorts every sample
into one part of the work, the first rule that matches it below. Used by bench/profile.sh.
    python3 bench/profile.py FILE ROWS INTERVAL_MS NAME"""
import collections, sys

# (part, test on the thread name, test on the frames); the first that matches takes the sample
PARTS = [
    ("JIT compilers", lambda t: "CompilerThre" in t, None),
    ("garbage collector", lambda t: t.startswith("GC Thread") or t.startswith("VM Thread"), None),
    ("OCS simulator (CGRateS stand-in, in the server)", lambda t: t.startswith("HTTP-Dispatcher"),
     "com/plandesk/connector/simulator/"),
    ("OCS client (JSON-RPC over java.net.http)", lambda t: t.startswith("HttpClient-"), "com/plandesk/connector/ocs/"),
    ("task progress (task list, status, service ACTIVE)", None, "ProvisioningProgress$TransactionProgress.flush"),
    ("the tasks' delegates (inventory, HLR, records, e-mail)", None, "com/plandesk/provisioning/delegate/"),
    ("the tasks' JPA changes, written at commit (EclipseLink)", None, "org/eclipse/persistence/transaction/"),
    ("starting the process instance", None, "StartProcessInstanceCmd"),
    ("bulk rows: reading, checks, the assignment's rows", lambda t: t.startswith("Batch Thread"), None),
    ("engine: executing jobs, with their commit", None, "ExecuteJobsRunnable"),
    ("engine: acquiring jobs", lambda t: t.startswith("JobExecutor["), "AcquireJobsCmd"),
]
OTHER = "other (HTTP API, timers, the JVM's own threads)"


def part_of(thread, frames):
    for name, on_thread, on_frames in PARTS:
        if on_thread and on_thread(thread):
            return name
        if on_frames and any(on_frames in frame for frame in frames):
            return name
    return OTHER


def main(path, rows, interval_ms, title):
    parts, writes, total = collections.Counter(), 0, 0
    with open(path) as stacks:
        for line in stacks:
            stack, count = line.rstrip().rsplit(" ", 1)
            frames = stack.split(";")
            thread = frames[0].strip("[]")
            parts[part_of(thread, frames[1:])] += int(count)
            if "PgBufferedOutputStream.flush" in stack:
                writes += int(count)
            total += int(count)
    per_row = interval_ms / rows
    print(f"{title}: where its JVM's CPU went, ms per row (async-profiler, {total} samples of {interval_ms} ms)")
    for name, _, _ in PARTS + [(OTHER, None, None)]:
        if parts[name]:
            print(f"  {parts[name] * per_row:6.2f}  {name}")
    print(f"  {total * per_row:6.2f}  all")
    print(f"  of which {writes * per_row:.2f} in sending statements to PostgreSQL (pgjdbc's socket writes)")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4])
