#!/usr/bin/env bash
# Signs a user of a demo partner domain in to the portal through Keycloak 26 (R11.2), end to end over
# HTTP: downloads Keycloak from Maven Central (org.keycloak:keycloak-quarkus-dist), starts it in dev
# mode, creates a realm with a confidential client and a user at bastion-it.fr, starts the portal's
# dev run on fresh data, connects Bastion IT to the realm as the demo vendor admin would (Administration
# → Identity providers, connection test included), then logs the user in: email on the portal's login
# page, password on Keycloak's, back to the portal with a new account. Prints each step; exit 0 = signed on.
#   ops/keycloak-check.sh            (KC_PORT=8180, PORTAL_PORT=8090 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
KC_VERSION=26.4.5
KC_PORT=${KC_PORT:-8180}
PORTAL_PORT=${PORTAL_PORT:-8090}
portal="http://localhost:$PORTAL_PORT"
keycloak="http://localhost:$KC_PORT"
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; sleep 2; rm -rf "$work"' EXIT
step() { printf '%s  %s\n' "$(date +%T)" "$*"; }
# wait_for URL PID LOG: until the URL answers, or the process behind it ends (its log then shown).
wait_for() {
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$2" 2>/dev/null || { tail -40 "$3" >&2; echo "it stopped before $1 answered" >&2; exit 1; }
    sleep 1
  done
  echo "gave up waiting for $1" >&2; exit 1
}
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

step "Keycloak $KC_VERSION from Maven Central"
./mvnw -q -B dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip -DoutputDirectory="$work"
unzip -q "$work/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$work"
kc="$work/keycloak-$KC_VERSION"
admin_password=$(openssl rand -hex 16)
client_secret=$(openssl rand -hex 24)
user_password=$(openssl rand -hex 12)
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
  "$kc/bin/kc.sh" start-dev --http-port="$KC_PORT" >"$work/keycloak.log" 2>&1 &
keycloak_pid=$!
pids+=($keycloak_pid)

step "portal dev run on port $PORTAL_PORT (fresh data)"
./mvnw -B -ntp spring-boot:test-run -Dspring-boot.run.arguments="--server.port=$PORTAL_PORT \
  --portal.dev.smtp-port=0 --portal.dev.webhook-port=0 --portal.dev.idp-port=0 \
  --portal.dev.postgres-data-dir=$work/pg" >"$work/portal.log" 2>&1 &
portal_pid=$!
pids+=($portal_pid)

wait_for "$keycloak/realms/master/.well-known/openid-configuration" "$keycloak_pid" "$work/keycloak.log"
step "Keycloak is up: realm bastion, client partner-portal, user hugo.petit@bastion-it.fr"
kcadm="$kc/bin/kcadm.sh"
"$kcadm" config credentials --server "$keycloak" --realm master --user admin --password "$admin_password" \
  --config "$work/kcadm.config" >/dev/null
"$kcadm" create realms --config "$work/kcadm.config" -s realm=bastion -s enabled=true >/dev/null
"$kcadm" create clients --config "$work/kcadm.config" -r bastion -s clientId=partner-portal -s enabled=true \
  -s publicClient=false -s standardFlowEnabled=true -s secret="$client_secret" \
  -s "redirectUris=[\"$portal/login/oauth2/code/sso\"]" >/dev/null
"$kcadm" create users --config "$work/kcadm.config" -r bastion -s username=hugo.petit@bastion-it.fr \
  -s email=hugo.petit@bastion-it.fr -s emailVerified=true -s firstName=Hugo -s lastName=Petit -s enabled=true >/dev/null
"$kcadm" set-password --config "$work/kcadm.config" -r bastion --username hugo.petit@bastion-it.fr \
  --new-password "$user_password" >/dev/null

wait_for "$portal/actuator/health/readiness" "$portal_pid" "$work/portal.log"
step "portal is up: the demo vendor admin connects Bastion IT to the realm"
jar="$work/admin.cookies"
token=$(curl -s -c "$jar" -b "$jar" "$portal/login" | csrf)
token=$(curl -s -c "$jar" -b "$jar" --data-urlencode "email=olivia.martin@sentinelone.example" \
  --data-urlencode "_csrf=$token" "$portal/login/identify" | csrf)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=olivia.martin@sentinelone.example" \
  --data-urlencode "password=Demo-Vendor-Admin-2026" --data-urlencode "_csrf=$token" "$portal/login"
page=$(curl -s -c "$jar" -b "$jar" "$portal/admin/identity-providers")
bastion=$(grep -o '<option value="[0-9a-f-]*">Bastion IT</option>' <<<"$page" | sed 's/.*value="\([^"]*\)".*/\1/')
answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "owner=$bastion" --data-urlencode "issuer=$keycloak/realms/bastion" \
  --data-urlencode "clientId=partner-portal" --data-urlencode "clientSecret=$client_secret" \
  --data-urlencode "scopes=openid email profile" --data-urlencode "emailClaim=email" \
  --data-urlencode "emailMustBeVerified=true" --data-urlencode "passwordsAllowed=true" \
  --data-urlencode "domains=bastion-it.fr" --data-urlencode "action=connect" \
  --data-urlencode "_csrf=$(csrf <<<"$page")" "$portal/admin/identity-providers")
step "connected: $answer"
[[ $answer == 302* ]] || { echo "the provider was not connected" >&2; exit 1; }

step "hugo.petit@bastion-it.fr types his email on the portal's login page"
jar="$work/user.cookies"
token=$(curl -s -c "$jar" -b "$jar" "$portal/login" | csrf)
to_provider=$(curl -s -c "$jar" -b "$jar" --data-urlencode "email=hugo.petit@bastion-it.fr" \
  --data-urlencode "_csrf=$token" "$portal/login/identify" \
  | grep -o 'href="[^"]*" data-follow' | sed 's/href="\([^"]*\)".*/\1/; s/&amp;/\&/g')
step "the page continues to $to_provider"
[[ -n $to_provider ]] || { echo "the portal did not send the user to a provider" >&2; exit 1; }
login_page=$(curl -s -L -c "$jar" -b "$jar" "$portal$to_provider")
action=$(grep -o 'id="kc-form-login"[^>]*action="[^"]*"' <<<"$login_page" | sed 's/.*action="\([^"]*\)"/\1/; s/&amp;/\&/g')
[[ -n $action ]] || { echo "no Keycloak login form" >&2; exit 1; }
step "Keycloak's login form; signing in"
callback=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "username=hugo.petit@bastion-it.fr" --data-urlencode "password=$user_password" "$action")
step "back to ${callback%%\?*}"
landing=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$callback")
step "the portal answers: $landing"
welcome=$(curl -s -c "$jar" -b "$jar" "$portal/" | grep -o 'Welcome, [^<]*' | head -1)
step "home page: ${welcome:-no welcome}"
[[ $welcome == "Welcome, Hugo Petit" ]] || { echo "not signed on" >&2; exit 1; }
step "signed on through Keycloak $KC_VERSION"
