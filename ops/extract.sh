#!/usr/bin/env bash
# Extracts the production jar to target/portal/ (Spring Boot's layout: the application jar and lib/), unless
# that is already the jar's: the portal runs from there, on the JDK's own class loader. Started as a nested
# jar (java -jar target/partner-portal-*.jar) its loader reads classes and templates under locks that
# virtual threads can hold while waiting for a carrier, and the first burst of requests after a start
# could hang every carrier (Spring Boot issue 51463; seen here with 16 logins at once, see
# docs/performance.md). Needs the jar built (./mvnw -DskipTests package) and JDK 25.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/partner-portal-*.jar | head -1)
if [ -f target/portal/partner-portal.jar ] && [ target/portal/partner-portal.jar -nt "$jar" ]; then
  exit 0
fi
rm -rf target/portal
java -Djarmode=tools -jar "$jar" extract --destination target/portal >/dev/null
mv target/portal/"$(basename "$jar")" target/portal/partner-portal.jar
