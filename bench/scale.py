"""Scale benchmark driver (see scale.sh): per bulk row and per interactive assignment, PostgreSQL's CPU, WAL and
transactions and the node's JVM CPU (first pass), then PostgreSQL's statements (second pass, with statement logging
on); then the model: how many 2-core nodes a PostgreSQL of 2, 8 and 32 cores carries, and what limits first."""
import http.client, os, subprocess, sys, time

sys.path.insert(0, "bench")
import bulk
import provisioning

rows, assignments, database, pg_log = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
warmup = int(os.environ.get("WARMUP", rows))


def cpu():
    """Seconds of CPU so far: the server's JVM, PostgreSQL, the machine (bench/cpu.sh)."""
    out = subprocess.run(["bash", "-c", ". bench/cpu.sh; cpu_snapshot jboss-modules"], capture_output=True,
                         text=True, check=True).stdout.split()
    return [float(x) for x in out]


def database_counters():
    """WAL bytes written so far, and the database's committed transactions."""
    wal, commits = bulk.sql(f"""SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0'),
                               (SELECT xact_commit FROM pg_stat_database WHERE datname = '{database}')""").split("|")
    return float(wal), int(commits)


def statements_logged(since):
    """Statements the plandesk role ran in this database, logged after byte `since` of PostgreSQL's log."""
    with open(pg_log, "rb") as log:
        log.seek(since)
        marker = f"@{database} LOG:  ".encode()
        return sum(1 for line in log if marker in line and (b"LOG:  statement: " in line or b"LOG:  execute " in line))


def bulk_run():
    base, csv = bulk.customers_and_stock(rows)
    started = time.perf_counter()
    run = bulk.submit(csv, "scale.csv")
    bulk.follow(run, rows, started, every=5.0,
                until=lambda v: v["finished"] and v["provisioned"] + v["failed"] == v["started"])
    assert bulk.active_services(base) == rows


def counter(stock):
    for sim, number in stock:
        provisioning.assign_and_wait(sim, number)


def measure(what, count, work):
    """Per unit of work: the JVM's and PostgreSQL's CPU (ms), WAL (kB), transactions."""
    before_cpu, before_db = cpu(), database_counters()
    work()
    after_cpu, after_db = cpu(), database_counters()
    jvm, postgres = ((a - b) * 1000 / count for a, b in zip(after_cpu[:2], before_cpu[:2]))
    wal = (after_db[0] - before_db[0]) / 1024 / count
    commits = (after_db[1] - before_db[1]) / count
    print(f"{what}: its JVM {jvm:.1f} ms CPU, PostgreSQL {postgres:.1f} ms CPU, WAL {wal:.1f} kB, "
          f"{commits:.1f} transactions", flush=True)
    return {"jvm": jvm, "postgres": postgres, "wal": wal, "commits": commits}


if warmup:
    print(f"warm-up: {warmup} rows, untimed", flush=True)
    saved, rows = rows, warmup
    bulk_run()
    rows = saved
row = measure(f"per bulk row ({rows} rows)", rows, bulk_run)
stock = provisioning.counter_stock(assignments)  # after the bulk run, which would take it otherwise
assignment = measure(f"per interactive assignment ({assignments}, one after another, progress polled every 0.2 s)",
                     assignments, lambda: counter(stock))

# second pass: statements, counted from PostgreSQL's own log
subprocess.run(["runuser", "-u", "postgres", "--", "psql", "-p", os.environ["BENCH_PG_PORT"], "-q", "-c",
                f"ALTER ROLE {os.environ['PLANDESK_DB_USER']} IN DATABASE {database} SET log_statement = 'all'"],
               check=True)
subprocess.run(["./plandesk", "stop"], check=True, capture_output=True)  # the pool's connections take it anew
subprocess.run(["./plandesk", "start"], check=True, env=dict(os.environ, PLANDESK_SKIP_BUILD="1"))
provisioning.sessions.clear()
provisioning.conn = http.client.HTTPConnection("localhost", 8080)
offset = os.path.getsize(pg_log)
bulk_run()
per_row = statements_logged(offset) / rows
stock = provisioning.counter_stock(assignments)
offset = os.path.getsize(pg_log)
counter(stock)
per_assignment = statements_logged(offset) / assignments
print(f"statements: per bulk row {per_row:.1f}, per interactive assignment {per_assignment:.1f}", flush=True)

# the model: a node of 2 cores does at most 2,000 / (its JVM's ms per row) rows/s; a PostgreSQL of C cores at 70 %
# 700 C / (its ms per row); each node's pool may hold 40 connections (server.cli), PostgreSQL's default allows 100
max_connections = int(bulk.sql("SHOW max_connections"))
node_rate = 2000 / row["jvm"]
print(f"model (bulk rows): one 2-core node {node_rate:.0f} rows/s (its JVM); PostgreSQL's max_connections "
      f"{max_connections} hold {max_connections // 40} nodes' pools of 40")
for cores in (2, 8, 32):
    pg_rate = 700 * cores / row["postgres"]
    nodes = pg_rate / node_rate
    limit = "PostgreSQL's CPU" if nodes < max_connections // 40 else f"connections (max_connections {max_connections})"
    print(f"  PostgreSQL of {cores:2d} cores: {pg_rate:6.0f} rows/s at 70 % CPU = {nodes:5.1f} nodes' worth; "
          f"{pg_rate * per_row:7.0f} statements/s, WAL {pg_rate * row['wal'] / 1024:5.1f} MB/s; first limit: {limit}")
