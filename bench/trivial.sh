#!/usr/bin/env bash
# The trivial endpoint's latency under load: wrk (2 threads; 8, then 16 connections; 30 s each after 10 s of
# warm-up) against /actuator/health/liveness of one instance of the production jar started by ops/cluster.sh
# with its JVM options (PORTAL_JVM_OPTIONS overrides them), straight to the instance, not through nginx.
# Usage: bench/trivial.sh   (needs JDK 25, nginx and wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
trap 'ops/cluster.sh stop >/dev/null' EXIT
INSTANCES=1 ops/cluster.sh start >/dev/null
url=http://127.0.0.1:8081/actuator/health/liveness
wrk -t2 -c8 -d10s "$url" >/dev/null
for connections in 8 16; do
  wrk -t2 -c"$connections" -d30s --latency "$url" | awk -v c="$connections" '
    $1 == "Requests/sec:" { rps = $2 }
    $1 == "50%" { p50 = $2 } $1 == "90%" { p90 = $2 } $1 == "99%" { p99 = $2 }
    END { printf "%d connections: %.0f req/s, p50 %s, p90 %s, p99 %s\n", c, rps, p50, p90, p99 }'
done
echo "JVM options: $(bench/jvm-options.sh)"
