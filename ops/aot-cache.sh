#!/usr/bin/env bash
# Prepares the production jar for a fast start (README, production): extracts it to target/portal/
# (Spring Boot's layout for class-data sharing) and records the JDK's AOT cache
# (target/portal/portal.aot, JEP 483/514) in a training run that starts the application context,
# with Spring's ahead-of-time code (-Dspring.aot.enabled=true, as the portal will run), against the
# database of PORTAL_DB_URL (migrations run) and exits. Run it with the production environment
# variables, on the JDK and with the JVM options the portal will run with.
set -euo pipefail
cd "$(dirname "$0")/.."
ops/extract.sh
# shellcheck disable=SC2086
java -Dspring.aot.enabled=true ${PORTAL_JVM_OPTIONS:-@ops/jvm.options} \
  -XX:AOTCacheOutput=target/portal/portal.aot \
  -Dspring.context.exit=onRefresh -jar target/portal/partner-portal.jar
ls -l target/portal/portal.aot
