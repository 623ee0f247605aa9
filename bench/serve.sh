#!/usr/bin/env bash
# Benchmarks `folio serve` against `hugo server`: the time from saving one article to its
# rebuilt page on disk, on the same generated corpus.
#
#   bash bench/serve.sh [COUNT]
#
#   COUNT   articles in the corpus (default 10000), generated once into bench/out/corpus-COUNT/
#           by bench/generate_corpus.py (shared with bench/run.sh) and reused after that
#
# Both servers get their own copy of the articles and write their site to disk: folio serve as
# it always does, Hugo with --renderToDisk (its default keeps the site in memory), with the
# minimal layout of bench/hugo_site.sh (the one this script's published numbers were measured
# with; bench/html.sh builds the feature layout by default). Hugo runs with
# --disableFastRender: in its default fast-render mode it re-renders only the pages a browser
# has open, and no browser is open here. Then bench/time_edits.py saves the same articles, spread
# over the corpus, one at a time, each as editors save (a new file renamed over the old one),
# and polls the article's page on disk until it holds the edit; the table has the median.
#
# Environment: SERVE_EDITS (default 9) edits per server; HTML_BUILD_DIR (default build-bench)
# where folio is built in Release; BENCH_OUT (default /dev/shm) where the copies and sites go.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
bench_count serve.sh -- "$@"
build_dir=${HTML_BUILD_DIR:-build-bench}
edits=${SERVE_EDITS:-9}
bench_install hugo

cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -G Ninja >/dev/null
cmake --build "$build_dir" --target folio -j "$(nproc)" >&2
folio=$PWD/$build_dir/folio

bench_corpus
corpus=$PWD/$corpus
source bench/output_folder.sh
work=$(bench_output_folder serve)
out_fs=$(stat -f -c %T "$work")
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# wait_for LOG TEXT: until the server's log says it is ready.
wait_for() {
  local i
  for ((i = 0; i < 1200; i++)); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "serve.sh: the server did not get ready; its log:" >&2
  tail -20 "$1" >&2
  exit 1
}

# The same articles for both: published ones spread evenly over the corpus.
mapfile -t published < <(grep -L '^draft: true' "$corpus"/articles/*.md | sed 's|.*/||')
names=()
for ((i = 0; i < edits; i++)); do
  names+=("${published[$(((2 * i + 1) * ${#published[@]} / (2 * edits)))]}")
done

mkdir -p "$work/folio-input"
cp -r "$corpus/articles/." "$work/folio-input/"
port=$(free_port)
started=$(date +%s.%N)
# --no-drafts: the same pages as hugo server, which leaves drafts out without -D.
"$folio" serve "$work/folio-input" -o "$work/folio-site" --port "$port" --no-drafts \
  --base-url https://example.org/ --title "HTML benchmark" >"$work/folio.log" 2>&1 &
pids+=($!)
wait_for "$work/folio.log" "watching for changes"
folio_start=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "serve.sh: folio serve is up ($folio_start s); timing $edits edits" >&2
folio_ms=$(/usr/bin/python3 bench/time_edits.py "$work/folio-input" "$work/folio-site" "${names[@]}")
folio_ms=${folio_ms#median }
rebuilt=$(grep -c "rebuilt" "$work/folio.log" || true)
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true

bench_hugo_site_dir=$work/hugo-site
source bench/hugo_site.sh
bench_hugo_site "$bench_hugo_site_dir" "$corpus/articles" minimal
port=$(free_port)
started=$(date +%s.%N)
hugo server -s "$bench_hugo_site_dir" --renderToDisk --disableFastRender -d "$work/hugo-public" \
  --port "$port" --bind 127.0.0.1 --disableLiveReload >"$work/hugo.log" 2>&1 &
pids+=($!)
wait_for "$work/hugo.log" "Web Server is available"
hugo_start=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "serve.sh: hugo server is up ($hugo_start s); timing $edits edits" >&2
hugo_ms=$(/usr/bin/python3 bench/time_edits.py "$bench_hugo_site_dir/content/posts" \
  "$work/hugo-public" "${names[@]}")
hugo_ms=${hugo_ms#median }

echo "Live rebuild: $count articles, $(nproc) cores, median of $edits edits, load $(cut -d' ' -f1-3 /proc/loadavg), output on $out_fs ($(dirname "$work"))"
echo
echo "| server | first build s | save → page on disk, median ms | hugo ÷ this |"
echo "|---|---:|---:|---:|"
awk -v s="$hugo_start" -v m="$hugo_ms" 'BEGIN { printf "| hugo server --renderToDisk --disableFastRender | %s | %.1f | 1.00× |\n", s, m }'
awk -v s="$folio_start" -v m="$folio_ms" -v h="$hugo_ms" 'BEGIN { printf "| folio serve | %s | %.1f | %.1f× |\n", s, m, h / m }'
