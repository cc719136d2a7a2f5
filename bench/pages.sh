#!/usr/bin/env bash
# Logged-in pages under wrk, straight to one instance of the production jar (ops/cluster.sh, demo data): the demo
# partner's session asks for home, the University course list and two catalogue searches in turn. 60 s of warm-up at
# 4 connections, then 30 s at 4 and 20 s at 1; prints pages/s and latency, and the CPU per page of the instance and
# of PostgreSQL's processes. Usage: bench/pages.sh   (needs JDK 25, nginx and wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
trap 'ops/cluster.sh stop >/dev/null' EXIT
INSTANCES=1 DEMO=1 ops/cluster.sh start >/dev/null
url=http://127.0.0.1:8081
jar=$(mktemp)
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
page=$(curl -fs -c "$jar" -b "$jar" "$url/login")
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$(csrf <<<"$page")" \
  --data-urlencode "email=emma.roy@northwind-secure.ca" --data-urlencode "password=Demo-Partner-User-2026" "$url/login"
COOKIE=$(awk '$6 == "PORTAL_SESSION" { print "PORTAL_SESSION=" $7 }' "$jar")
export COOKIE
rm -f "$jar"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$url/university")" = 200 ] || { echo "login failed"; exit 1; }
script=bench/pages.lua
instance=$(cat target/cluster/instance-0.pid)
ticks() { local sum=0; for pid in "$@"; do [ -r "/proc/$pid/stat" ] && sum=$((sum + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done; echo "$sum"; }
summary() { awk '$1 == "Requests/sec:" { r = $2 } $1 == "50%" { a = $2 } $1 == "99%" { c = $2 } $1 == "90%" { b = $2 }
  /requests in/ { n = $1 } END { printf "%.0f pages/s, p50 %s, p90 %s, p99 %s", r, a, b, c }'; }
wrk -t1 -c4 -d60s -s "$script" "$url" >/dev/null
i0=$(ticks "$instance"); g0=$(ticks $(pgrep -x postgres))
out=$(wrk -t1 -c4 -d30s --latency -s "$script" "$url")
i1=$(ticks "$instance"); g1=$(ticks $(pgrep -x postgres))
pages=$(awk '/requests in/ { print $1 }' <<<"$out")
tick_ns=$((1000000000 / $(getconf CLK_TCK)))
echo "4 connections: $(summary <<<"$out"); CPU per page: instance $(((i1 - i0) * tick_ns / pages / 1000)) µs, PostgreSQL $(((g1 - g0) * tick_ns / pages / 1000)) µs"
echo "1 connection: $(wrk -t1 -c1 -d20s --latency -s "$script" "$url" | summary)"
echo "JVM options: $(bench/jvm-options.sh)"
