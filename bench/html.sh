#!/usr/bin/env bash
# Benchmarks `folio html` against Hugo building the same corpus into a site.
#
#   bash bench/html.sh [COUNT]
#
#   COUNT   articles in the corpus (default 10000), generated once into bench/out/corpus-COUNT/
#           by bench/generate_corpus.py (shared with bench/run.sh) and reused after that
#
# Jobs: `folio html` (one worker per core, and one thread) writing the whole site: a page per
# article with its local images, the index 20 per page, a page per tag and per category, 404,
# stylesheet, sitemap, RSS and Atom. Hugo (Debian's 0.111) builds the same articles as
# content/posts with a minimal layout that renders what folio's pages show: title, date, tags,
# summary, the body and the previous/next links on each page; a paginated list (20 per page) on
# the home page and on every tag and category page; sitemap, 404 and the home page's RSS.
# The script checks that both wrote one page per published article before it prints anything.
#
# Environment: BENCH_RUNS (default 5) runs per job, the medians count (bench/common.sh);
# HTML_BUILD_DIR (default build-bench, as bench/run.sh) is where folio is built in Release; BENCH_OUT (default
# /dev/shm, a RAM file system) is where the sites are written (see "measuring" below for why).
#
# Prints a Markdown table: wall seconds, CPU seconds (user + system) and peak RSS (GNU time's
# %M), each the median of the runs, their spread, and how many times longer Hugo's build takes.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
bench_count html.sh -- "$@"
build_dir=${HTML_BUILD_DIR:-build-bench}

# --- tools ------------------------------------------------------------------------------------
bench_install time hugo

# --- build ------------------------------------------------------------------------------------
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -G Ninja >/dev/null
cmake --build "$build_dir" --target folio -j "$(nproc)" >&2
folio=$PWD/$build_dir/folio

# --- corpus and Hugo site ---------------------------------------------------------------------
bench_corpus
corpus=$PWD/$corpus
site=$PWD/bench/out/hugo-html-$count
source bench/hugo_site.sh
bench_hugo_site "$site" "$corpus/articles"

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
  bench_time_once "hugo (minimal layout)" hugo --quiet -s "$site" -d "$out/hugo.$round"
done
for name in "folio html" "folio html --threads 1" "hugo (minimal layout)"; do
  bench_summarize "$name"
done

# --- checks -----------------------------------------------------------------------------------
fail() { echo "html.sh: $*" >&2; exit 1; }
published=$(grep -L '^draft: true' "$corpus"/articles/*.md | wc -l)
folio_pages=$(find "$out/folio.1/posts" -name index.html | wc -l)
hugo_pages=$(find "$out/hugo.1/posts" -name index.html | wc -l)
((folio_pages == published)) || fail "folio wrote $folio_pages article pages, $published are published"
((hugo_pages == published)) || fail "Hugo wrote $hugo_pages article pages, $published are published"
folio_files=$(find "$out/folio.1" -type f | wc -l)
hugo_files=$(find "$out/hugo.1" -type f | wc -l)

# --- report -----------------------------------------------------------------------------------
base=${seconds["hugo (minimal layout)"]}
echo "HTML site: $count articles ($published published), $(nproc) cores, medians of $bench_runs interleaved runs, load $(cut -d' ' -f1-3 /proc/loadavg), output on $out_fs ($(dirname "$out"))"
echo "folio wrote $folio_files files, Hugo $hugo_files"
echo
echo "| job | wall s | CPU s | peak RSS MB | spread | Hugo ÷ this (wall) |"
echo "|---|---:|---:|---:|---:|---:|"
for name in "hugo (minimal layout)" "folio html" "folio html --threads 1"; do
  awk -v n="$name" -v s="${seconds[$name]}" -v c="${cpu[$name]}" -v kb="${peak_kb[$name]}" -v b="$base" \
    -v sp="${spread[$name]}" 'BEGIN { printf "| %s | %.3f | %.2f | %.1f | %s | %.2f× |\n", n, s, c, kb / 1024, sp, b / s }'
done
