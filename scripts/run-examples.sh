#!/usr/bin/env bash
# The main job on the bundled examples/: installs what is missing, builds, then lints the
# articles and writes their canonical form. Prints where the output went.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
out=build/examples-output
rm -rf "$out.tmp" && mkdir -p "$out.tmp"
# The examples carry deliberate warnings (mojibake, a missing image) but no errors.
build/folio check --config examples/folio.toml examples/posts >"$out.tmp/check.txt" 2>&1
build/folio inspect --config examples/folio.toml examples/posts >"$out.tmp/articles.json"
rm -rf "$out" && mv "$out.tmp" "$out"
cat "$out/check.txt"
echo
echo "folio: lint report in $out/check.txt"
echo "folio: canonical articles (JSON) in $out/articles.json"
