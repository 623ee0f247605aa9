#!/usr/bin/env bash
# The main job on the bundled examples/: installs what is missing, builds, then lints the
# articles and writes every output folio makes of them. Prints where the output went.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
folio=${FOLIO:-build/folio}
config=(--config examples/folio.toml)
posts=examples/posts
out=build/examples-output
rm -rf "$out.tmp" && mkdir -p "$out.tmp"

# The examples carry deliberate warnings (mojibake, a missing image) but no errors.
"$folio" check "${config[@]}" "$posts" >"$out.tmp/check.txt" 2>&1
"$folio" inspect "${config[@]}" "$posts" >"$out.tmp/articles.json"
"$folio" feed "${config[@]}" "$posts" --format rss -o "$out.tmp/feed.xml"
"$folio" feed "${config[@]}" "$posts" --format atom -o "$out.tmp/feed.atom"
"$folio" feed "${config[@]}" "$posts" --format json -o "$out.tmp/feed.json"
"$folio" epub "${config[@]}" "$posts" -o "$out.tmp/book.epub"
"$folio" hugo "${config[@]}" "$posts" -o "$out.tmp/hugo/content" 2>>"$out.tmp/check.txt"
"$folio" markdown "${config[@]}" "$posts" --style b -o "$out.tmp/style-b" 2>>"$out.tmp/check.txt"
# The examples link each other by their URLs on the old blog (/blog/<slug>).
"$folio" html "${config[@]}" "$posts" --old-permalink /blog/:slug -o "$out.tmp/site" 2>>"$out.tmp/check.txt"

rm -rf "$out" && mv "$out.tmp" "$out"
cat "$out/check.txt"
echo
echo "folio: lint report            $out/check.txt"
echo "folio: canonical articles     $out/articles.json"
echo "folio: RSS / Atom / JSON feed $out/feed.xml  $out/feed.atom  $out/feed.json"
echo "folio: EPUB book              $out/book.epub"
echo "folio: Hugo content           $out/hugo/content"
echo "folio: style-B Markdown       $out/style-b"
echo "folio: HTML site              $out/site/index.html (open it from disk: no server needed)"
