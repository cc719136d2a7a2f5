#!/usr/bin/env bash
# R4.3: login throughput and latency against the limit the Argon2id hash sets, measured as a sandwich — the hash
# limit just before and just after each login run — because this machine's speed drifts by up to a
# fifth within minutes (where its two virtual cores land, other tenants). The login run warms up
# for three minutes: at ~80 logins/s, code run once per login needs a minute or two to reach the
# invocation counts at which the JIT compiles it fully (its throughput climbs until then).
# Each login run samples every login's time (JMH SampleTime): logins/s is clients ÷ mean time (a closed loop),
# and p50/p90/p99 are the times a user waits for GET /login then POST /login.
# Usage: bench/login-vs-hash.sh [rounds] [JVM option ...]   (needs JDK 25 in JAVA_HOME)
# CLIENTS="8 16" (the default) runs a login run per client count in each round.
# JVM options, e.g. -XX:+UseG1GC, go to both the hash and the login JVMs.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
shift || true
jvm=""
for option in "$@"; do jvm="$jvm -jvmArgsAppend $option"; done
./mvnw -q -B -Pbench test-compile >/dev/null
run() { ./mvnw -q -B -Pbench exec:exec -Djmh.args="$1$jvm"; }
hash() { run "LoginBenchmark.hash -t 2 -wi 3 -i 3" | grep -E "^LoginBenchmark\.hash " | awk '{print $4}'; }
before=$(hash)
for round in $(seq 1 "$rounds"); do
  for clients in ${CLIENTS:-8 16}; do
    out=$(run "LoginBenchmark.login -t $clients -wi 18 -i 6 -bm sample -tu ms")
    after=$(hash)
    echo "$out" | awk -v r="$round" -v c="$clients" -v b="$before" -v a="$after" '
      $1 == "LoginBenchmark.login" && $2 == "sample" { mean = $4 }
      $1 ~ /p0\.50$/ { p50 = $3 } $1 ~ /p0\.90$/ { p90 = $3 } $1 ~ /p0\.99$/ { p99 = $3 }
      END {
        limit = (b + a) / 2; logins = 1000 * c / mean
        printf "round %d, %d clients: hash limit %.1f/s before, %.1f/s after; logins %.1f/s = %.1f %% of their mean;", r, c, b, a, logins, 100 * logins / limit
        printf " p50 %.0f ms, p90 %.0f ms, p99 %.0f ms (p99/p50 %.1f)\n", p50, p90, p99, p99 / p50
      }'
    echo "$out" | grep -E "^(Carrier queue|Peak RSS)" | sed 's/^/  /'
    before=$after
  done
done
