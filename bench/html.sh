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
# Environment: BENCH_RUNS (default 3) runs per job, the best wall time counts; HTML_BUILD_DIR
# (default build-bench, as bench/run.sh) is where folio is built in Release; BENCH_OUT (default
# /dev/shm, a RAM file system) is where the sites are written (see "measuring" below for why).
#
# Prints a Markdown table: wall seconds, CPU seconds (user + system) and peak RSS (GNU time's
# %M) of the best run, and how many times longer Hugo's build takes.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
bench_count html.sh -- "$@"
runs=${BENCH_RUNS:-3}
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
rm -rf "$site"
mkdir -p "$site/content" "$site/layouts/_default"
# Hard links: the same files Hugo and folio read, without copying 50 MB.
cp -al "$corpus/articles" "$site/content/posts" 2>/dev/null || cp -r "$corpus/articles" "$site/content/posts"
cat >"$site/layouts/_default/single.html" <<'HTML'
<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title><meta name="description" content="{{ .Params.summary }}{{ .Params.excerpt }}">
<link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body><header><a href="{{ "" | relURL }}">{{ site.Title }}</a></header><main><article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ with .Params.category }}<a href="{{ "category/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}</p>
<ul>{{ range .Params.tags }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>
<p>{{ .Params.summary }}{{ .Params.excerpt }}</p>{{ .Content }}</article>
<nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></main></body></html>
HTML
cat >"$site/layouts/_default/list.html" <<'HTML'
<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title><link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body><main><h1>{{ .Title }}</h1>{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
<ol>{{ range (.Paginate $pages).Pages }}<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time>{{ .Date.Format "2 January 2006" }}</time></p><p>{{ .Params.summary }}{{ .Params.excerpt }}</p></li>{{ end }}</ol>
{{ template "_internal/pagination.html" . }}</main></body></html>
HTML
cat >"$site/config.toml" <<'TOML'
baseURL = "https://example.org/"
title = "HTML benchmark"
languageCode = "nl"
paginate = 20
disableKinds = ["section", "robotsTXT"]
[taxonomies]
tag = "tags"
category = "category"
[outputs]
home = ["HTML", "RSS"]
page = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]
TOML

# --- measuring --------------------------------------------------------------------------------
# Every run writes a fresh folder, on /dev/shm unless BENCH_OUT says otherwise (see there why).
source bench/output_folder.sh
out=$(bench_output_folder html)
out_fs=$(stat -f -c %T "$out")
trap 'rm -rf "$out"' EXIT
declare -A seconds cpu peak_kb best_seconds best_cpu best_kb
jobs=()
# measure NAME OUTDIR COMMAND...: the fastest of $runs runs (wall time from bash's microsecond
# clock), with that run's CPU time and peak RSS. OUTDIR must not exist yet.
measure() {
  local name=$1 dir=$2
  shift 2
  local best_s="" best_cpu="" best_kb="" i start s user sys kb
  for ((i = 1; i <= runs; i++)); do
    sync
    start=$EPOCHREALTIME
    if ! /usr/bin/time -f '%U %S %M' -o "$out/time" "$@" >/dev/null 2>"$out/stderr"; then
      echo "html.sh: '$name' failed:" >&2
      tail -20 "$out/stderr" >&2
      exit 1
    fi
    s=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')
    read -r user sys kb <"$out/time"
    if [[ -z $best_s ]] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
      best_s=$s best_kb=$kb
      best_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    fi
  done
  seconds[$name]=$best_s
  cpu[$name]=$best_cpu
  peak_kb[$name]=$best_kb
  jobs+=("$name")
  printf 'html.sh: %-34s %9s s wall %8s s CPU %8s KB\n' "$name" "$best_s" "$best_cpu" "$best_kb" >&2
}

echo "html.sh: $count articles, $runs runs per job, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# Interleaved, so a burst of load from elsewhere hits both sides.
for ((round = 1; round <= runs; round++)); do
  saved_runs=$runs
  runs=1
  measure "folio html" "$out/folio.$round" "$folio" html "$corpus/articles" -o "$out/folio.$round" \
    --base-url https://example.org/ --title "HTML benchmark"
  measure "folio html --threads 1" "$out/folio1.$round" "$folio" html --threads 1 "$corpus/articles" \
    -o "$out/folio1.$round" --base-url https://example.org/ --title "HTML benchmark"
  measure "hugo (minimal layout)" "$out/hugo.$round" hugo --quiet -s "$site" -d "$out/hugo.$round"
  runs=$saved_runs
  for name in "folio html" "folio html --threads 1" "hugo (minimal layout)"; do
    if [[ -z ${best_seconds[$name]:-} ]] || awk -v a="${seconds[$name]}" -v b="${best_seconds[$name]}" 'BEGIN { exit !(a < b) }'; then
      best_seconds[$name]=${seconds[$name]} best_cpu[$name]=${cpu[$name]} best_kb[$name]=${peak_kb[$name]}
    fi
  done
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
base=${best_seconds["hugo (minimal layout)"]}
echo "HTML site: $count articles ($published published), $(nproc) cores, best of $runs interleaved runs, output on $out_fs ($(dirname "$out"))"
echo "folio wrote $folio_files files, Hugo $hugo_files"
echo
echo "| job | wall s | CPU s | peak RSS MB | Hugo ÷ this (wall) |"
echo "|---|---:|---:|---:|---:|"
for name in "hugo (minimal layout)" "folio html" "folio html --threads 1"; do
  awk -v n="$name" -v s="${best_seconds[$name]}" -v c="${best_cpu[$name]}" -v kb="${best_kb[$name]}" -v b="$base" \
    'BEGIN { printf "| %s | %.3f | %.2f | %.1f | %.2f× |\n", n, s, c, kb / 1024, b / s }'
done
