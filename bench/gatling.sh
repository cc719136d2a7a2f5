#!/usr/bin/env bash
# The Gatling suite against a local cluster (issue 10): bench/gatling.sh <instances 1-3> [seconds]
# GATLING_ARGS is passed to the simulation, e.g. "-Dportal.mix=logins -Dportal.partners=16" (the login-only
# load of the memory budget, docs/performance.md) or "-Dportal.arrivals=5" (an open model: 5 partner users
# arriving per second at random moments and the other groups in proportion, instead of closed loops).
#
# Builds the jar, starts ops/cluster.sh with that many instances behind nginx and the demo data,
# runs PortalSimulation for WARMUP seconds (120 by default, reported apart: a fresh instance under this
# load takes one to three minutes to reach full speed, its JIT compiler sharing the cores) and then the
# measured seconds, prints the measured figures per request (bench/gatling-report.py) and stops the
# cluster. Needs JDK 25, nginx and python3.
# The registration email step's fixed minimum answer time is set to 0 and its per-client
# throttle raised, so that the run measures the work behind the step from one client address.
set -euo pipefail
cd "$(dirname "$0")/.."
instances=${1:-1}
seconds=${2:-60}
warmup=${WARMUP:-120}
log=target/gatling-run.log

./mvnw -B -q -DskipTests package
./mvnw -B -q -Pgatling test-compile
trap 'ops/cluster.sh stop' EXIT
INSTANCES=$instances DEMO=1 PORTAL_ARGS="--portal.registration.email-step-minimum-time=0ms \
--portal.registration.free-attempts-per-client=1000000000" ops/cluster.sh start

echo "warming up for $warmup s, then measuring for $seconds s (one Gatling JVM, bench/src/gatling)"
./mvnw -B -q -Pgatling gatling:test -Dportal.warmup="$warmup" -Dportal.seconds="$seconds" ${GATLING_ARGS:-} >"$log" 2>&1 &
gatling=$!
# The instances' resident memory, sampled every second from about the end of the warm-up: the peak is printed.
(sleep "$warmup"; while :; do for f in target/cluster/instance-*.pid; do ps -o rss= -p "$(cat "$f")" 2>/dev/null; done \
  | sort -n | tail -1; sleep 1; done >target/gatling-rss.txt) &
sampler=$!
wait $gatling || { kill $sampler; tail -40 "$log"; exit 1; }
kill $sampler 2>/dev/null || true
report=$(ls -td target/gatling/portalsimulation-* | head -1)
label="$instances instance$([ "$instances" = 1 ] || echo s)"
echo
echo "$(date -u +%F) · $(nproc) cores · $label behind nginx · $seconds s · report: $report/index.html"
bench/gatling-report.py "$report" "$label" "$seconds"
echo "peak RSS of an instance during the measured run: $(($(sort -n target/gatling-rss.txt | tail -1) / 1024)) MiB (JVM options: $(bench/jvm-options.sh))"
