"""Counter-during-bulk benchmark driver (see counter-during-bulk.sh): how long an agent at the counter waits
for an ACTIVE service while a bulk run fills the machine, against the same wait on an idle server."""
import sys, threading, time

sys.path.insert(0, "bench")
from bulk import active_services, customers_and_stock, follow, submit
from provisioning import assign_and_wait, counter_stock, reserve, summary

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
idle_runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
stock = counter_stock(idle_runs + rows // 50 + 50)  # enough for one assignment every half second or so

idle = [assign_and_wait(*stock.pop())[0] for _ in range(idle_runs)]
print(f"counter, idle server ({idle_runs} assignments one after another): {summary(idle)}", flush=True)

# the agents' items chosen before the run starts, as at the counter: held, so the run's picks pass them by
stock = [(sim, number, reserve(sim, number)) for sim, number in stock]
base, csv = customers_and_stock(rows)
started = time.perf_counter()
run = submit(csv)
finished = threading.Event()
result = {}


def follow_run():
    result["view"], result["read_at"] = follow(run, rows, started, every=10.0)
    result["wall"] = time.perf_counter() - started
    finished.set()


threading.Thread(target=follow_run, daemon=True).start()
during = []
time.sleep(5)  # the run under way
while not finished.is_set() and stock:
    during.append(assign_and_wait(*stock.pop())[0])
    time.sleep(0.5)  # an agent's pace, not a flood: one at a time
finished.wait()
print(f"bulk: {rows} rows, {active_services(base)} services ACTIVE after {result['wall']:.1f} s "
      f"({rows / result['wall']:.1f} rows/s)")
print(f"counter, during the bulk run ({len(during)} assignments one after another): {summary(during)}")
