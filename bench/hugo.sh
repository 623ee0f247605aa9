#!/usr/bin/env bash
# Benchmarks `folio hugo` against `hugo convert toTOML`, and `folio migrate --to hugo` of a
# Jekyll site against `hugo import jekyll`, on the same generated articles.
#
#   bash bench/hugo.sh [COUNT]
#
#   COUNT   articles (default 10000), generated once into bench/out/corpus-COUNT/ by
#           bench/generate_corpus.py and reused after that
#
# Environment: BENCH_RUNS (default 5) runs per job, the medians count (bench/common.sh); HUGO
# (default /usr/bin/hugo); BENCH_OUT (default /dev/shm) where outputs are written. Builds
# Release in build-bench/. Prints a Markdown table: wall seconds, CPU seconds and peak RSS
# (medians of the runs), microseconds per article, and how many times faster folio is.
#
# The jobs do different amounts of work, which is the point: `hugo convert toTOML` only
# changes the front-matter syntax (dates become strings, `category`, `excerpt` and
# `featuredImage` stay unmapped, the body is copied), while `folio hugo` reads every article's
# metadata into the canonical AST, maps every field, copies the body as written (read into the
# AST only where an image may move or a title heading may go) and lays out page bundles;
# `folio hugo --reformat` reads every body and writes it again from the AST.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
bench_count hugo.sh -- "$@"
hugo=${HUGO:-/usr/bin/hugo}
command -v /usr/bin/time >/dev/null || { echo "hugo.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
[[ -x $hugo ]] || { echo "hugo.sh: needs hugo (apt-get install hugo)" >&2; exit 2; }

cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -G Ninja >/dev/null
cmake --build build-bench --target folio read_articles -j "${BENCH_JOBS:-2}" >/dev/null
folio=$PWD/build-bench/folio
read_articles=$PWD/build-bench/read_articles

bench_corpus

# Every run writes a fresh folder, on /dev/shm unless BENCH_OUT says otherwise (see there why).
source bench/output_folder.sh
work=$(bench_output_folder hugo)
out_fs=$(stat -f -c %T "$work")
trap 'rm -rf "$work"' EXIT
# hugo convert works on a site: the same files as its content, converted into another folder.
mkdir -p "$work/site/content/posts"
cp "$corpus"/articles/*.md "$work/site/content/posts/"
printf 'baseURL = "https://example.org/"\ntitle = "bench"\n' >"$work/site/config.toml"

bench_tmp=$work
# measure NAME OUT COMMAND...: the medians of the job's runs (bench/common.sh); @OUT@ in
# COMMAND stands for that run's own output folder, OUT.N.
measure() {
  local name=$1 out=$2
  shift 2
  bench_measure "$name" "${@//@OUT@/$out.@RUN@}"
}

# @OUT@ in a command stands for that run's own output folder.
measure "hugo convert toTOML" "$work/converted" \
  "$hugo" convert toTOML --source "$work/site" --output @OUT@
measure "folio hugo" "$work/folio" "$folio" hugo "$corpus/articles" -o @OUT@
measure "folio hugo --threads 1" "$work/folio1" "$folio" hugo --threads 1 "$corpus/articles" -o @OUT@
measure "folio hugo --no-bundles" "$work/flat" "$folio" hugo --no-bundles "$corpus/articles" -o @OUT@
measure "folio hugo --reformat" "$work/reformat" "$folio" hugo --reformat "$corpus/articles" -o @OUT@
measure "read_articles (the read alone)" "$work/none" "$read_articles" "$corpus/articles"

# Jekyll -> Hugo: the same articles as a Jekyll site (_posts/YYYY-MM-DD-slug.md, the date
# taken from the front matter), next to Hugo's own importer. `hugo import jekyll` makes a new
# site per run and refuses an existing folder, so each run gets a fresh one.
mkdir -p "$work/jekyll/_posts"
printf 'title: bench\n' >"$work/jekyll/_config.yml"
/usr/bin/python3 - "$corpus/articles" "$work/jekyll/_posts" <<'PY'
import os, re, sys
src, dst = sys.argv[1:3]
for name in sorted(os.listdir(src)):
    text = open(os.path.join(src, name), encoding="utf-8").read()
    m = re.search(r'^date: "?(\d{4}-\d{2}-\d{2})', text, re.M)
    day = m.group(1) if m else "2020-01-01"
    open(os.path.join(dst, f"{day}-{name}"), "w", encoding="utf-8").write(text)
PY
measure "hugo import jekyll" "$work/imported" "$hugo" import jekyll "$work/jekyll" @OUT@
measure "folio migrate --to hugo (Jekyll site)" "$work/migrated" \
  "$folio" migrate "$work/jekyll" -o @OUT@ --to hugo
pages=$(find "$work/folio.1" -name index.md | wc -l)
((pages == count)) || { echo "hugo.sh: folio wrote $pages pages, expected $count" >&2; exit 1; }

base=${seconds["hugo convert toTOML"]}
echo "Hugo migration: $count articles ($(nproc) cores, medians of $bench_runs runs, load $(cut -d' ' -f1-3 /proc/loadavg), output on $out_fs)"
echo
echo "| job | wall s | CPU s | peak RSS MB | spread | µs/article | hugo convert ÷ this |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for name in "hugo convert toTOML" "folio hugo" "folio hugo --threads 1" "folio hugo --no-bundles" \
  "folio hugo --reformat" "read_articles (the read alone)" "hugo import jekyll" \
  "folio migrate --to hugo (Jekyll site)"; do
  awk -v n="$name" -v s="${seconds[$name]}" -v u="${cpu[$name]}" -v kb="${peak_kb[$name]}" -v c="$count" -v b="$base" \
    -v sp="${spread[$name]}" 'BEGIN { printf "| %s | %.3f | %.2f | %.1f | %s | %.0f | %.2f× |\n", n, s, u, kb / 1024, sp, s * 1e6 / c, b / s }'
done
echo
awk -v a="${seconds["hugo import jekyll"]}" -v b="${seconds["folio migrate --to hugo (Jekyll site)"]}" \
  -v c="${cpu["hugo import jekyll"]}" -v d="${cpu["folio migrate --to hugo (Jekyll site)"]}" \
  'BEGIN { printf "Jekyll -> Hugo: folio migrate is %.2f× hugo import jekyll in wall time, %.2f× in CPU time\n", a / b, c / d }'
