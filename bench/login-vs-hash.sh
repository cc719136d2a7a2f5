#!/usr/bin/env bash
# R4.3: login throughput against the limit the Argon2id hash sets, measured as a sandwich — the hash
# limit just before and just after each login run — because this machine's speed drifts by up to a
# fifth within minutes (where its two virtual cores land, other tenants). The login run warms up
# for three minutes: at ~80 logins/s, code run once per login needs a minute or two to reach the
# invocation counts at which the JIT compiles it fully (its throughput climbs until then).
# Usage: bench/login-vs-hash.sh [rounds] [JVM option ...]   (needs JDK 25 in JAVA_HOME)
# JVM options, e.g. -XX:+UseParallelGC, go to both the hash and the login JVMs.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
shift || true
jvm=""
for option in "$@"; do jvm="$jvm -jvmArgsAppend $option"; done
./mvnw -q -B -Pbench test-compile >/dev/null
score() { grep -E "^LoginBenchmark\.$1 " | awk '{print $4}'; }
hash() { ./mvnw -q -B -Pbench exec:exec -Djmh.args="LoginBenchmark.hash -t 2 -wi 3 -i 3$jvm" | score hash; }
before=$(hash)
for round in $(seq 1 "$rounds"); do
  logins=$(./mvnw -q -B -Pbench exec:exec -Djmh.args="LoginBenchmark.login -t 8 -wi 18 -i 6$jvm" | score login)
  after=$(hash)
  awk -v r="$round" -v b="$before" -v l="$logins" -v a="$after" 'BEGIN {
    limit = (b + a) / 2
    printf "round %d: hash limit %.1f/s before, %.1f/s after; logins %.1f/s = %.1f %% of their mean\n", r, b, a, l, 100 * l / limit
  }'
  before=$after
done
