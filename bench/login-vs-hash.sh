#!/usr/bin/env bash
# R4.3: login throughput against the limit the Argon2id hash sets, measured as a sandwich — the hash
# limit just before and just after each login run — because this machine's speed drifts by up to a
# fifth within minutes (where its two virtual cores land, other tenants).
# Usage: bench/login-vs-hash.sh [rounds]   (needs JDK 25 in JAVA_HOME)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
./mvnw -q -B -Pbench test-compile >/dev/null
score() { grep -E "^LoginBenchmark\.$1 " | awk '{print $4}'; }
hash() { ./mvnw -q -B -Pbench exec:exec -Djmh.args="LoginBenchmark.hash -t 2 -wi 3 -i 3" | score hash; }
before=$(hash)
for round in $(seq 1 "$rounds"); do
  logins=$(./mvnw -q -B -Pbench exec:exec -Djmh.args="LoginBenchmark.login -t 8 -wi 6 -i 4" | score login)
  after=$(hash)
  awk -v r="$round" -v b="$before" -v l="$logins" -v a="$after" 'BEGIN {
    limit = (b + a) / 2
    printf "round %d: hash limit %.1f/s before, %.1f/s after; logins %.1f/s = %.1f %% of their mean\n", r, b, a, l, 100 * l / limit
  }'
  before=$after
done
