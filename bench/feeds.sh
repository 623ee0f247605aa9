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
# Environment: BENCH_RUNS (default 3) runs per job, the best wall time counts; FEEDS_BUILD_DIR
# (default build-bench, as bench/run.sh) is where folio is built in Release.
#
# Prints a Markdown table: wall seconds and peak RSS (GNU time's %M) of the best run, and how
# many times longer Hugo's build takes than the folio job it corresponds to.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
bench_count feeds.sh -- "$@"
runs=${BENCH_RUNS:-3}
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
declare -A seconds peak_kb items
jobs=()
# measure NAME ITEMS COMMAND...: the fastest of $runs runs (wall time from bash's microsecond
# clock) and that run's peak RSS. A failing run aborts with its stderr.
measure() {
  local name=$1 n=$2
  shift 2
  local best_s="" best_kb="" i start s elapsed kb
  for ((i = 1; i <= runs; i++)); do
    start=$EPOCHREALTIME
    if ! /usr/bin/time -f '%e %M' -o "$out/time" "$@" >/dev/null 2>"$out/stderr"; then
      echo "feeds.sh: '$name' failed:" >&2
      tail -20 "$out/stderr" >&2
      exit 1
    fi
    s=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')
    read -r elapsed kb <"$out/time"
    if [[ -z $best_s ]] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
      best_s=$s best_kb=$kb
    fi
  done
  seconds[$name]=$best_s
  peak_kb[$name]=$best_kb
  items[$name]=$n
  jobs+=("$name")
  printf 'feeds.sh: %-50s %9s s %8s KB\n' "$name" "$best_s" "$best_kb" >&2
}

count_items() { /usr/bin/python3 -c '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
print(len(root.findall("channel/item")) or len(root.findall("{http://www.w3.org/2005/Atom}entry")))' "$1"; }

echo "feeds.sh: $count articles, $runs runs per job, $(nproc) cores" >&2
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
  "$pages pages; $(nproc) cores; best of $runs runs; $(hugo version | cut -d' ' -f1-2)."
echo
echo "| job | items | seconds | peak MB | Hugo ÷ this |"
echo "|---|---:|---:|---:|---:|"
for job in "${jobs[@]}"; do
  mb=$(awk -v k="${peak_kb[$job]}" 'BEGIN { printf "%.1f", k / 1024 }')
  ratio="—"
  if [[ $job != hugo* ]]; then
    ratio=$(awk -v h="${seconds[$(hugo_for "$job")]}" -v s="${seconds[$job]}" 'BEGIN { printf "%.1f×", h / s }')
  fi
  echo "| \`$job\` | ${items[$job]} | ${seconds[$job]} | $mb | $ratio |"
done
