#!/usr/bin/env bash
# Benchmarks `folio html` against Hugo building the same corpus into a site.
#
#   bash bench/html.sh [COUNT]
#
#   COUNT   articles in the corpus (default 10000), generated once into bench/out/corpus-COUNT/
#           by bench/generate_corpus.py (shared with bench/run.sh) and reused after that
#
# Jobs: `folio html` (one worker per core, and one thread) writing the whole site: a page per
# article with its local images, reading time, related posts, Open Graph, Twitter and JSON-LD,
# highlighted code with a copy button; the index 20 per page with numbered pagination, a page
# per tag and per category, the archive by year and month, the search page and its index, 404,
# robots.txt, stylesheet, sitemap, RSS and Atom with their XSL stylesheet and the feeds page.
# Hugo (Debian's 0.111) builds the same articles as content/posts with a layout that renders the
# same things with Hugo's own means (`.ReadingTime`, `.TableOfContents`, Chroma, `.Related` on
# tags, `.GroupByDate`, the internal pagination, Open Graph and Twitter templates, a JSON
# `index.json` search index, `enableRobotsTXT`; bench/hugo_site.sh lists all of it), or with
# HUGO_LAYOUT=minimal the layout this script used before folio's site had those features.
# The script checks that both wrote one page per published article and that Hugo printed
# nothing (no error or warning) before it prints anything.
#
# Environment: BENCH_RUNS (default 5) runs per job, the medians count (bench/common.sh);
# HTML_BUILD_DIR (default build-bench, as bench/run.sh) is where folio is built in Release; BENCH_OUT (default
# /dev/shm, a RAM file system) is where the sites are written (see "measuring" below for why);
# HUGO_LAYOUT (default features; or minimal) the Hugo layout (bench/hugo_site.sh).
#
# Prints a Markdown table: wall seconds, CPU seconds (user + system) and peak RSS (GNU time's
# %M), each the median of the runs, their spread, and how many times longer Hugo's build takes
# (wall) and how many times more CPU time it uses.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
bench_count html.sh -- "$@"
build_dir=${HTML_BUILD_DIR:-build-bench}
hugo_layout=${HUGO_LAYOUT:-features}
[[ $hugo_layout == features || $hugo_layout == minimal ]] ||
  { echo "html.sh: HUGO_LAYOUT must be features or minimal, not '$hugo_layout'" >&2; exit 2; }
hugo_job="hugo ($hugo_layout layout)"

# --- tools ------------------------------------------------------------------------------------
bench_install time hugo

# --- build ------------------------------------------------------------------------------------
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -G Ninja >/dev/null
cmake --build "$build_dir" --target folio -j "$(nproc)" >&2
folio=$PWD/$build_dir/folio

# --- corpus and Hugo site ---------------------------------------------------------------------
bench_corpus
corpus=$PWD/$corpus
site=$PWD/bench/out/hugo-html-$hugo_layout-$count
source bench/hugo_site.sh
bench_hugo_site "$site" "$corpus/articles" "$hugo_layout"

# --- measuring --------------------------------------------------------------------------------
# Every run writes a fresh folder, on /dev/shm unless BENCH_OUT says otherwise (see there why).
source bench/output_folder.sh
out=$(bench_output_folder html)
out_fs=$(stat -f -c %T "$out")
trap 'rm -rf "$out"' EXIT
bench_tmp=$out

echo "html.sh: $count articles, $bench_runs runs per job, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# Interleaved, so a burst of load from elsewhere hits both sides; each run writes a fresh folder.
for ((round = 1; round <= bench_runs; round++)); do
  sync
  bench_time_once "folio html" "$folio" html "$corpus/articles" -o "$out/folio.$round" \
    --base-url https://example.org/ --title "HTML benchmark"
  sync
  bench_time_once "folio html --threads 1" "$folio" html --threads 1 "$corpus/articles" \
    -o "$out/folio1.$round" --base-url https://example.org/ --title "HTML benchmark"
  sync
  bench_time_once "$hugo_job" hugo --quiet -s "$site" -d "$out/hugo.$round"
  # Hugo ran last: what it printed is still there. --quiet keeps errors and warnings.
  if [[ -s $bench_tmp/stderr ]]; then
    echo "html.sh: Hugo printed (round $round):" >&2
    head -20 "$bench_tmp/stderr" >&2
    exit 1
  fi
done
for name in "folio html" "folio html --threads 1" "$hugo_job"; do
  bench_summarize "$name"
done

# --- checks -----------------------------------------------------------------------------------
fail() { echo "html.sh: $*" >&2; exit 1; }
published=$(grep -L '^draft: true' "$corpus"/articles/*.md | wc -l)
folio_pages=$(find "$out/folio.1/posts" -name index.html | wc -l)
hugo_pages=$(find "$out/hugo.1/posts" -name index.html | wc -l)
((folio_pages == published)) || fail "folio wrote $folio_pages article pages, $published are published"
((hugo_pages == published)) || fail "Hugo wrote $hugo_pages article pages, $published are published"
if [[ $hugo_layout == features ]]; then
  for file in robots.txt feed.xml atom.xml feed.xsl index.json search/index.html search.js \
    archive/index.html feeds/index.html 404.html style.css sitemap.xml; do
    [[ -s $out/hugo.1/$file ]] || fail "Hugo wrote no $file"
  done
fi
folio_files=$(find "$out/folio.1" -type f | wc -l)
hugo_files=$(find "$out/hugo.1" -type f | wc -l)

# --- report -----------------------------------------------------------------------------------
base=${seconds[$hugo_job]}
base_cpu=${cpu[$hugo_job]}
echo "HTML site: $count articles ($published published), $(nproc) cores, medians of $bench_runs interleaved runs, load $(cut -d' ' -f1-3 /proc/loadavg), output on $out_fs ($(dirname "$out"))"
echo "folio wrote $folio_files files, Hugo $hugo_files"
echo
echo "| job | wall s | CPU s | peak RSS MB | spread | Hugo ÷ this (wall) | Hugo ÷ this (CPU) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for name in "$hugo_job" "folio html" "folio html --threads 1"; do
  awk -v n="$name" -v s="${seconds[$name]}" -v c="${cpu[$name]}" -v kb="${peak_kb[$name]}" -v b="$base" \
    -v bc="$base_cpu" -v sp="${spread[$name]}" \
    'BEGIN { printf "| %s | %.3f | %.2f | %.1f | %s | %.2f× | %.2f× |\n", n, s, c, kb / 1024, sp, b / s, bc / c }'
done
