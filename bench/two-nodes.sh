#!/usr/bin/env bash
# Two nodes on one PostgreSQL (one machine): the bulk rate of N rows (default 2,000) on one node and on two;
# then a run uploaded to node A, killed with kill -9 after a quarter of the rows while an agent assigns plans on
# node B. Prints how soon B took A's jobs and the run over, and checks that every row has exactly one ACTIVE
# service, one OCS account and one welcome e-mail (an SMTP sink counts them). HAProxy (Debian's, as README
# "Several nodes" sets it up: sticky sessions, readiness checks) stands in front: it must send new sessions to
# both nodes, then take A out once its readiness fails.
#   bench/two-nodes.sh [rows]
# Uses PLANDESK_DB_URL / _USER / _PASSWORD when set, otherwise a new database plandesk_bench on the local
# PostgreSQL. Exits non-zero when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-2000}"
. bench/database.sh
./plandesk stop > /dev/null
trap './plandesk stop > /dev/null' EXIT
# seconds, not the defaults' half minute, so that the takeover shows within a short run
export PLANDESK_JOB_LOCK_SECONDS="${PLANDESK_JOB_LOCK_SECONDS:-10}" PLANDESK_BULK_LEASE_SECONDS="${PLANDESK_BULK_LEASE_SECONDS:-10}"
export PLANDESK_SMTP_HOST=127.0.0.1 PLANDESK_SMTP_PORT=2525
if ! command -v haproxy > /dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends haproxy > /dev/null
fi
mkdir -p target
cat > target/haproxy-two-nodes.cfg <<CFG
global
    stats socket "$PWD/target/haproxy.sock" mode 600 level admin
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    option redispatch
frontend plandesk
    bind 127.0.0.1:8000
    default_backend nodes
backend nodes
    balance roundrobin
    cookie SERVERID insert indirect nocache
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:8080 check port 9990 cookie node1
    server node2 127.0.0.1:8180 check port 10090 cookie node2
CFG
haproxy -f target/haproxy-two-nodes.cfg -D -p target/haproxy.pid
trap 'kill "$(cat target/haproxy.pid)" 2> /dev/null; ./plandesk stop > /dev/null' EXIT
if [ "${PLANDESK_SKIP_BUILD:-}" != "1" ]; then ./mvnw -B -q package -DskipTests; fi
PLANDESK_SKIP_BUILD=1 PLANDESK_NODE=2 PLANDESK_OCS_SIMULATOR_PORT=2080 ./plandesk start
python3 bench/two_nodes.py "$rows"
