#!/usr/bin/env bash
# Measures start-up time and resident memory of the portal, and prints them:
#   bench/startup.sh [runs]       the dev run (embedded PostgreSQL and SMTP, demo data)
#   bench/startup.sh jar [runs]   the production jar, extracted as Spring Boot advises, against a
#                                 PostgreSQL of its own (the cluster's): plain; with Spring's
#                                 ahead-of-time code (-Dspring.aot.enabled=true); and with that and
#                                 the JDK's AOT cache made by a training run (ops/aot-cache.sh)
# Needs JDK 25 in JAVA_HOME; build first with ./mvnw -q test-compile (and package for jar).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=dev
if [ "${1:-}" = jar ]; then mode=jar; shift; fi
runs=${1:-3}
port=${PORT:-18080}
cp_file=$(mktemp)
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
classpath="target/test-classes:target/classes:$(cat "$cp_file")"

# Waits for readiness, then prints the start time Spring logged and the RSS, and stops the process.
measure() {
  local label=$1 pid=$2 log=$3
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    sleep 0.25
  done
  sleep 2
  local started process rss_kib
  started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
  process=$(grep -o 'process running for [0-9.]*' "$log" | grep -o '[0-9.]*$' | head -1)
  rss_kib=$(ps -o rss= -p "$pid" | tr -d ' ')
  echo "$label: started in ${started}s (JVM up for ${process}s), RSS $((rss_kib / 1024)) MiB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

if [ "$mode" = dev ]; then
  for run in $(seq 1 "$runs"); do
    log=$(mktemp)
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$classpath" partnerportal.dev.DevPortalApplication --server.port="$port" \
      --portal.dev.smtp-port=0 --portal.dev.webhook-port=0 --portal.dev.idp-port=0 --portal.dev.postgres-data-dir="$(mktemp -d)/pg" >"$log" 2>&1 &
    measure "dev run $run" $! "$log"
    rm -f "$log"
  done
  rm -f "$cp_file"
  exit 0
fi

work=$(mktemp -d)
trap 'kill $(cat "$work"/*.pid 2>/dev/null) 2>/dev/null || true; rm -rf "$work" "$cp_file"' EXIT
"$JAVA_HOME/bin/java" -cp "$classpath" partnerportal.dev.ClusterDatabase "$work" >"$work/db.log" 2>&1 &
echo $! >"$work/db.pid"
smtp_port=$((port + 1))
"$JAVA_HOME/bin/java" -cp "$classpath" partnerportal.dev.ClusterMail "$work" "$smtp_port" >"$work/mail.log" 2>&1 &
echo $! >"$work/mail.pid"
for _ in $(seq 1 60); do [ -s "$work/jdbc-url" ] && break; sleep 0.5; done
export PORTAL_DB_URL=$(cat "$work/jdbc-url") PORTAL_DB_USERNAME=postgres PORTAL_DB_PASSWORD= \
  PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT=$smtp_port PORTAL_SMTP_AUTH=false PORTAL_SMTP_STARTTLS=false \
  PORTAL_MAIL_FROM=portal@bench.example PORTAL_BASE_URL=http://127.0.0.1:$port PORTAL_VENDOR_NAME=SentinelOne \
  PORTAL_SECRETS_KEY=$(head -c 32 /dev/urandom | base64) PORT=$port
options=${PORTAL_JVM_OPTIONS:-@ops/jvm.options}
ops/aot-cache.sh >"$work/aot.log" 2>&1 || { cat "$work/aot.log"; exit 1; }
for run in $(seq 1 "$runs"); do
  for variant in plain spring-aot spring-aot+cache; do
    log=$(mktemp)
    case $variant in
      plain) extra="" ;;
      spring-aot) extra="-Dspring.aot.enabled=true" ;;
      *) extra="-Dspring.aot.enabled=true -XX:AOTCache=target/portal/portal.aot" ;;
    esac
    # shellcheck disable=SC2086
    "$JAVA_HOME/bin/java" $extra $options -jar target/portal/partner-portal.jar >"$log" 2>&1 &
    measure "jar run $run, $variant" $! "$log"
    rm -f "$log"
  done
done
