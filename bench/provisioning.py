"""Provisioning benchmark driver: time from POST /assignments to an ACTIVE service, and the cost of the
status call that progress views poll every 0.2 s. Talks to a running Plan Desk (see provisioning.sh).
Also used by counter-during-bulk.sh (counter_stock, assign_and_wait)."""
import base64, http.client, json, statistics, sys, time, urllib.parse

sys.path.insert(0, "bench")
from bulk import sql

conn = http.client.HTTPConnection("localhost", 8080)
# Callers that poll hold a signed-in session, as the screens do: Basic credentials on every call make the server
# check the password's bcrypt hash every time (by design; printed apart below).
sessions = {}


def sign_in(user):
    """The cookies of a form sign-in, as a browser keeps them: the session's (the server renews its id at sign-in),
    and a load balancer's where one keeps the session on its node."""
    jar = {}

    def keep(response):
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.split(";")[0].partition("=")
                jar[key] = rest

    def cookies():
        return "; ".join(f"{key}={value}" for key, value in jar.items())

    conn.request("GET", "/plandesk/products.xhtml")
    first = conn.getresponse()
    first.read()
    keep(first)
    conn.request("POST", "/plandesk/j_security_check",
                 body=urllib.parse.urlencode({"j_username": user, "j_password": user}),
                 headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies()})
    signed_in = conn.getresponse()
    signed_in.read()
    assert signed_in.status == 302, f"sign-in as {user} answered {signed_in.status}"
    keep(signed_in)
    return cookies()


def call(method, path, body=None, user="agent", content_type="application/json", basic=False):
    headers = {"Accept": "application/json"}
    if basic:
        headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{user}".encode()).decode()
    else:
        if user not in sessions:
            sessions[user] = sign_in(user)
        headers["Cookie"] = sessions[user]
    if body is not None:
        headers["Content-Type"] = content_type
    conn.request(method, "/plandesk/api/" + path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    return response.status, (json.loads(data) if data and data[:1] in (b"{", b"[") else data)


def iccid(nineteen_digits):
    """The 19 digits and their Luhn check digit: stock is refused without it."""
    doubled = [int(c) * (2 if i % 2 == 0 else 1) for i, c in enumerate(reversed(nineteen_digits))]
    total = sum(d - 9 if d > 9 else d for d in doubled)
    return nineteen_digits + str((10 - total % 10) % 10)


def counter_stock(runs):
    """A SIM and a number for each of `runs` assignments, imported as staff import stock: [(sim id, number id)]."""
    stamp = int(time.time())
    csv = "template,reference,identifier,status\n" + "".join(
        f"SIM Card,BENCH-SIM-{stamp}-{i},{iccid(f'8944999{stamp % 100000:05d}{i:05d}99')},NEW\n"
        f"Mobile Number,+44 7700 8{stamp % 10000:04d}{i:03d},,IN_STOCK\n" for i in range(runs))
    status, result = call("POST", "inventory/items/import", csv, user="admin", content_type="text/csv")
    assert status == 200 and result["rejected"] == 0, result
    # ids from the database: the stock API lists at most 500 free items, and earlier bulk benchmarks leave many
    ids = {reference: int(id) for reference, id in (line.split("|") for line in sql(
        f"SELECT reference, id FROM inventory_item WHERE reference LIKE 'BENCH-SIM-{stamp}-%' "
        f"OR reference LIKE '+44 7700 8{stamp % 10000:04d}%'").splitlines())}
    return [(ids[f"BENCH-SIM-{stamp}-{i}"], ids[f"+44 7700 8{stamp % 10000:04d}{i:03d}"]) for i in range(runs)]


def reserve(sim, number):
    """The agent's selection: the items held for them (a bulk run picking from stock passes them by)."""
    status, reservation = call("POST", "reservations", json.dumps({"itemIds": [sim, number]}))
    assert status in (200, 201), reservation
    return reservation["token"]


def assign_and_wait(sim, number, token=None):
    """An agent gives the demo customer the 20GB plan and watches it: seconds from the POST to ACTIVE."""
    started = time.perf_counter()
    status, accepted = call("POST", "assignments", json.dumps(
        {"customerId": 123, "productId": 1, "items": [sim, number], "reservationToken": token, "autoRenew": True}))
    assert status == 202, accepted
    while True:
        view = call("GET", f"provisionings/{accepted['provisioningId']}")[1]
        if view["status"] != "RUNNING":
            break
        time.sleep(0.01)
    assert view["status"] == "SUCCEEDED" and view["serviceStatus"] == "ACTIVE", view
    return time.perf_counter() - started, accepted["provisioningId"]


def pct(values, p):
    ordered = sorted(values)
    return ordered[int((len(ordered) - 1) * p / 100)]


def summary(seconds):
    return (f"median {statistics.median(seconds) * 1000:.0f} ms, p95 {pct(seconds, 95) * 1000:.0f} ms, "
            f"max {max(seconds) * 1000:.0f} ms")


if __name__ == "__main__":
    RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    STATUS_CALLS = 1000
    to_active = []
    for sim, number in counter_stock(RUNS):
        seconds, provisioning = assign_and_wait(sim, number)
        to_active.append(seconds)

    status_ms = []
    for _ in range(STATUS_CALLS):
        started = time.perf_counter()
        call("GET", f"provisionings/{provisioning}")
        status_ms.append((time.perf_counter() - started) * 1000)
    basic_ms = []
    for _ in range(STATUS_CALLS // 10):
        started = time.perf_counter()
        call("GET", f"provisionings/{provisioning}", basic=True)
        basic_ms.append((time.perf_counter() - started) * 1000)

    print(f"POST /assignments -> ACTIVE (mobile plan, 6 tasks, {RUNS} runs one after another): {summary(to_active)}")
    print(f"GET /provisionings/{{id}} ({STATUS_CALLS} calls, keep-alive, signed-in session): median "
          f"{statistics.median(status_ms):.2f} ms, p95 {pct(status_ms, 95):.2f} ms, p99 {pct(status_ms, 99):.2f} ms")
    print(f"the same with Basic credentials on each call ({STATUS_CALLS // 10} calls: the password's bcrypt hash "
          f"checked each time): median {statistics.median(basic_ms):.2f} ms")
