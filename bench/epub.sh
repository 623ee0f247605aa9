#!/usr/bin/env bash
# Benchmarks `folio epub` against pandoc's EPUB writer and md4c's raw parse+render.
#
#   bash bench/epub.sh [--real] [COUNT]
#
#   --real  the corpus of real posts (generate_corpus.py --real: raw HTML in 6 posts of 10,
#           shortcodes, Liquid, five languages), its images found with --static
#   COUNT   articles in the book (default 10000); the corpus is generated once per count into
#           bench/out/corpus-COUNT/ by bench/generate_corpus.py and reused after that
#
# Environment: BENCH_RUNS (default 5) runs per folio/md4c job, the medians count (bench/common.sh);
# PANDOC_ARTICLES (default 1000) articles for pandoc, which runs once (it takes minutes).
#
# Builds Release in build-bench-epub/, installs the Debian packages `time` and `pandoc` if
# missing, then prints a Markdown table: wall seconds, CPU seconds (user + system: on a shared,
# loaded machine wall time mostly measures the other jobs) and peak RSS (GNU time's %M), µs per
# article, cost relative to md4c's parse+render of the bodies, how many times slower pandoc is
# per article (wall and CPU), and peak memory relative to the corpus size (goal: below 1.5×).
# Every job reads a corpus its earlier runs left in the page cache, but one: `folio epub` again
# with the articles dropped from the cache before each run (bench/evict_from_page_cache.py), as
# a first run over a blog finds them.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
bench_count epub.sh --real -- "$@"
pandoc_count=${PANDOC_ARTICLES:-1000}
((pandoc_count > count)) && pandoc_count=$count

bench_install time pandoc

cmake -S . -B build-bench-epub -DCMAKE_BUILD_TYPE=Release -DFOLIO_BUILD_TESTS=OFF -G Ninja >/dev/null
cmake --build build-bench-epub --target folio md4c_render -j "$(nproc)" >/dev/null
folio=$PWD/build-bench-epub/folio
md4c=$PWD/build-bench-epub/md4c_render

bench_corpus
corpus_bytes=$(sed -n 's/^bytes //p' "$corpus/corpus.txt")
static=()
[[ -d $corpus/static ]] && static=(--static static)

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

bench_tmp=$log
# folio exits 1 when some input had problems (the corpus's missing and remote images are
# warnings, so 0 is expected); anything else is a failure.
bench_ok_status=1
declare -A articles
# measure NAME ARTICLES RUNS COMMAND...: the medians of RUNS runs (bench/common.sh).
measure() {
  local name=$1 n=$2 tries=$3
  shift 3
  articles[$name]=$n
  bench_measure --runs "$tries" "$name" "$@"
}

evict=$PWD/bench/evict_from_page_cache.py
pushd "$corpus" >/dev/null
echo "epub.sh: $count articles, $bench_runs runs per job, $(nproc) cores" >&2
md4c_job="md4c_render bodies/ (md4c raw parse+render)"
measure "$md4c_job" "$count" "$bench_runs" bash -c 'printf "%s\0" bodies/*.md | xargs -0 "$1"' _ "$md4c"
epub_job="folio epub articles/ -o book.epub"
measure "$epub_job" "$count" "$bench_runs" "$folio" epub articles -o "$log/book.epub" --title Bench "${static[@]}"
measure "folio epub articles/ --threads 1" "$count" "$bench_runs" \
  "$folio" epub articles -o "$log/book1.epub" --title Bench --threads 1 "${static[@]}"
# A first run over a blog finds its files on the disk, not in memory: the articles are dropped
# from the page cache before each of these runs (a no-op where the corpus is on tmpfs).
before_each='/usr/bin/python3 "$evict" articles'
measure "folio epub articles/, articles not cached" "$count" "$bench_runs" \
  "$folio" epub articles -o "$log/book-cold.epub" --title Bench "${static[@]}"
before_each=
book_bytes=$(stat -c %s "$log/book.epub")
files=(articles/*.md)
printf '%s\0' "${files[@]:0:pandoc_count}" >"$log/pandoc-files"
pandoc_job="pandoc -t epub3 (one process, $pandoc_count files)"
measure "$pandoc_job" "$pandoc_count" 1 bash -c \
  'xargs -0 pandoc -f markdown -t epub3 --metadata title=Bench -o "$2" <"$1"' _ "$log/pandoc-files" "$log/pandoc.epub"
popd >/dev/null

us_per() { awk -v s="${seconds[$1]}" -v n="${articles[$1]}" 'BEGIN { printf "%.1f", s * 1e6 / n }'; }
cpu_us_per() { awk -v s="${cpu[$1]}" -v n="${articles[$1]}" 'BEGIN { printf "%.1f", s * 1e6 / n }'; }
md4c_us=$(us_per "$md4c_job")
md4c_cpu_us=$(cpu_us_per "$md4c_job")
pandoc_us=$(us_per "$pandoc_job")
pandoc_cpu_us=$(cpu_us_per "$pandoc_job")

echo
echo "Corpus: $count articles, $(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB" \
  "with front matter ($corpus); book $(awk -v b="$book_bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB;" \
  "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); medians of $bench_runs runs (pandoc: one run)."
echo
echo "| job | articles | wall s | CPU s | spread | peak MB | peak ÷ corpus | µs/article wall | µs/article CPU | × md4c wall | × md4c CPU | pandoc ÷ this, wall | pandoc ÷ this, CPU |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for job in "${jobs[@]}"; do
  us=$(us_per "$job")
  cpu_us=$(cpu_us_per "$job")
  mb=$(awk -v k="${peak_kb[$job]}" 'BEGIN { printf "%.1f", k / 1024 }')
  ratio=$(awk -v k="${peak_kb[$job]}" -v b="$corpus_bytes" -v n="${articles[$job]}" -v c="$count" \
    'BEGIN { printf "%.2f", k * 1024 / (b * n / c) }')
  vs_md4c=$(awk -v a="$us" -v b="$md4c_us" 'BEGIN { printf "%.2f", a / b }')
  vs_md4c_cpu=$(awk -v a="$cpu_us" -v b="$md4c_cpu_us" 'BEGIN { printf "%.2f", a / b }')
  vs_pandoc="—" vs_pandoc_cpu="—"
  if [[ $job != "$pandoc_job" ]]; then
    vs_pandoc=$(awk -v p="$pandoc_us" -v a="$us" 'BEGIN { printf "%.0f", p / a }')
    vs_pandoc_cpu=$(awk -v p="$pandoc_cpu_us" -v a="$cpu_us" 'BEGIN { printf "%.0f", p / a }')
  fi
  echo "| \`$job\` | ${articles[$job]} | ${seconds[$job]} | ${cpu[$job]} | ${spread[$job]} | $mb | $ratio | $us | $cpu_us | $vs_md4c | $vs_md4c_cpu | $vs_pandoc | $vs_pandoc_cpu |"
done
