#!/usr/bin/env bash
# Benchmark: what the engine alone does inside Plan Desk's server, against the bare engine outside it — the
# ceiling for bulk assignment's ratio (bench/bulk.sh). The mobile plan's process with every task doing nothing
# (an expression instead of the delegate) runs N times (default 3,000) on the server's engine — its WildFly,
# datasource, JTA transactions, CDI and job executor, no Plan Desk work at all — started one after another by
# a probe page deployed for the run (bench/engine-probe); then, with the server stopped, the same BPMN file
# runs N times on the bare engine (EngineBaseline). Both warm: WARMUP (2,000) instances first, untimed.
#   bench/engine-in-server.sh [instances]
# Both on a new, empty database of the local PostgreSQL (plandesk_probe, plandesk_engine_bench), so that neither
# carries the history of earlier runs. Needs psql, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
instances="${1:-3000}"
warmup="${WARMUP:-2000}"
unset PLANDESK_DB_URL
. bench/database.sh
. bench/vacuum.sh
. bench/bare-engine.sh
psql_admin -q -v ON_ERROR_STOP=1 <<'SQL'
DROP DATABASE IF EXISTS plandesk_probe;
CREATE DATABASE plandesk_probe OWNER plandesk;
SQL
export PLANDESK_DB_URL=jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/plandesk_probe
mkdir -p target/engine-probe
bpmn="$PWD/target/engine-probe/engineProbe.bpmn"
sed -e 's/camunda:delegateExpression="\${[A-Za-z]*}"/camunda:expression="${execution.getId()}"/' \
    -e 's/"provisionMobilePlan"/"engineProbe"/g' bpmn/src/main/resources/processes/provisionMobilePlan.bpmn > "$bpmn"
(cd bench/engine-probe && jar cf ../../target/engine-probe/engine-probe.war index.jsp WEB-INF)

./plandesk stop > /dev/null
deployments=$(ls -d ear/target/wildfly-*)/standalone/deployments
rm -f "$deployments"/engine-probe.war* # a probe left by an interrupted run would be redeployed under our feet
./plandesk start
start_vacuum plandesk_probe
cp target/engine-probe/engine-probe.war "$deployments/"
until [ -f "$deployments/engine-probe.war.deployed" ]; do
  [ -f "$deployments/engine-probe.war.failed" ] && { echo "The engine probe failed to deploy: see the server log" >&2; exit 1; }
  sleep 1
done
probe() {
  curl -sf -m 7200 "http://localhost:8080/engine-probe/?n=$1&label=$(printf %s "$2" | sed 's/ /%20/g')&bpmn=$bpmn"
}
[ "$warmup" -gt 0 ] && probe "$warmup" "warm-up: engine in the server"
probe "$instances" "engine in the server" | tee target/engine-probe/figures.txt
rm -f "$deployments"/engine-probe.war*
./plandesk stop > /dev/null
bare_engine "$instances" engineProbe "$bpmn" | tee -a target/engine-probe/figures.txt
ratio target/engine-probe/figures.txt "engine in the server"
machine
