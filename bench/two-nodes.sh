#!/usr/bin/env bash
# Two nodes on one PostgreSQL (one machine): the bulk rate of N rows (default 2,000) on one node and on two;
# then a run uploaded to node A, killed with kill -9 after a quarter of the rows while an agent assigns plans on
# node B. Prints how soon B took A's jobs and the run over, and checks that every row has exactly one ACTIVE
# service, one OCS account and one welcome e-mail (an SMTP sink counts them).
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
if [ "${PLANDESK_SKIP_BUILD:-}" != "1" ]; then ./mvnw -B -q package -DskipTests; fi
PLANDESK_SKIP_BUILD=1 PLANDESK_NODE=2 PLANDESK_OCS_SIMULATOR_PORT=2080 ./plandesk start
python3 bench/two_nodes.py "$rows"
