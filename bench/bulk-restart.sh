#!/usr/bin/env bash
# Restart after a crash: starts a bulk assignment of N rows (default 1,000), kills the server with kill -9
# while the job runs, starts it again and checks that the job went on from its checkpoint and that every
# row has exactly one ACTIVE service — none lost, none twice.
#   bench/bulk-restart.sh [rows]
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise the database plandesk_bench on the local
# PostgreSQL. Exits non-zero when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000}"
. bench/database.sh
./plandesk stop > /dev/null
./plandesk start
trap './plandesk stop > /dev/null' EXIT
python3 - "$rows" <<'PY'
import os, signal, subprocess, sys, time
sys.path.insert(0, "bench")
import bulk

rows = int(sys.argv[1])
base, csv = bulk.customers_and_stock(rows)
started = time.perf_counter()
run = bulk.submit(csv, "restart.csv")
before, _ = bulk.follow(run, rows, started, every=0.5, until=lambda v: v["read"] >= rows // 3)
pid = int(subprocess.run(["pgrep", "-f", "jboss-modules.jar"], capture_output=True, text=True).stdout.split()[0])
os.kill(pid, signal.SIGKILL)
print(f"kill -9 the server after {before['read']} of {rows} rows", flush=True)
launcher = int(open("ear/target/plandesk.pid").read())  # standalone.sh, which exits when its java dies
while any(subprocess.run(["kill", "-0", str(p)], capture_output=True).returncode == 0 for p in (pid, launcher)):
    time.sleep(0.1)
subprocess.run(["./plandesk", "start"], check=True)
after, _ = bulk.follow(run, rows, started, every=2.0,
                       until=lambda v: v["finished"] and v["provisioned"] + v["failed"] == v["started"])
services = int(bulk.sql(f"""SELECT count(*) FROM customer_service s JOIN customer c ON c.id = s.customer_id
                            WHERE c.email LIKE 'bulk-{base}-%' AND s.status <> 'TERMINATED'"""))
doubles = int(bulk.sql(f"""SELECT count(*) FROM (SELECT c.id FROM customer c JOIN customer_service s
                           ON s.customer_id = c.id WHERE c.email LIKE 'bulk-{base}-%'
                           GROUP BY c.id HAVING count(*) > 1) d"""))
active = bulk.active_services(base)
executions = bulk.sql(f"""SELECT string_agg(batchstatus, ' → ' ORDER BY jobexecutionid) FROM job_execution
                         WHERE jobparameters ~ 'bulkAssignmentId = {run}(\\D|$)'""")
print(f"job executions: {executions}")
print(f"rows {rows}: read {after['read']}, started {after['started']}, rejected {after['rejected']}; "
      f"services {services}, ACTIVE {active}, customers with two services {doubles}")
ok = after["read"] == rows and after["started"] == rows and services == rows and active == rows and doubles == 0
print("restart after kill -9: " + ("PASSED — every row has exactly one ACTIVE service" if ok else "FAILED"))
sys.exit(0 if ok else 1)
PY
