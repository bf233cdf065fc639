"""Side-by-side bulk benchmark driver (see bulk-side-by-side.sh): two runs of N rows uploaded at once."""
import sys, threading, time

sys.path.insert(0, "bench")
from bulk import active_services, customers_and_stock, follow, sql, submit

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
files = [customers_and_stock(rows) for _ in range(2)]
started = time.perf_counter()
runs = [submit(csv, f"side-{i}.csv") for i, (_, csv) in enumerate(files)]
ends = {}


def watch(run):
    view, _ = follow(run, rows, started, every=30.0)
    ends[run] = (view, time.perf_counter() - started)


threads = [threading.Thread(target=watch, args=(run,)) for run in runs]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for (base, _), run in zip(files, runs):
    view, wall = ends[run]
    print(f"run {run}: {view['started']} started, {view['rejected']} rejected, {active_services(base)} services ACTIVE "
          f"after {wall:.1f} s")
wall = max(wall for _, wall in ends.values())
print(f"both: {2 * rows} rows in {wall:.1f} s, {2 * rows / wall:.1f} rows/s")
refused = sql(f"SELECT count(*), left(min(message), 160) FROM bulk_assignment_row "
              f"WHERE bulk_assignment_id IN ({runs[0]}, {runs[1]}) AND status = 'REJECTED'")
if not refused.startswith("0|"):
    print(f"rejected rows (count, a message): {refused}")
