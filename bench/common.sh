# Sourced by every benchmark script (run.sh, epub.sh, feeds.sh, html.sh, hugo.sh), from the
# repository root, after `set -euo pipefail`:
#
#   bench_count NAME [--flag...] -- "$@"   sets `count` (default 10000) from the arguments; -h
#                                          prints the script's header comment; the flags named
#                                          are allowed and left in `bench_flags`
#   bench_install PACKAGE...               installs the Debian packages that are missing
#   bench_corpus                           sets `corpus` to bench/out/corpus-$count, generating
#                                          it the first time; with --real among bench_flags,
#                                          bench/out/corpus-real-$count from
#                                          `generate_corpus.py --real` (raw HTML, shortcodes,
#                                          Liquid, five languages, OUT/static/images)
#   bench_measure, bench_time_once, bench_summarize   run and time the jobs (see "measuring")
#   bench_build_revision SHA               builds SHA's folio (a temporary worktree, into
#                                          build-bench-SHA/, once) and this tree's (build-bench/),
#                                          in Release; sets `old_folio` and `new_folio`
#   bench_compare_jobs                     sets `job_args` and `order`: the jobs every revision
#                                          since the first generation has
#
# `bench_name` (set by bench_count) prefixes every message.

bench_count() {
  bench_name=$1
  shift
  local allowed=() arg
  while (($#)) && [[ $1 != -- ]]; do
    allowed+=("$1")
    shift
  done
  (($#)) && shift
  count=10000
  bench_flags=()
  for arg in "$@"; do
    case "$arg" in
      -h | --help)
        # The script's own header: the comment lines after the shebang.
        awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
        exit 0
        ;;
      -*)
        if [[ " ${allowed[*]} " == *" $arg "* ]]; then
          bench_flags+=("$arg")
        else
          echo "$bench_name: unknown argument '$arg' (see --help)" >&2
          exit 2
        fi
        ;;
      *[!0-9]* | '') echo "$bench_name: unknown argument '$arg' (see --help)" >&2; exit 2 ;;
      *) count=$arg ;;
    esac
  done
  ((count >= 1)) || { echo "$bench_name: COUNT must be at least 1" >&2; exit 2; }
}

bench_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  echo "$bench_name: installing ${missing[*]}" >&2
  local sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

bench_corpus() {
  local real=()
  [[ " ${bench_flags[*]} " == *" --real "* ]] && real=(--real)
  corpus=bench/out/corpus${real:+-real}-$count
  if ! grep -qx "count $count" "$corpus/corpus.txt" 2>/dev/null; then
    /usr/bin/python3 bench/generate_corpus.py "$corpus" --count "$count" "${real[@]}" >&2
  fi
}

# --- measuring --------------------------------------------------------------------------------
# Each job runs `bench_runs` times (BENCH_RUNS, default 5) and its numbers are the MEDIANS of
# those runs, each taken on its own: wall seconds (bash's microsecond clock around the run; GNU
# time's %e has only 10 ms resolution), CPU seconds (user + system) and peak RSS (GNU time's %M).
# On a shared machine the best run rewards luck and the mean punishes one burst of load; the
# median of five is what two tables taken on different days can be compared by (within 5%).
# `spread` is (slowest - fastest) / median wall time, printed so a reader sees how far to trust
# a row.
#
#   bench_measure [--runs N] NAME COMMAND...   N runs (default bench_runs) then the medians;
#                                              @RUN@ in COMMAND becomes the run's number
#   bench_time_once NAME COMMAND...            one run, added to NAME's runs (for interleaving)
#   bench_summarize NAME                       NAME's medians into seconds[], cpu[], peak_kb[],
#                                              spread[]; NAME appended to jobs[]
#
# Set before use: bench_tmp (a scratch folder for GNU time's output); optionally bench_ok_status
# (the highest exit status that still counts as a run, default 0) and before_each (evaluated
# before each run, untimed). A failing run aborts with its stderr: a number for a crashed job
# means nothing.
bench_runs=${BENCH_RUNS:-5}
declare -A seconds cpu peak_kb spread bench_wall_runs bench_cpu_runs bench_kb_runs
jobs=()

bench_time_once() {
  local name=$1
  shift
  local start s kb user sys status=0
  if [[ -n ${before_each:-} ]]; then eval "$before_each" 2>/dev/null; fi
  start=$EPOCHREALTIME
  /usr/bin/time -f '%M %U %S' -o "$bench_tmp/time" "$@" >/dev/null 2>"$bench_tmp/stderr" || status=$?
  if ((status > ${bench_ok_status:-0})); then
    echo "$bench_name: '$name' failed ($status):" >&2
    tail -20 "$bench_tmp/stderr" >&2
    exit 1
  fi
  s=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')
  # GNU time puts "Command exited with non-zero status N" first when the status is not 0.
  read -r kb user sys < <(tail -1 "$bench_tmp/time")
  bench_wall_runs[$name]+="$s "
  bench_cpu_runs[$name]+="$(awk -v u="$user" -v y="$sys" 'BEGIN { printf "%.2f", u + y }') "
  bench_kb_runs[$name]+="$kb "
}

bench_median() {
  tr ' ' '\n' <<<"$1" | grep . | sort -g |
    awk -v f="$2" '{ a[NR] = $1 } END { printf f "\n", NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

bench_summarize() {
  local name=$1
  seconds[$name]=$(bench_median "${bench_wall_runs[$name]}" %.3f)
  cpu[$name]=$(bench_median "${bench_cpu_runs[$name]}" %.2f)
  peak_kb[$name]=$(bench_median "${bench_kb_runs[$name]}" %.0f)
  spread[$name]=$(tr ' ' '\n' <<<"${bench_wall_runs[$name]}" | grep . | sort -g |
    awk -v m="${seconds[$name]}" 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.0f%%", (m > 0 ? (hi - lo) * 100 / m : 0) }')
  jobs+=("$name")
  printf '%s: %-50s %9s s wall %8s s CPU %9s KB  spread %s (%s runs)\n' "$bench_name" "$name" \
    "${seconds[$name]}" "${cpu[$name]}" "${peak_kb[$name]}" "${spread[$name]}" \
    "$(wc -w <<<"${bench_wall_runs[$name]}")" >&2
}

bench_measure() {
  local n=$bench_runs i
  if [[ $1 == --runs ]]; then
    n=$2
    shift 2
  fi
  local name=$1
  shift
  for ((i = 1; i <= n; i++)); do
    bench_time_once "$name" "${@//@RUN@/$i}"
  done
  bench_summarize "$name"
}

# --- builds -----------------------------------------------------------------------------------
# BENCH_JOBS: build parallelism (default the core count).
bench_build_revision() {
  local sha=$1 jobs_n=${BENCH_JOBS:-$(nproc)}
  local old_build=$PWD/build-bench-$sha
  if [[ ! -x $old_build/folio ]]; then
    bench_src=$(mktemp -d)
    # Removed however the build ends, so no stale worktree is left registered.
    trap 'git worktree remove --force "$bench_src/tree" 2>/dev/null; rm -rf "$bench_src"' EXIT
    git worktree add --detach -q "$bench_src/tree" "$sha"
    cmake -S "$bench_src/tree" -B "$old_build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFOLIO_BUILD_TESTS=OFF >/dev/null
    cmake --build "$old_build" --target folio -j "$jobs_n" >/dev/null
    git worktree remove --force "$bench_src/tree"
    rm -rf "$bench_src"
    trap - EXIT
  fi
  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -G Ninja >/dev/null
  cmake --build build-bench --target folio -j "$jobs_n" >/dev/null
  old_folio=$old_build/folio
  new_folio=$PWD/build-bench/folio
}

# Each job as the arguments after `folio`; ARTICLES is the corpus's articles, @OUT@ the run's own
# output path. compare.sh and instructions.sh run these.
bench_compare_jobs() {
  declare -gA job_args=(
    [inspect]="inspect ARTICLES"
    [render]="render --front-matter ARTICLES"
    [epub]="epub ARTICLES -o @OUT@.epub --title Bench"
    [feed]="feed ARTICLES -o @OUT@.xml --limit 0 --base-url https://example.org/"
    [html]="html ARTICLES -o @OUT@ --base-url https://example.org/ --title Bench"
    [hugo]="hugo ARTICLES -o @OUT@"
  )
  order=(inspect render epub feed html hugo)
}
