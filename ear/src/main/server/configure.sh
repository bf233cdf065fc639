#!/usr/bin/env bash
# Configures the WildFly that the build unpacked (run by the ear module's build, idempotent):
# the datasource for H2 (default) or PostgreSQL (when PLANDESK_DB_URL is set), then security, mail, batch;
# and the server's JVM.
set -euo pipefail
server_home="$1"
here="$(cd "$(dirname "$0")" && pwd)"

# The JVM of ./plandesk: a 2 GB heap, the parallel collector and the optimising compiler alone (no tiered
# compilation), the throughput settings for a small machine (why: BENCHMARKS.md). JBOSS_JAVA_SIZING set in the
# environment replaces all three; the line is rewritten at each build, so a server built before takes the new one.
conf="$server_home/bin/standalone.conf"
sizing='JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms1g -Xmx2g -XX:+UseParallelGC -XX:-TieredCompilation}"'
{ echo "# Plan Desk's JVM (see the ear module's configure.sh)"
  echo "$sizing"
  grep -v -e "^# Plan Desk's JVM" -e '^JBOSS_JAVA_SIZING=' "$conf"; } > "$conf.new"
mv "$conf.new" "$conf"

if [ -n "${PLANDESK_DB_URL:-}" ]; then
  database=postgresql
  for var in PLANDESK_DB_USER PLANDESK_DB_PASSWORD; do
    [ -n "${!var:-}" ] || { echo "PLANDESK_DB_URL is set, so $var must be set too" >&2; exit 1; }
  done
else
  database=h2
fi

marker="$server_home/standalone/configuration/plandesk-configured"
wanted="$database $(cat "$here"/*.cli | cksum)"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$wanted" ]; then
  echo "WildFly already configured for Plan Desk on $database"
  exit 0
fi

script="$server_home/plandesk-configure.cli"
{
  echo "embed-server --std-out=discard --server-config=standalone.xml"
  cat "$here/datasource-$database.cli" "$here/server.cli"
  echo "stop-embedded-server"
} > "$script"

echo "Configuring WildFly for Plan Desk on $database"
JAVA_OPTS="-Xmx512m" "$server_home/bin/jboss-cli.sh" --file="$script"
echo "$wanted" > "$marker"
