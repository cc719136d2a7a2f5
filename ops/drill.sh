#!/usr/bin/env bash
# Fault drills (R8.2–R8.4) against a running cluster with the demo data (DEMO=1 ops/cluster.sh start):
# SESSIONS logged-in users (20) view pages and open support requests through nginx while the database
# stops for 10 s, its postmaster is killed, instance 2 is killed and the SMTP server stops; then it
# prints requests and answers, lost sessions, writes believed vs stored, emails sent vs received by
# Message-ID and recovery times. About two minutes; load only on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/cluster
[ -f "$dir/nginx.pid" ] || { echo "start the cluster first: DEMO=1 ops/cluster.sh start"; exit 1; }
[ -f target/test-classes/partnerportal/dev/ClusterDrill.class ] || ./mvnw -B -q test-compile
exec java -cp "target/test-classes:target/classes:$(cat "$dir/classpath")" partnerportal.dev.ClusterDrill "$dir" "${SESSIONS:-20}"
