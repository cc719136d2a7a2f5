#!/usr/bin/env bash
# Measures start-up time and resident memory of the portal in its dev run (embedded PostgreSQL
# and SMTP, demo data): starts it, waits until it is ready, prints the figures, stops it.
# Usage: bench/startup.sh [runs]   (needs JDK 25 in JAVA_HOME; build first with ./mvnw -q test-compile)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${PORT:-18080}
cp_file=$(mktemp)
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
classpath="target/test-classes:target/classes:$(cat "$cp_file")"
for run in $(seq 1 "$runs"); do
  log=$(mktemp)
  "$JAVA_HOME/bin/java" -cp "$classpath" partnerportal.dev.DevPortalApplication --server.port="$port" \
    --portal.dev.smtp-port=0 --portal.dev.postgres-data-dir="$(mktemp -d)/pg" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    sleep 0.5
  done
  sleep 2
  started=$(grep -o 'Started PortalApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
  rss_kib=$(ps -o rss= -p "$pid" | tr -d ' ')
  echo "run $run: started in ${started}s, RSS $((rss_kib / 1024)) MiB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
done
rm -f "$cp_file"
