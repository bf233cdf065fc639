"""Renewal-storm benchmark driver (see renewals.sh): N active mobile services (a bulk run) whose terms are then
made to end at one moment, as on the first of the month; timed from that moment until every renewal is charged
exactly once and every service is in its next term, while an agent at the counter assigns services one after
another."""
import sys, threading, time

sys.path.insert(0, "bench")
from bulk import customers_and_stock, follow, sql, submit
from provisioning import assign_and_wait, counter_stock, summary

services = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
lead = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0  # seconds from the move of the terms' end to the storm
base, csv = customers_and_stock(services)
started = time.perf_counter()
follow(submit(csv, "renewal-storm.csv"), services, started, every=10.0)
print(f"set-up: {services} services active after {time.perf_counter() - started:.1f} s (a bulk run)", flush=True)
stock = counter_stock(200)  # after the bulk run, which takes any free item

ours = f"""SELECT s.id FROM customer_service s JOIN customer c ON c.id = s.customer_id
           WHERE c.email LIKE 'bulk-{base}-%' AND s.status = 'ACTIVE'"""
# The first of the month: every term ends at the same moment, the services' records and their term processes'
# timer jobs alike (the term process is keyed by the service's id).
storm_at = sql(f"SELECT to_char(now() + interval '{lead} seconds', 'YYYY-MM-DD HH24:MI:SS.US')")
sql(f"""
UPDATE customer_service SET current_term_end = '{storm_at}' WHERE id IN ({ours});
UPDATE act_ru_job j SET duedate_ = '{storm_at}'
  FROM act_ru_execution e
 WHERE j.process_instance_id_ = e.id_ AND j.handler_type_ = 'timer-intermediate-transition'
   AND e.business_key_ IN (SELECT id::text FROM ({ours}) s);
ANALYZE act_ru_job;
""")
moved = int(sql(f"""SELECT count(*) FROM act_ru_job j JOIN act_ru_execution e ON j.process_instance_id_ = e.id_
                     WHERE j.duedate_ = '{storm_at}' AND e.business_key_ IN (SELECT id::text FROM ({ours}) s)"""))
assert moved == services, f"{moved} term timers moved, not {services}"
wait = float(sql(f"SELECT extract(epoch FROM '{storm_at}'::timestamp - now())"))
time.sleep(max(0.0, wait))
storm = time.perf_counter()
print(f"storm: {services} terms end now", flush=True)

renewed = f"""SELECT count(*) FROM customer_service s WHERE s.id IN ({ours})
              AND s.current_term_end > '{storm_at}'"""
charged = f"""SELECT count(*), count(DISTINCT service_id) FROM charge WHERE kind = 'TERM'
              AND service_id IN ({ours})"""
done = threading.Event()
result = {}


def follow_storm():
    printed = 0.0
    while True:
        count = int(sql(renewed))
        elapsed = time.perf_counter() - storm
        if count == services:
            result["wall"] = elapsed
            done.set()
            return
        if elapsed - printed >= 5:
            printed = elapsed
            failed = sql("SELECT count(*) FROM provisioning WHERE action = 'RENEW' AND status = 'FAILED'")
            print(f"{elapsed:6.1f} s  in the next term {count:6d}  renewals failed {failed}", flush=True)
        if elapsed > 1800:
            raise SystemExit(f"only {count} of {services} services renewed within 1800 s")
        time.sleep(0.2)


threading.Thread(target=follow_storm, daemon=True).start()
during = []
while not done.is_set() and stock:
    during.append(assign_and_wait(*stock.pop())[0])
    time.sleep(0.5)  # an agent's pace
done.wait()
charges, charged_services = (int(v) for v in sql(charged).split("|"))
runs = int(sql(f"""SELECT count(*) FROM provisioning WHERE action = 'RENEW' AND status = 'SUCCEEDED'
                   AND service_id IN ({ours})"""))
print(f"renewals: {services} services, {runs} renewals SUCCEEDED, {charges} term charges for {charged_services} "
      f"services ({'each charged exactly once' if charges == charged_services == services else 'NOT once each'}), "
      f"every service in its next term after {result['wall']:.1f} s: {services / result['wall']:.1f} renewals/s")
if during:
    print(f"counter, during the renewal storm ({len(during)} assignments one after another): {summary(during)}")
else:
    print("counter, during the renewal storm: no assignment finished before the storm ended")
