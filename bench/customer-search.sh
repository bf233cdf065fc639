#!/usr/bin/env bash
# Benchmark: type-ahead customer search over 1,000,000 customers on PostgreSQL, through the JSON API.
#   bench/customer-search.sh [queries]      (default 2000 queries)
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise creates the database plandesk_bench on the
# local PostgreSQL (as .ci/run does). Builds and starts Plan Desk, loads the customers, runs a mix of
# realistic queries (name parts, full names, IDs, e-mail prefixes, phones in three formats) one after
# another over one keep-alive connection, prints p50 / p95 / p99, and stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
queries=${1:-2000}
# CUSTOMERS=n loads fewer (bench/smoke.sh); the figures in BENCHMARKS.md are for the full million.
customers=${CUSTOMERS:-1000000}

. bench/database.sh
psql_url="postgresql://${PLANDESK_DB_USER}:${PLANDESK_DB_PASSWORD}@${PLANDESK_DB_URL#jdbc:postgresql://}"

./plandesk stop > /dev/null
./plandesk start
trap './plandesk stop > /dev/null' EXIT

echo "== loading $customers customers"
start=$(date +%s)
psql -q -v customers="$customers" "$psql_url" -f bench/load-customers.sql
echo "loaded in $(( $(date +%s) - start )) s; $(psql -tA "$psql_url" -c 'select count(*) from customer') customers"

echo "== $queries searches"
work=$(mktemp -d)
# Queries made from real rows: a part of the surname, the full name, the ID, an e-mail prefix, and the
# phone as +44 7…, 07… and 447… .
psql -tA -F $'\t' "$psql_url" -c "
  select id, name, email, phone from customer where id >= 10000000
  order by md5(id::text) limit $(( queries / 6 + 1 ))" > "$work/rows"
python3 - "$work/rows" "$queries" > "$work/curl.cfg" <<'PY'
import random, sys, urllib.parse
random.seed(7)
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
n = int(sys.argv[2])
out = []
for i in range(n):
    cid, name, email, phone = rows[i % len(rows)]
    surname = name.split(" ", 1)[1]
    kind = i % 6
    if kind == 0:
        start = random.randrange(0, max(1, len(surname) - 4))
        q = surname[start:start + random.choice([3, 4, 5])]
    elif kind == 1:
        q = name
    elif kind == 2:
        q = cid
    elif kind == 3:
        q = email[:random.choice([6, 9, 12])]
    elif kind == 4:
        q = phone
    else:
        digits = phone.replace("+", "").replace(" ", "")
        q = random.choice(["0" + digits[2:], digits])
    out.append('url = "http://localhost:8080/plandesk/api/customers?q=%s"' % urllib.parse.quote(q))
    out.append('output = "/dev/null"')
print("\n".join(out))
PY
# warm-up, then the measured run (time_total per request, keep-alive connection), in a signed-in session as the
# screens' type-ahead is (Basic credentials on every call would time the password hash's check each time)
curl -s -c "$work/cookies" -o /dev/null -d j_username=agent -d j_password=agent \
  http://localhost:8080/plandesk/j_security_check
head -n 400 "$work/curl.cfg" | curl -s -b "$work/cookies" -K - -w '' > /dev/null
curl -s -b "$work/cookies" -K "$work/curl.cfg" -w '%{http_code} %{time_total}\n' > "$work/times"
bad=$(awk '$1 != 200' "$work/times" | wc -l)
awk '{print $2 * 1000}' "$work/times" | sort -n > "$work/ms"
count=$(wc -l < "$work/ms")
pct() { awk -v p="$1" -v n="$count" 'NR == int((n - 1) * p / 100) + 1 {printf "%.1f", $1}' "$work/ms"; }
echo "searches: $count (non-200: $bad)"
echo "p50 $(pct 50) ms   p95 $(pct 95) ms   p99 $(pct 99) ms   max $(tail -n 1 "$work/ms") ms"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); $(date -u +%Y-%m-%d)"
rm -rf "$work"
