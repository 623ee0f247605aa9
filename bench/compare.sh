#!/usr/bin/env bash
# Compares this tree's folio with an older revision's on the same jobs and corpus, in one run.
#
#   bash bench/compare.sh REV [COUNT] [--real]
#
#   REV     a git revision to hold this tree against (a commit, tag or branch)
#   COUNT   articles in the corpus (default 10000), generated once into bench/out/ by
#           bench/generate_corpus.py and reused after that
#   --real  the corpus of real posts (raw HTML, shortcodes, Liquid, five languages)
#
# Both folios are built in Release (REV from a temporary worktree, into build-bench-REV/; this
# tree into build-bench/). Every job then runs BENCH_RUNS times (default 5) for each side,
# interleaved (old, new, old, new, ...) so that a burst of load from elsewhere falls on both,
# and the table shows the medians of wall and CPU time and new ÷ old. A change is "within the
# noise" when new ÷ old stays within 5% in CPU time, which a loaded machine disturbs less than
# wall time; rows beyond it are marked. Outputs go to /dev/shm (bench/output_folder.sh).
#
# The jobs are the ones every revision since the first generation has: inspect, render with
# front matter, epub, feed (every article, full content), html and hugo. Environment: BENCH_RUNS,
# BENCH_OUT, BENCH_JOBS (build parallelism, default the core count).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
rev=${1:-}
[[ -n $rev && $rev != -* ]] || { echo "compare.sh: usage: bash bench/compare.sh REV [COUNT] [--real]" >&2; exit 2; }
shift
bench_count compare.sh --real -- "$@"
sha=$(git rev-parse --short=10 "$rev^{commit}") || { echo "compare.sh: '$rev' is not a revision" >&2; exit 2; }

bench_install time

# --- builds -----------------------------------------------------------------------------------
bench_build_revision "$sha"
old=$old_folio
new=$new_folio

bench_corpus
source bench/output_folder.sh
out=$(bench_output_folder compare)
trap 'rm -rf "$out"' EXIT
bench_tmp=$out
# folio exits 1 when some article had a problem the corpus holds on purpose (missing images).
bench_ok_status=1

bench_compare_jobs

echo "compare.sh: $count articles ($corpus), $bench_runs runs per side, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for ((round = 1; round <= bench_runs; round++)); do
  for job in "${order[@]}"; do
    for side in old new; do
      read -ra args <<<"${job_args[$job]}"
      args=("${args[@]//ARTICLES/$corpus/articles}")
      args=("${args[@]//@OUT@/$out/$side-$job-$round}")
      bin=$old
      [[ $side == new ]] && bin=$new
      bench_time_once "$side $job" "$bin" "${args[@]}"
      rm -rf "$out/$side-$job-$round" "$out/$side-$job-$round".*
    done
  done
done
for job in "${order[@]}"; do
  bench_summarize "old $job"
  bench_summarize "new $job"
done

# --- report -----------------------------------------------------------------------------------
echo
echo "folio $sha (old) against this tree (new): $count articles, $corpus; $(nproc) cores;" \
  "medians of $bench_runs interleaved runs; load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| job | old wall s | new wall s | new ÷ old wall | old CPU s | new CPU s | new ÷ old CPU | old MB | new MB | spread old / new |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for job in "${order[@]}"; do
  awk -v j="$job" -v ow="${seconds["old $job"]}" -v nw="${seconds["new $job"]}" \
    -v oc="${cpu["old $job"]}" -v nc="${cpu["new $job"]}" \
    -v ok="${peak_kb["old $job"]}" -v nk="${peak_kb["new $job"]}" \
    -v os="${spread["old $job"]}" -v ns="${spread["new $job"]}" 'BEGIN {
      rc = (oc > 0 ? nc / oc : 1)
      mark = (rc > 1.05 ? " (slower)" : (rc < 0.95 ? " (faster)" : ""))
      printf "| %s | %.3f | %.3f | %.2f | %.2f | %.2f | %.2f%s | %.1f | %.1f | %s / %s |\n",
        j, ow, nw, nw / ow, oc, nc, rc, mark, ok / 1024, nk / 1024, os, ns }'
done
