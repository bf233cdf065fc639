"""Bulk assignment benchmark driver (see bulk.sh): creates N customers and N SIMs and numbers in the
database, uploads an N-row CSV for the mobile plan and follows the run until every row's service is ACTIVE.
Also used by bulk-restart.sh (import)."""
import base64, http.client, json, os, subprocess, sys, time

url = os.environ["PLANDESK_DB_URL"].replace("jdbc:postgresql://", "")
host_port, database = url.split("/", 1)
PSQL = ["psql", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-h", host_port.split(":")[0], "-p", host_port.split(":")[1],
        "-U", os.environ["PLANDESK_DB_USER"], database.split("?")[0]]
ENV = dict(os.environ, PGPASSWORD=os.environ["PLANDESK_DB_PASSWORD"])


def sql(statement):
    return subprocess.run(PSQL + ["-c", statement], env=ENV, check=True, capture_output=True, text=True).stdout.strip()


PORT = 8080  # the node the driver talks to; two_nodes.py switches it


def call(method, path, body=None, content_type="application/json"):
    conn = http.client.HTTPConnection("localhost", PORT, timeout=60)
    headers = {"Authorization": "Basic " + base64.b64encode(b"supervisor:supervisor").decode(),
               "Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = content_type
    conn.request(method, "/plandesk/api/" + path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, json.loads(data)


def customers_and_stock(rows):
    """N new customers with N SIMs and N numbers in stock; returns the CSV that gives each the mobile plan."""
    base = int(sql("SELECT GREATEST(COALESCE(MAX(id), 0), 20000000) FROM customer WHERE id >= 20000000")) + 1
    items = 100000000 + (base - 20000000) * 2  # customers and items of earlier runs keep their ids
    sql(f"""
    INSERT INTO customer (id, type, name, email, phone, status, payment_method_valid, name_search, email_search)
    SELECT {base} + g, 'INDIVIDUAL', 'Bulk Customer ' || ({base} + g), 'bulk-{base}-' || g || '@example.org', NULL,
           'ACTIVE', true, 'bulk customer ' || ({base} + g), 'bulk-{base}-' || g || '@example.org'
    FROM generate_series(0, {rows - 1}) g;
    INSERT INTO inventory_item (id, template_id, reference, identifier, status)
    SELECT {items} + g, (SELECT id FROM inventory_template WHERE name = 'SIM Card'), 'BULK-SIM-{base}-' || g,
           '8944{base}' || lpad(g::text, 6, '0'), 'NEW'
    FROM generate_series(0, {rows - 1}) g;
    INSERT INTO inventory_item (id, template_id, reference, status)
    SELECT {items} + {rows} + g, (SELECT id FROM inventory_template WHERE name = 'Mobile Number'),
           '+44 7' || lpad(({base} - 20000000 + g)::text, 9, '0'), 'IN_STOCK'
    FROM generate_series(0, {rows - 1}) g;
    ANALYZE customer; ANALYZE inventory_item;
    """)
    return base, "customer,product,auto_renew\n" + "".join(
        f"bulk-{base}-{g}@example.org,mobile-20gb,yes\n" for g in range(rows))


def submit(csv, file_name="bench.csv"):
    status, answer = call("POST", f"bulk-assignments?fileName={file_name}", csv.encode(), "text/csv")
    assert status == 202, answer
    return answer["id"]


def view(run):
    return call("GET", f"bulk-assignments/{run}?max=1")[1]


def follow(run, rows, started, every=2.0, until=lambda v: v["finished"], limit=1800):
    """Prints the run's counts every `every` seconds until `until`. It looks every 0.1 s (as EngineBaseline does
    for the bare engine) from the interval in which, at the pace so far, the last rows will be read: looking only
    every `every` seconds put the moment every row was read — and with it the end — on a 2 s grid, up to 2 s
    late (a 3,000-row run timed 16.4 s whatever it really took)."""
    rows_read_at = None
    printed_at = None
    while True:
        if time.perf_counter() - started > limit:
            raise SystemExit(f"bulk assignment {run} did not finish within {limit} s")
        try:
            v = view(run)
        except OSError:  # the server is restarting
            time.sleep(every)
            continue
        elapsed = time.perf_counter() - started
        if rows_read_at is None and v["read"] == rows:
            rows_read_at = elapsed
        done = until(v)
        if done or printed_at is None or elapsed - printed_at >= every:
            printed_at = elapsed
            print(f"{elapsed:6.1f} s  read {v['read']:6d}  started {v['started']:6d}  provisioned {v['provisioned']:6d}  "
                  f"running {v['provisioning']:4d}  failed {v['failed']}  rejected {v['rejected']}  "
                  f"duplicate {v['duplicate']}", flush=True)
        if done:
            return v, rows_read_at
        near_end = rows_read_at is not None or v["read"] + v["read"] / elapsed * every * 1.5 >= rows
        time.sleep(0.1 if near_end else every)


def active_services(base):
    return int(sql(f"""SELECT count(*) FROM customer_service s JOIN customer c ON c.id = s.customer_id
                       WHERE c.email LIKE 'bulk-{base}-%' AND s.status = 'ACTIVE'"""))


if __name__ == "__main__":
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    base, csv = customers_and_stock(rows)
    started = time.perf_counter()
    run = submit(csv)
    done, rows_read_at = follow(run, rows, started)
    wall = time.perf_counter() - started
    print(f"bulk: {rows} rows, {active_services(base)} services ACTIVE, all rows read after {rows_read_at:.1f} s, "
          f"every service ACTIVE after {wall:.1f} s: {rows / wall:.1f} rows/s")
