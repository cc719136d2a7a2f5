#!/usr/bin/env bash
# Runs the portal as a cluster on 127.0.0.1 (R8.4): embedded PostgreSQL and an SMTP catcher, three
# instances of the jar on ports 8081-8083, nginx in front on port 8080 (round robin, no stickiness).
#
#   ops/cluster.sh start    builds what is missing, starts everything, waits until it is ready
#   ops/cluster.sh check    activates the bootstrap admin and logs in through nginx (curl)
#   ops/cluster.sh stop     stops everything it started
#
# Fault drills (R8.4), on a running cluster:
#   ops/cluster.sh db stop|kill|start        PostgreSQL: fast shutdown, SIGKILL of the postmaster, start
#                                            again on the same data and port
#   ops/cluster.sh smtp stop|start           the SMTP catcher (what it received: target/cluster/mail.tsv)
#   ops/cluster.sh instance N stop|kill|start  instance N (1-3): SIGTERM, SIGKILL, start again
#
# INSTANCES=1 starts one instance instead of three (still behind nginx); DEMO=1 seeds the reference
# scenario's demo data first (README's demo accounts); PORTAL_ARGS is passed to every instance.
#
# Needs JDK 25 and nginx (apt-get install nginx-light). State lives in target/cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/cluster
ports=(8081 8082 8083)
ports=("${ports[@]:0:${INSTANCES:-3}}")
admin=admin@cluster.example

start() {
  mkdir -p "$dir"
  # A new cluster starts new logs (the drills below append to them, across an instance's restarts).
  rm -f "$dir"/links "$dir"/jdbc-url "$dir"/mail.tsv "$dir"/instance-*.log
  # Rebuilt when the sources or the dependencies changed since the last build.
  local built; built=$(ls target/partner-portal-*.jar 2>/dev/null | head -1)
  if [ -z "$built" ] || [ -n "$(find src/main pom.xml -newer "$built" -print -quit)" ]; then
    ./mvnw -B -q -DskipTests package
  fi
  ops/extract.sh
  [ -f target/test-classes/partnerportal/dev/ClusterDatabase.class ] || ./mvnw -B -q test-compile
  if [ ! -f "$dir/classpath" ] || [ pom.xml -nt "$dir/classpath" ]; then
    ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$dir/classpath"
  fi
  rm -rf "$dir/pg" "$dir/db-port" "$dir/mail.tsv"
  db_start
  smtp_start
  if [ "${DEMO:-0}" = 1 ]; then
    # Runs the migrations and seeds the demo data, then exits.
    (environment java --enable-native-access=ALL-UNNAMED -cp "target/test-classes:target/classes:$(cat "$dir/classpath")" partnerportal.dev.SeedDemoData) \
      >"$dir/seed.log" 2>&1 || { echo "seeding the demo data failed, see $dir/seed.log"; exit 1; }
  fi
  for i in "${!ports[@]}"; do
    # Migrations run on the first instance; the others start once it is up.
    instance_start "$i"
  done
  # As root, nginx's workers would run as nobody and could not write under target/.
  user_line=""; [ "$(id -u)" = 0 ] && user_line="user root;"
  cat >"$dir/nginx.conf" <<CONF
$user_line
pid $PWD/$dir/nginx.pid;
error_log $PWD/$dir/nginx-error.log;
worker_processes 1;
events { worker_connections 256; }
http {
  # The request's time at the proxy and the instance's answer time, to tell a slow instance from a slow client;
  # msec, when the answer ended, to line requests up with an instance's collector log.
  log_format timed '\$remote_addr [\$time_iso8601] "\$request" \$status \$body_bytes_sent '
                   'request_time=\$request_time upstream=\$upstream_addr upstream_time=\$upstream_response_time msec=\$msec';
  access_log $PWD/$dir/nginx-access.log timed;
  client_body_temp_path $PWD/$dir/nginx-body;
  proxy_temp_path $PWD/$dir/nginx-proxy;
  fastcgi_temp_path $PWD/$dir/nginx-fastcgi;
  uwsgi_temp_path $PWD/$dir/nginx-uwsgi;
  scgi_temp_path $PWD/$dir/nginx-scgi;
  client_max_body_size 61m;
  # Connections to the instances are kept open and reused, as from any load balancer in front of the portal:
  # a new one per request costs the proxy and the instance a handshake and the instance's poller an accept. The
  # proxy lets an idle one go well before the instance would (60 s): never a request sent on a closing connection.
  upstream portal { $(printf 'server 127.0.0.1:%s; ' "${ports[@]}")keepalive 32; keepalive_timeout 20s; }
  server {
    listen 127.0.0.1:8080;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host:\$server_port;
    proxy_set_header X-Forwarded-For \$remote_addr;
    proxy_set_header X-Forwarded-Proto http;
    proxy_set_header X-Forwarded-Port \$server_port;
    location / {
      proxy_pass http://portal;
      proxy_next_upstream error timeout;
    }
    # These forms carry a one-time key (R8.4): sent again on another instance when the first dies with
    # the request, they are done once, so the POST may be retried there too.
    location ~ ^/(support/new|support/requests/[^/]+/reply|deals/new|register/[^/]+(/company)?)\$ {
      proxy_pass http://portal;
      proxy_next_upstream error timeout non_idempotent;
    }
  }
}
CONF
  nginx -c "$PWD/$dir/nginx.conf"
  wait_for "http://127.0.0.1:8080/actuator/health/readiness" "nginx"
  echo "cluster up: http://127.0.0.1:8080 (instances on ${ports[*]}); the bootstrap admin is $admin"
}

classpath() { echo "target/test-classes:target/classes:$(cat "$dir/classpath")"; }

db_start() {
  rm -f "$dir/jdbc-url"
  java -cp "$(classpath)" partnerportal.dev.ClusterDatabase "$dir" >>"$dir/db.log" 2>&1 &
  echo $! >"$dir/db.pid"
  for _ in $(seq 1 60); do [ -s "$dir/jdbc-url" ] && return 0; sleep 0.5; done
  echo "the database did not start, see $dir/db.log"; exit 1
}

smtp_start() {
  java -cp "$(classpath)" partnerportal.dev.ClusterMail "$dir" 3025 >>"$dir/mail.log" 2>&1 &
  echo $! >"$dir/mail.pid"
  for _ in $(seq 1 60); do (exec 3<>/dev/tcp/127.0.0.1/3025) 2>/dev/null && return 0; sleep 0.5; done
  echo "the SMTP catcher did not start, see $dir/mail.log"; exit 1
}

instance_start() {
  local i=$1
  PORT=${ports[$i]} environment java -Dspring.aot.enabled=true ${PORTAL_JVM_OPTIONS:-@ops/jvm.options} \
    -jar target/portal/partner-portal.jar ${PORTAL_ARGS:-} >>"$dir/instance-$i.log" 2>&1 &
  echo $! >"$dir/instance-$i.pid"
  wait_for "http://127.0.0.1:${ports[$i]}/actuator/health/readiness" "instance $((i + 1))"
}

# Stops the process of a pid file: SIGTERM, then SIGKILL after 10 s; "kill" sends SIGKILL at once.
stop_pidfile() {
  local pidfile=$1 how=${2:-stop} pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if [ "$how" = kill ]; then kill -9 "$pid" 2>/dev/null || true; else kill "$pid" 2>/dev/null || true; fi
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

db() {
  case "${1:-}" in
    stop) stop_pidfile "$dir/db.pid" ;;
    kill)
      # The postmaster itself dies, as in a crash; its wrapper notices and exits.
      [ -f "$dir/pg/postmaster.pid" ] && kill -9 "$(head -1 "$dir/pg/postmaster.pid")" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$(cat "$dir/db.pid" 2>/dev/null || echo 0)" 2>/dev/null || break; sleep 0.25; done
      stop_pidfile "$dir/db.pid" ;;
    start) db_start ;;
    *) echo "usage: $0 db stop|kill|start"; exit 2 ;;
  esac
  echo "db ${1}: done"
}

smtp() {
  case "${1:-}" in
    stop) stop_pidfile "$dir/mail.pid" ;;
    start) smtp_start ;;
    *) echo "usage: $0 smtp stop|start"; exit 2 ;;
  esac
  echo "smtp ${1}: done"
}

instance() {
  local n=${1:-} i
  [[ "$n" =~ ^[1-9]$ ]] && [ "$n" -le "${#ports[@]}" ] || { echo "usage: $0 instance 1-${#ports[@]} stop|kill|start"; exit 2; }
  i=$((n - 1))
  case "${2:-}" in
    stop) stop_pidfile "$dir/instance-$i.pid" ;;
    kill) stop_pidfile "$dir/instance-$i.pid" kill ;;
    start) instance_start "$i" ;;
    *) echo "usage: $0 instance N stop|kill|start"; exit 2 ;;
  esac
  echo "instance $n ${2}: done"
}

# Runs "$@" in place of the current (sub)shell with the instances' settings.
environment() {
  # The cluster's key for secrets stored encrypted (webhook secrets, R12.1): made once, kept with its database.
  [ -s "$dir/secrets-key" ] || (umask 077 && head -c 32 /dev/urandom | base64 >"$dir/secrets-key")
  exec env PORTAL_SECRETS_KEY=$(cat "$dir/secrets-key") PORTAL_DB_URL=$(cat "$dir/jdbc-url") PORTAL_DB_USERNAME=postgres PORTAL_DB_PASSWORD= \
  PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT=3025 PORTAL_SMTP_AUTH=false PORTAL_SMTP_STARTTLS=false \
  PORTAL_MAIL_FROM=portal@cluster.example PORTAL_BASE_URL=http://127.0.0.1:8080 PORTAL_VENDOR_NAME=SentinelOne \
  PORTAL_BOOTSTRAP_ADMIN_EMAIL=$admin PORTAL_SECURE_COOKIES=false PORTAL_SESSION_COOKIE=PORTAL_SESSION \
  PORTAL_TRUSTED_PROXIES=127.0.0.1/32 "$@"
}

wait_for() {
  for _ in $(seq 1 120); do
    curl -fs "$1" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "$2 is not ready ($1)"; exit 1
}

csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

check() {
  local jar="$dir/cookies" password="cluster check password 2026" link token
  rm -f "$jar"
  for _ in $(seq 1 40); do grep -q '/account/activate' "$dir/links" 2>/dev/null && break; sleep 0.5; done
  link=$(grep -o 'http://[^ ]*/account/activate?token=[^ ]*' "$dir/links" | tail -1)
  [ -n "$link" ] || { echo "no activation email arrived"; exit 1; }
  token=${link##*token=}
  page=$(curl -fs -c "$jar" -b "$jar" "$link")
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$(csrf <<<"$page")" --data-urlencode "token=$token" \
    --data-urlencode "password=$password" --data-urlencode "confirmation=$password" http://127.0.0.1:8080/account/activate
  rm -f "$jar"
  page=$(curl -fs -c "$jar" -b "$jar" http://127.0.0.1:8080/login)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$(csrf <<<"$page")" \
    --data-urlencode "email=$admin" --data-urlencode "password=$password" http://127.0.0.1:8080/login)
  [ "$location" = "http://127.0.0.1:8080/" ] || { echo "login through nginx failed: redirected to '$location'"; exit 1; }
  # Six pages in a row: round robin sends them to every instance; the session is in PostgreSQL.
  for _ in 1 2 3 4 5 6; do
    page=$(curl -fs -c "$jar" -b "$jar" http://127.0.0.1:8080/admin/audit) || page=""
    grep -q '<title>Audit trail' <<<"$page" || { echo "a logged-in page failed on one of the instances"; exit 1; }
  done
  spread=""
  for i in "${!ports[@]}"; do spread+=" instance $i: $(grep -c 'GET /admin/audit' "$dir/instance-$i.log" || true)"; done
  echo "checked: activation and login through nginx, then 6 admin pages in one session, served by$spread"
}

stop() {
  [ -f "$dir/nginx.pid" ] && nginx -c "$PWD/$dir/nginx.conf" -s quit 2>/dev/null || true
  for pidfile in "$dir"/instance-*.pid "$dir"/mail.pid "$dir"/db.pid; do
    stop_pidfile "$pidfile"
  done
  for _ in $(seq 1 20); do [ -f "$dir/nginx.pid" ] || break; sleep 0.25; done
  local left="$PWD/$dir/nginx.conf|ClusterDatabase $dir|ClusterMail $dir"
  if pgrep -f "$left" >/dev/null; then
    echo "processes left behind:"; pgrep -af "$left"; exit 1
  fi
  echo "cluster stopped, nothing left running"
}

case "${1:-}" in
  start) start ;;
  check) check ;;
  stop) stop ;;
  db) db "${2:-}" ;;
  smtp) smtp "${2:-}" ;;
  instance) instance "${2:-}" "${3:-}" ;;
  *) echo "usage: $0 start|check|stop|db …|smtp …|instance N …"; exit 2 ;;
esac
