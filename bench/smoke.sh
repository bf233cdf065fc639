#!/usr/bin/env bash
# Every benchmark command in a small form, one after another on one machine, as a new user would run them
# from a fresh clone: each must build what it needs, start from a database state it controls and print its
# figures. CI runs this after the tests, so that no benchmark command breaks unseen; the figures themselves
# mean nothing at these sizes.
#   bench/smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
step() {
  echo "== bench smoke: $*"
  "$@"
}
export WARMUP=0
step bench/bulk.sh 200
export PLANDESK_SKIP_BUILD=1 # built (for PostgreSQL) by the first
step bench/provisioning.sh 3
CUSTOMERS=20000 step bench/customer-search.sh 60
step bench/bulk-restart.sh 300
step bench/bulk-side-by-side.sh 100
step bench/counter-during-bulk.sh 100 2
step bench/renewals.sh 100
step bench/two-nodes.sh 200
step bench/scale.sh 100 5
step bench/engine-in-server.sh 100
echo "== bench smoke passed in $(( $(date +%s) - started )) s"
