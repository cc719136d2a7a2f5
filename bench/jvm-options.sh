#!/usr/bin/env bash
# Prints the JVM options the benchmarks ran the portal with: PORTAL_JVM_OPTIONS, or else ops/jvm.options.
cd "$(dirname "$0")/.."
echo "${PORTAL_JVM_OPTIONS:-$(grep -v "^#" ops/jvm.options | tr "\n" " ")}"
