#!/usr/bin/env python3
"""Prints a Gatling run's figures per request as a Markdown table, with each request's p50 and p99
as a multiple of the trivial endpoint's in the same run (bench/gatling.sh calls it). The requests of
the warm-up ("warm-up: …") are left out, and requests per second are counted over the measured seconds.

Usage: bench/gatling-report.py <gatling report folder> <label> <measured seconds>
"""
import html
import re
import sys

folder, label, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3])
page = open(f"{folder}/index.html", encoding="utf-8").read()
rows = {}
for match in re.finditer(r'<tr id="req_[^"]*"(.*?)</tr>', page, re.S):
    row = match.group(1)
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', row).group(1))
    if name.startswith("warm-up: "):
        continue
    values = {column: int(value.replace(",", ""))
              for column, value in re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row)
              if value.replace(",", "").isdigit()}
    rows[name] = {
        "count": values["2"],
        "failed": values["4"],
        "rps": values["2"] / seconds,
        "p50": values["8"],
        "p99": values["11"],
    }
trivial = next(row for name, row in rows.items() if name.startswith("trivial"))
print(f"| {label} | request | requests | failed | req/s | p50 ms | p99 ms | p50 ÷ trivial | p99 ÷ trivial |")
print("|---|---|---|---|---|---|---|---|---|")
for name, row in rows.items():
    print(
        f"| {label} | {name} | {row['count']} | {row['failed']} | {row['rps']:.1f} | {row['p50']} | {row['p99']} "
        f"| {row['p50'] / max(trivial['p50'], 1):.1f} | {row['p99'] / max(trivial['p99'], 1):.1f} |"
    )
