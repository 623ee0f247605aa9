#!/usr/bin/env bash
# The main job on the bundled examples/: installs what is missing, builds, then lints the
# articles and writes their canonical form. Prints where the output went.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
out=build/examples-output
rm -rf "$out.tmp" && mkdir -p "$out.tmp"
# check exits 1 when it finds errors, and the examples carry deliberate ones to show it.
build/folio check examples/ >"$out.tmp/check.txt" 2>&1 || true
build/folio inspect examples/ >"$out.tmp/articles.json"
rm -rf "$out" && mv "$out.tmp" "$out"
cat "$out/check.txt"
echo
echo "folio: lint report in $out/check.txt"
echo "folio: canonical articles (JSON) in $out/articles.json"
