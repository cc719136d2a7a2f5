#!/usr/bin/env bash
# Refreshes the third-party data files committed under src/: axe-core (accessibility rules for the
# browser tests). Needs npm and the npm registry. Records version and licence next to each file.
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
