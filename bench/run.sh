#!/usr/bin/env bash
# Benchmarks folio against md4c's own renderer and pandoc on a generated corpus.
#
#   bash bench/run.sh [COUNT] [--no-folio]
#
#   COUNT        articles in the corpus (default 10000); the corpus is generated once per count
#                into bench/out/corpus-COUNT/ by bench/generate_corpus.py and reused after that
#   --no-folio   measure only the baselines (md4c, pandoc), for when folio does not build
#
# Environment: BENCH_RUNS (default 5) runs per job, the medians count (bench/common.sh);
# PANDOC_ARTICLES (default 1000) bodies for the pandoc job, one pandoc process per file, one run.
#
# Builds Release in build-bench/, installs the Debian packages `time` and `pandoc` if missing,
# then prints a Markdown table: wall seconds, CPU seconds (user + system) and peak RSS (GNU
# time's %M), medians of BENCH_RUNS runs, microseconds per article, folio's cost relative to
# md4c parse+render in wall and in CPU time (CPU time holds up better on a loaded machine), and
# how many times slower pandoc is per article. Runs from any directory.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
bench_count run.sh --no-folio -- "$@"
with_folio=1
[[ " ${bench_flags[*]} " == *" --no-folio "* ]] && with_folio=0
pandoc_count=${PANDOC_ARTICLES:-1000}
((pandoc_count > count)) && pandoc_count=$count

# --- tools ------------------------------------------------------------------------------------
# `time` and `pandoc` are what we measure with and against.
bench_install time pandoc

# --- build ------------------------------------------------------------------------------------
targets=(md4c_render)
((with_folio)) && targets+=(folio read_articles)
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -G Ninja >/dev/null
cmake --build build-bench --target "${targets[@]}" -j "$(nproc)"
folio=$PWD/build-bench/folio
md4c=$PWD/build-bench/md4c_render
read_articles=$PWD/build-bench/read_articles

# --- corpus -----------------------------------------------------------------------------------
bench_corpus
corpus_bytes=$(sed -n 's/^bytes //p' "$corpus/corpus.txt")
bodies_bytes=$(find "$corpus/bodies" -name '*.md' -exec cat {} + | wc -c)

# --- measuring --------------------------------------------------------------------------------
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

bench_tmp=$log
declare -A articles
# measure NAME ARTICLES COMMAND...: the medians of the job's runs (bench/common.sh).
measure() {
  local name=$1 n=$2
  shift 2
  articles[$name]=$n
  bench_measure "$name" "$@"
}

# Relative paths keep 10,000 file arguments far below ARG_MAX; past that, xargs splits them
# over a few md4c_render processes, which costs a few milliseconds of start-up.
pushd "$corpus" >/dev/null
bodies=(bodies/*.md)
echo "run.sh: $count articles, $bench_runs runs per job, $(nproc) cores" >&2
md4c_job="md4c_render (md4c raw parse+render)"
if (($(printf '%s\0' "${bodies[@]}" | wc -c) < $(getconf ARG_MAX) / 2)); then
  measure "$md4c_job" "$count" "$md4c" "${bodies[@]}"
else
  measure "$md4c_job" "$count" bash -c 'printf "%s\0" bodies/*.md | xargs -0 "$1"' _ "$md4c"
fi
if ((with_folio)); then
  # The whole read alone (file, front matter decoded and mapped, body into the AST, slugs),
  # nothing written: the foundation's goal is this at most 2x md4c's parse+render.
  measure "read_articles articles/ (the whole read)" "$count" "$read_articles" articles
  measure "read_articles articles/ --threads 1" "$count" "$read_articles" --threads 1 articles
  measure "folio inspect articles/" "$count" "$folio" inspect articles
  measure "folio inspect articles/ --threads 1" "$count" "$folio" inspect --threads 1 articles
  measure "folio render bodies/" "$count" "$folio" render bodies
  measure "folio render bodies/ --threads 1" "$count" "$folio" render --threads 1 bodies
  # The whole read (front matter decoded and mapped, body into the AST) plus the HTML render:
  # the job to hold against md4c's parse+render of the bodies alone.
  measure "folio render --front-matter articles/" "$count" "$folio" render --front-matter articles
  measure "folio render --front-matter articles/ --threads 1" "$count" "$folio" render --front-matter --threads 1 articles
fi
printf '%s\n' "${bodies[@]:0:pandoc_count}" >"$log/pandoc-files"
# pandoc takes minutes and is hundreds of times slower: one run tells that ratio well enough.
articles["pandoc -f gfm -t html (one process per file)"]=$pandoc_count
bench_measure --runs 1 "pandoc -f gfm -t html (one process per file)" bash -c \
  'while IFS= read -r f; do pandoc -f gfm -t html "$f" >/dev/null; done <"$1"' _ "$log/pandoc-files"
popd >/dev/null

# --- report -----------------------------------------------------------------------------------
us_per() { awk -v s="${seconds[$1]}" -v n="${articles[$1]}" 'BEGIN { printf "%.1f", s * 1e6 / n }'; }
pandoc_job="pandoc -f gfm -t html (one process per file)"
md4c_us=$(us_per "$md4c_job")
pandoc_us=$(us_per "$pandoc_job")

echo
echo "Corpus: $count articles, $(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB" \
  "with front matter, $(awk -v b="$bodies_bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB of bodies" \
  "($corpus); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); medians of $bench_runs runs."
echo
echo "| job | articles | seconds | CPU s | peak MB | spread | µs/article | × md4c raw | × md4c (CPU) | pandoc ÷ this |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for job in "${jobs[@]}"; do
  us=$(us_per "$job")
  mb=$(awk -v k="${peak_kb[$job]}" 'BEGIN { printf "%.1f", k / 1024 }')
  vs_md4c=$(awk -v a="$us" -v b="$md4c_us" 'BEGIN { printf "%.2f", a / b }')
  vs_md4c_cpu=$(awk -v a="${cpu[$job]}" -v na="${articles[$job]}" -v b="${cpu[$md4c_job]}" -v nb="${articles[$md4c_job]}" \
    'BEGIN { if (b > 0) printf "%.2f", (a / na) / (b / nb); else printf "—" }')
  vs_pandoc="—"
  [[ $job != "$pandoc_job" ]] && vs_pandoc=$(awk -v p="$pandoc_us" -v a="$us" 'BEGIN { printf "%.0f", p / a }')
  echo "| \`$job\` | ${articles[$job]} | ${seconds[$job]} | ${cpu[$job]} | $mb | ${spread[$job]} | $us | $vs_md4c | $vs_md4c_cpu | $vs_pandoc |"
done
