#!/usr/bin/env bash
# Configures the WildFly that the build unpacked (run by the ear module's build, idempotent):
# the datasource for H2 (default) or PostgreSQL (when PLANDESK_DB_URL is set), then security, mail, batch,
# HTTPS (plain HTTP redirected to it when PLANDESK_HTTPS_ONLY=true); and the server's JVM.
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

if [ "${PLANDESK_HTTPS_ONLY:-false}" = "true" ]; then https="HTTPS only"; else https="HTTP and HTTPS"; fi
production="$here/https-only.cli"
[ "$https" = "HTTPS only" ] || production=/dev/null

# HTTPS: a self-signed certificate for this host, made once; replaced by a real one as README "HTTPS" says.
keystore="$server_home/standalone/configuration/plandesk-tls.p12"
if [ ! -f "$keystore" ]; then
  "${JAVA_HOME:+$JAVA_HOME/bin/}keytool" -genkeypair -alias plandesk -keyalg RSA -keysize 2048 -validity 825 -storetype PKCS12 \
    -dname "CN=localhost, O=Plan Desk (self-signed)" -ext "SAN=dns:localhost,ip:127.0.0.1" \
    -keystore "$keystore" -storepass "${PLANDESK_TLS_PASSWORD:-plandesk}" > /dev/null 2>&1
fi

marker="$server_home/standalone/configuration/plandesk-configured"
wanted="$database $https $(cat "$here"/*.cli | cksum)"
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$wanted" ]; then
  echo "WildFly already configured for Plan Desk on $database"
  exit 0
fi

# Each configuration starts from the server's own standalone.xml, kept aside the first time: the scripts then
# only add, and switching the database never meets what the last configuration built on the old one.
config="$server_home/standalone/configuration/standalone.xml"
[ -f "$config.unconfigured" ] || cp "$config" "$config.unconfigured"
cp "$config.unconfigured" "$config"

script="$server_home/plandesk-configure.cli"
{
  echo "embed-server --std-out=discard --server-config=standalone.xml"
  cat "$here/datasource-$database.cli" "$here/server.cli" "$production"
  echo "stop-embedded-server"
} > "$script"

echo "Configuring WildFly for Plan Desk on $database, $https"
JAVA_OPTS="-Xmx512m" "$server_home/bin/jboss-cli.sh" --file="$script"
echo "$wanted" > "$marker"
