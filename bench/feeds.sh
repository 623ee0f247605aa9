#!/usr/bin/env bash
# Benchmarks `folio feed` against Hugo building the same corpus.
#
#   bash bench/feeds.sh [COUNT]
#
#   COUNT   articles in the corpus (default 10000), generated once into bench/out/corpus-COUNT/
#           by bench/generate_corpus.py (shared with bench/run.sh) and reused after that
#
# Jobs: folio's RSS, Atom and JSON feeds of the newest 50 articles, and a full-content RSS feed
# of every article; Hugo building a minimal site with the same articles as content/posts: every
# page rendered through a one-line layout (`{{ .Content }}`, so Hugo really converts every
# body), taxonomies, sections, sitemap and 404 disabled, and only Hugo's built-in RSS template
# for the home page, once with rssLimit = 50 and once with rssLimit = -1 (every article). The
# script checks that Hugo rendered one page per published article and that each feed has the
# items it should before it prints anything.
#
# Environment: BENCH_RUNS (default 5) runs per job, the medians count (bench/common.sh);
# FEEDS_BUILD_DIR (default build-bench, as bench/run.sh) is where folio is built in Release.
#
# Prints a Markdown table: wall seconds, CPU seconds and peak RSS (GNU time's %M), each the
# median of the runs, and how many times longer Hugo's build takes than the folio job it
# corresponds to.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
bench_count feeds.sh -- "$@"
build_dir=${FEEDS_BUILD_DIR:-build-bench}

# --- tools ------------------------------------------------------------------------------------
bench_install time hugo

# --- build ------------------------------------------------------------------------------------
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -G Ninja >/dev/null
cmake --build "$build_dir" --target folio -j "$(nproc)" >&2
folio=$PWD/$build_dir/folio

# --- corpus and Hugo site ---------------------------------------------------------------------
bench_corpus
corpus=$PWD/$corpus
site=$PWD/bench/out/hugo-feeds-$count
rm -rf "$site"
mkdir -p "$site/content" "$site/layouts/_default"
# Hard links: the same files Hugo and folio read, without copying 50 MB.
cp -al "$corpus/articles" "$site/content/posts" 2>/dev/null || cp -r "$corpus/articles" "$site/content/posts"
echo '{{ .Content }}' >"$site/layouts/_default/single.html"
for limit in 50 -1; do
  cat >"$site/config-$limit.toml" <<TOML
baseURL = "https://example.org/"
title = "Feeds benchmark"
disableKinds = ["taxonomy", "term", "section", "sitemap", "robotsTXT", "404"]
rssLimit = $limit
[outputs]
home = ["RSS"]
page = ["HTML"]
TOML
done

# --- measuring --------------------------------------------------------------------------------
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bench_tmp=$out
declare -A items
# measure NAME ITEMS COMMAND...: the medians of the job's runs (bench/common.sh).
measure() {
  local name=$1 n=$2
  shift 2
  items[$name]=$n
  bench_measure "$name" "$@"
}

count_items() { /usr/bin/python3 -c '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
print(len(root.findall("channel/item")) or len(root.findall("{http://www.w3.org/2005/Atom}entry")))' "$1"; }

echo "feeds.sh: $count articles, $bench_runs runs per job, $(nproc) cores" >&2
base=(--base-url https://example.org/)
# The full feed first: its item count is the number of published (non-draft) articles.
measure "folio feed --limit 0 (full content, every article)" all \
  "$folio" feed "$corpus/articles" -o "$out/all.xml" --limit 0 "${base[@]}"
published=$(count_items "$out/all.xml")
items["folio feed --limit 0 (full content, every article)"]=$published
measure "folio feed --limit 50 (RSS)" 50 "$folio" feed "$corpus/articles" -o "$out/50.xml" --limit 50 "${base[@]}"
measure "folio feed --limit 50 --format atom" 50 \
  "$folio" feed "$corpus/articles" -o "$out/50.atom" --limit 50 --format atom "${base[@]}"
measure "folio feed --limit 50 --format json" 50 \
  "$folio" feed "$corpus/articles" -o "$out/50.json" --limit 50 --format json "${base[@]}"
measure "hugo, rssLimit = 50" 50 hugo --quiet -s "$site" --config "$site/config-50.toml" -d "$out/hugo-50"
measure "hugo, rssLimit = -1 (every article)" "$published" \
  hugo --quiet -s "$site" --config "$site/config--1.toml" -d "$out/hugo-all"

# --- checks -----------------------------------------------------------------------------------
fail() { echo "feeds.sh: $*" >&2; exit 1; }
pages=$(find "$out/hugo-50/posts" -name index.html | wc -l)
((pages == published)) || fail "Hugo rendered $pages pages, folio found $published published articles"
[[ $(count_items "$out/50.xml") == 50 || $published -lt 50 ]] || fail "folio's RSS does not have 50 items"
[[ $(count_items "$out/50.atom") == 50 || $published -lt 50 ]] || fail "folio's Atom does not have 50 entries"
[[ $(count_items "$out/hugo-50/index.xml") == 50 || $published -lt 50 ]] || fail "Hugo's RSS does not have 50 items"
[[ $(count_items "$out/hugo-all/index.xml") == "$published" ]] || fail "Hugo's full RSS lacks items"

# --- report -----------------------------------------------------------------------------------
hugo_for() { [[ ${items[$1]} == 50 ]] && echo "hugo, rssLimit = 50" || echo "hugo, rssLimit = -1 (every article)"; }
echo
echo "Corpus: $count articles ($published published, the rest drafts), $corpus; Hugo rendered" \
  "$pages pages; $(nproc) cores; medians of $bench_runs runs, load $(cut -d' ' -f1-3 /proc/loadavg); $(hugo version | cut -d' ' -f1-2)."
echo
echo "| job | items | seconds | CPU s | peak MB | spread | Hugo ÷ this |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for job in "${jobs[@]}"; do
  mb=$(awk -v k="${peak_kb[$job]}" 'BEGIN { printf "%.1f", k / 1024 }')
  ratio="—"
  if [[ $job != hugo* ]]; then
    ratio=$(awk -v h="${seconds[$(hugo_for "$job")]}" -v s="${seconds[$job]}" 'BEGIN { printf "%.1f×", h / s }')
  fi
  echo "| \`$job\` | ${items[$job]} | ${seconds[$job]} | ${cpu[$job]} | $mb | ${spread[$job]} | $ratio |"
done
