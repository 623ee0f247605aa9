#!/usr/bin/env bash
# Counts the instructions this tree's folio and an older revision's execute on the jobs of
# compare.sh, with callgrind: a measure that other work on the machine does not move, where
# CPU time on a loaded machine can drift by a third.
#
#   bash bench/instructions.sh REV [COUNT] [--real]
#
#   REV     a git revision to hold this tree against
#   COUNT   articles in the corpus (default 2000, about ten minutes under callgrind), generated
#           once into bench/out/ and reused. Fewer make a quick look, but the start-up then
#           weighs in: on 200 articles a start-up 15 M instructions cheaper hid 12% more work per
#           article
#   --real  the corpus of real posts
#
# Both folios are built in Release as compare.sh builds them. Each job runs once per side under
# `valgrind --tool=callgrind` (every thread, start-up included), and so does `folio render` of a
# one-line file (start-up alone). The table gives millions of instructions and new ÷ old; the
# callgrind files are kept in bench/out/instructions-REV/ for callgrind_annotate
# (`--inclusive=yes` shows where a difference went).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/common.sh
rev=${1:-}
[[ -n $rev && $rev != -* ]] || { echo "instructions.sh: usage: bash bench/instructions.sh REV [COUNT] [--real]" >&2; exit 2; }
shift
has_count=no
for arg in "$@"; do [[ $arg == [0-9]* ]] && has_count=yes; done
[[ $has_count == yes ]] || set -- "$@" 2000
bench_count instructions.sh --real -- "$@"
sha=$(git rev-parse --short=10 "$rev^{commit}") || { echo "instructions.sh: '$rev' is not a revision" >&2; exit 2; }

bench_install valgrind
bench_build_revision "$sha"
bench_corpus
bench_compare_jobs
source bench/output_folder.sh
out=$(bench_output_folder instructions)
trap 'rm -rf "$out"' EXIT
kept=bench/out/instructions-$sha
mkdir -p "$kept"
printf '# One line\n' >"$out/one.md"

# Prints the instructions callgrind counted for one run; folio's own exit status (1 for the
# corpus's deliberate problems) does not matter here, a crash does.
count_instructions() {
  local file=$1
  shift
  local status=0
  valgrind --tool=callgrind --callgrind-out-file="$file" "$@" >/dev/null 2>"$out/stderr" || status=$?
  if ((status > 1)); then
    echo "instructions.sh: '$*' failed ($status):" >&2
    tail -20 "$out/stderr" >&2
    exit 1
  fi
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out/stderr"
}

echo "instructions.sh: $count articles ($corpus)" >&2
echo
echo "folio $sha (old) against this tree (new): $count articles, $corpus; callgrind, every thread," \
  "start-up included; millions of instructions."
echo
echo "| job | old | new | new ÷ old |"
echo "|---|---:|---:|---:|"
for job in "${order[@]}" start-up; do
  declare -A result=()
  for side in old new; do
    bin=$old_folio
    [[ $side == new ]] && bin=$new_folio
    if [[ $job == start-up ]]; then
      args=(render "$out/one.md")
    else
      read -ra args <<<"${job_args[$job]}"
      args=("${args[@]//ARTICLES/$corpus/articles}")
      args=("${args[@]//@OUT@/$out/$side-$job}")
    fi
    result[$side]=$(count_instructions "$kept/$side-$job.callgrind" "$bin" "${args[@]}")
    rm -rf "$out/$side-$job" "$out/$side-$job".*
  done
  label=$job
  [[ $job == start-up ]] && label="start-up (render of a one-line file)"
  awk -v j="$label" -v o="${result[old]}" -v n="${result[new]}" \
    'BEGIN { printf "| %s | %.1f | %.1f | %.2f |\n", j, o / 1e6, n / 1e6, n / o }'
done
