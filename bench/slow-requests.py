#!/usr/bin/env python3
"""Where the slow requests of a run are: reads nginx's request log of ops/cluster.sh (its msec field) and,
if given, an instance's safepoint log, and prints for the last <seconds> of the run how many requests took more
than three times their kind's median (and at least 8 ms), how many of those overlapped a collection or had a
login in progress, and where in its second each request started (arrivals in step show as a peak in the first
tenth). Then, per kind of request, its p50 and p99 over all its requests and over those that were alone in flight
at the proxy from start to end (what the other requests' company adds). Used for the half-load tail in
docs/performance.md.

Usage: bench/slow-requests.py target/cluster/nginx-access.log <seconds> [safepoint log]
The safepoint log comes from PORTAL_JVM_OPTIONS="$(bench/jvm-options.sh) -Xlog:safepoint:file=/tmp/gc.log:time".
"""
import collections
import datetime
import re
import sys

nginx_log, seconds = sys.argv[1], int(sys.argv[2])
safepoint_log = sys.argv[3] if len(sys.argv) > 3 else None
line_format = re.compile(r'\S+ \[[^\]]+\] "(\S+) (\S+) [^"]*" \d+ \d+ request_time=([\d.]+) .* msec=([\d.]+)')
requests = []
for line in open(nginx_log, encoding="utf-8"):
    match = line_format.match(line)
    if match:
        took, ended = float(match.group(3)), float(match.group(4))
        requests.append((match.group(1) + " " + match.group(2).split("?")[0], ended - took, ended, took))
last = max(r[2] for r in requests)
requests = [r for r in requests if r[2] > last - seconds and not r[0].startswith("GET /assets")]
first = min(r[1] for r in requests)

pauses = []
if safepoint_log:
    safepoint = re.compile(r'\[([^\]]+)\].* Safepoint "([^"]+)".*Total: (\d+) ns')
    for line in open(safepoint_log, encoding="utf-8"):
        match = safepoint.search(line)
        if match:
            ended = datetime.datetime.strptime(match.group(1), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()
            if ended > first:
                pauses.append((ended - int(match.group(3)) / 1e9, ended))


def overlaps(request, start, end):
    return request[1] < end and start < request[2]


by_kind = collections.defaultdict(list)
for request in requests:
    by_kind[request[0]].append(request)
slow = []
for kind, of_kind in by_kind.items():
    median = sorted(r[3] for r in of_kind)[len(of_kind) // 2]
    slow += [r for r in of_kind if r[3] > 3 * median and r[3] >= 0.008]
logins = [r for r in requests if r[0] == "POST /login"]


def login_in_progress(request):
    return any(overlaps(request, l[1], l[2]) for l in logins if l is not request)


def tenths(of):
    counts = collections.Counter(int(((r[1] - first) % 1.0) * 10) for r in of)
    return [counts[i] for i in range(10)]


others, slow_others = [r for r in requests if r not in logins], [r for r in slow if r not in logins]
print(f"{len(requests)} requests in {seconds} s; {len(pauses)} safepoints, "
      f"{sum(e - s for s, e in pauses) * 1000:.0f} ms in all")
print(f"slow (> 3 x their median, >= 8 ms): {len(slow)}; overlapping a safepoint: "
      f"{sum(1 for r in slow if any(overlaps(r, s, e) for s, e in pauses))}")
print(f"a login in progress: {sum(map(login_in_progress, others))} of {len(others)} requests other than logins, "
      f"{sum(map(login_in_progress, slow_others))} of the {len(slow_others)} slow ones")
print(f"start within its second, in tenths: all {tenths(requests)}, slow {tenths(slow)}")


def alone(of):
    """The requests no other one overlapped: after a sort by start, none before it ends after it starts and the
    next one starts after it ends."""
    by_start = sorted(of, key=lambda r: r[1])
    found, latest_end = [], float("-inf")
    for i, request in enumerate(by_start):
        next_start = by_start[i + 1][1] if i + 1 < len(by_start) else float("inf")
        if latest_end <= request[1] and next_start >= request[2]:
            found.append(request)
        latest_end = max(latest_end, request[2])
    return found


def percentiles(of):
    times = sorted(r[3] * 1000 for r in of)
    p50, p99 = times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]
    return f"{p50:.0f} / {p99:.0f} ms ({p99 / max(p50, 1):.1f} x)"


alone_by_kind = collections.defaultdict(list)
for request in alone(requests):
    alone_by_kind[request[0]].append(request)
print("p50 / p99 (p99 / p50), all requests of a kind and those alone in flight (kinds with 30 alone or more):")
for kind, of_kind in sorted(by_kind.items(), key=lambda item: -len(item[1])):
    if len(alone_by_kind[kind]) >= 30:
        print(f"  {kind:40} all {len(of_kind):5}: {percentiles(of_kind):22} alone {len(alone_by_kind[kind]):5}: "
              f"{percentiles(alone_by_kind[kind])}")
