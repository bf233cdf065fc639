"""Two-node benchmark driver (see two-nodes.sh): the bulk rate with one node and with two on one PostgreSQL,
then a bulk run on node A killed with kill -9 part-way while an agent works on node B: B takes the run and A's
jobs over, and every row ends with exactly one ACTIVE service, one OCS account and one welcome e-mail."""
import collections, datetime, email, http.client, os, signal, socket, subprocess, sys, threading, time, warnings

warnings.simplefilter("ignore", DeprecationWarning)
import asyncore, smtpd  # noqa: E402 (Python 3.11's own SMTP server: no package to install)

sys.path.insert(0, "bench")
import bulk
import provisioning

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
A, B = 1, 2
PORTS = {A: 8080, B: 8180}
BALANCER = 8000  # HAProxy in front of both (two-nodes.sh)
mails = collections.defaultdict(set)  # recipient: the Message-IDs received
deliveries = collections.Counter()


class Sink(smtpd.SMTPServer):
    """The SMTP server both nodes send welcome e-mails to: it counts them per recipient."""

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message_id = email.message_from_bytes(data)["Message-ID"]
        for recipient in rcpttos:
            mails[recipient.lower()].add(message_id)
            deliveries[recipient.lower()] += 1


Sink(("127.0.0.1", int(os.environ["PLANDESK_SMTP_PORT"])), None)
threading.Thread(target=asyncore.loop, kwargs={"timeout": 0.2}, daemon=True).start()


def start(node):
    env = dict(os.environ, PLANDESK_NODE=str(node), PLANDESK_SKIP_BUILD="1")
    if node == B:  # the OCS simulator stands for the operator's one OCS: it lives on the node that survives
        env["PLANDESK_OCS_SIMULATOR_PORT"] = "2080"
    else:
        env.update(PLANDESK_OCS_SIMULATOR_PORT="0", PLANDESK_OCS_URL="http://127.0.0.1:2080/jsonrpc")
    subprocess.run(["./plandesk", "start"], check=True, env=env)


def balancer_view():
    """HAProxy's state of each node, from its stats socket: {"node1": "UP", "node2": "DOWN", ...}."""
    with socket.socket(socket.AF_UNIX) as stats:
        stats.connect("target/haproxy.sock")
        stats.sendall(b"show stat\n")
        data = b""
        while chunk := stats.recv(65536):
            data += chunk
    rows = [line.split(",") for line in data.decode().splitlines() if line and not line.startswith("#")]
    return {row[1]: row[17] for row in rows if row[0] == "nodes" and row[1].startswith("node")}


def new_sessions_land(visitors=10):
    """Which nodes new visitors reach through the balancer: the node its SERVERID cookie names, counted."""
    landed = collections.Counter()
    for _ in range(visitors):
        visit = http.client.HTTPConnection("localhost", BALANCER, timeout=10)
        visit.request("GET", "/plandesk/login.xhtml")
        answer = visit.getresponse()
        answer.read()
        node = [value.split(";")[0].split("=", 1)[1] for name, value in answer.getheaders()
                if name.lower() == "set-cookie" and value.startswith("SERVERID=")]
        landed[node[0] if node else f"no node ({answer.status})"] += 1
        visit.close()
    return dict(landed)


def pid_of(node):
    return int(subprocess.run(["pgrep", "-f", f"jboss-modules.jar.*jboss.node.name=plandesk-{node}"], capture_output=True,
                              text=True).stdout.split()[0])


def run_on(node, label, kill_after=None):
    """A bulk run of `rows` uploaded to `node`; with kill_after, node A is killed once that many rows were read."""
    bulk.PORT = PORTS[node]
    base, csv = bulk.customers_and_stock(rows)
    started = time.perf_counter()
    run = bulk.submit(csv, f"{label}.csv")
    killed = None
    if kill_after is not None:
        bulk.follow(run, rows, started, every=0.5, until=lambda v: v["read"] >= kill_after)
        os.kill(pid_of(A), signal.SIGKILL)
        killed = time.perf_counter()
        held = bulk.sql("SELECT string_agg(id_, ',') FROM act_ru_job WHERE lock_owner_ = 'plandesk-1'"
                        " AND lock_exp_time_ > LOCALTIMESTAMP")
        print(f"kill -9 node A after {kill_after}+ of {rows} rows read; "
              f"it held {len(held.split(',')) if held else 0} jobs", flush=True)
        bulk.PORT = PORTS[B]  # the load balancer now sends everyone to B
        killed_at = {"jobs": held.split(",") if held else []}
        threading.Thread(target=watch_takeover, args=(run, killed, killed_at), daemon=True).start()
    view, _ = bulk.follow(run, rows, started, every=5.0,
                          until=lambda v: v["finished"] and v["provisioned"] + v["failed"] == v["started"])
    wall = time.perf_counter() - started
    return base, run, view, wall, killed


takeover = {}


def watch_takeover(run, killed, held):
    """Seconds from the kill until B did the first of A's jobs, all of them, and took the run's job."""
    jobs = "','".join(held["jobs"])
    while "all_jobs" not in takeover or "run" not in takeover or "balancer" not in takeover:
        left = int(bulk.sql(f"SELECT count(*) FROM act_ru_job WHERE id_ IN ('{jobs}') "
                            f"AND (lock_owner_ IS NULL OR lock_owner_ = 'plandesk-1')")) if jobs else 0
        now = time.perf_counter() - killed
        if left < len(held["jobs"]) or not jobs:
            takeover.setdefault("first_job", now)
        if left == 0:
            takeover.setdefault("all_jobs", now)
        if bulk.sql(f"SELECT owner_node FROM bulk_assignment WHERE id = {run}") == "plandesk-2":
            takeover.setdefault("run", now)
        if not balancer_view().get("node1", "").startswith("UP"):
            takeover.setdefault("balancer", now)
        time.sleep(0.2)


def checks(base):
    customers = f"c.email LIKE 'bulk-{base}-%'"
    active = bulk.active_services(base)
    services = int(bulk.sql(f"SELECT count(*) FROM customer_service s JOIN customer c ON c.id = s.customer_id "
                            f"WHERE {customers}"))
    accounts = int(bulk.sql(f"""SELECT count(*) FROM simulator_entry e JOIN customer_service s
                                ON e.kind = 'ocs-account' AND e.entry_key = 'cgrates.org:' || s.ocs_account
                                JOIN customer c ON c.id = s.customer_id WHERE {customers}"""))
    sent = [len(mails[f"bulk-{base}-{g}@example.org"]) for g in range(rows)]
    again = sum(deliveries[f"bulk-{base}-{g}@example.org"] for g in range(rows)) - sum(sent)
    return {"active": active, "duplicate services": services - active,
            "duplicate OCS accounts": accounts - active, "duplicate e-mails": sum(n - 1 for n in sent if n > 1),
            "rows without an e-mail": sum(1 for n in sent if n == 0),
            "e-mails delivered again with the same Message-ID": again}


# one node, then two: the same run's rate
_, _, _, one_wall, _ = run_on(B, "one-node")
print(f"one node: {rows} rows in {one_wall:.1f} s, {rows / one_wall:.1f} rows/s", flush=True)
start(A)
turns, watching = [], threading.Event()


def watch_turns():
    """Both nodes schedule the provisioning timeouts every 5 s: the turns the database records."""
    while not watching.is_set():
        turn = bulk.sql("SELECT last_run_at || ' ' || last_run_by FROM cluster_timer WHERE name = 'provisioning-timeouts'")
        if not turns or turns[-1] != turn:
            turns.append(turn)
        time.sleep(0.25)


threading.Thread(target=watch_turns, daemon=True).start()
_, _, _, two_wall, _ = run_on(A, "two-nodes")
watching.set()
print(f"two nodes: {rows} rows in {two_wall:.1f} s, {rows / two_wall:.1f} rows/s", flush=True)
times = [datetime.datetime.fromisoformat(t.rsplit(" ", 1)[0]).timestamp() for t in turns]
closest = min((b - a for a, b in zip(times, times[1:])), default=float("nan"))
takers = collections.Counter(t.rsplit(" ", 1)[1] for t in turns)
print(f"provisioning timeouts on two nodes: {len(turns)} turns, by {dict(takers)}; closest two {closest:.1f} s apart "
      f"(the period: 5 s)", flush=True)

# an agent on B all along
provisioning.conn = http.client.HTTPConnection("localhost", PORTS[B])
# the agent's items chosen before the run starts, as at the counter: held, so the run's picks pass them by
stock = [(sim, number, provisioning.reserve(sim, number)) for sim, number in provisioning.counter_stock(100)]
agent_times, done = [], threading.Event()


def agent():
    while not done.is_set() and stock:
        agent_times.append(provisioning.assign_and_wait(*stock.pop())[0])
        time.sleep(0.5)


threading.Thread(target=agent, daemon=True).start()
before_kill = new_sessions_land()
print(f"load balancer before the kill: {balancer_view()}; 10 new sessions went to {before_kill}", flush=True)
base, run, view, wall, killed = run_on(A, "kill-a", kill_after=max(rows // 4, 1))
after_kill = new_sessions_land()
print(f"load balancer after the kill: {balancer_view()}; 10 new sessions went to {after_kill}; node A taken out "
      f"{takeover.get('balancer', float('nan')):.1f} s after the kill (readiness checked every 1 s, 2 failures)",
      flush=True)
done.set()
time.sleep(2)  # the last welcome e-mails reach the sink
found = checks(base)
print(f"node B took over: first of A's jobs done {takeover.get('first_job', float('nan')):.1f} s after the kill, "
      f"all of them {takeover.get('all_jobs', float('nan')):.1f} s, the bulk run's job "
      f"{takeover.get('run', float('nan')):.1f} s (job lock and run lease: {os.environ['PLANDESK_JOB_LOCK_SECONDS']} s, "
      f"{os.environ['PLANDESK_BULK_LEASE_SECONDS']} s)")
print(f"kill run: {rows} rows in {wall:.1f} s; read {view['read']}, started {view['started']}, failed {view['failed']}; "
      + ", ".join(f"{k} {v}" for k, v in found.items()))
print(f"agent on node B during the run: {len(agent_times)} assignments, {provisioning.summary(agent_times)}"
      if agent_times else "agent on node B: no assignment finished")
ok = (set(before_kill) == {"node1", "node2"} and set(after_kill) == {"node2"} and not closest < 4 and found["active"] == rows and found["duplicate services"] == 0 and found["duplicate OCS accounts"] == 0
      and found["duplicate e-mails"] == 0 and found["rows without an e-mail"] == 0 and "run" in takeover)
print("two nodes, kill -9 of A: " + ("PASSED — every row has exactly one ACTIVE service, OCS account and e-mail"
                                     if ok else "FAILED"))
sys.exit(0 if ok else 1)
