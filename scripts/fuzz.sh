#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, build-fuzz/) and runs them.
#   scripts/fuzz.sh TARGET SECONDS   one target: read, html_body, epub, feed, hugo, markdown
#   scripts/fuzz.sh all SECONDS      each target in turn, SECONDS each
#   scripts/fuzz.sh list             the target names
# Each target keeps its corpus in build-fuzz/corpus/TARGET (grown run after run) and starts
# from the seeds fuzz/make_seeds.py writes (examples/, the GFM spec, md4c's tests) and the
# inputs of past findings (fuzz/regressions/TARGET, each fixed with a unit test). A crash,
# leak, timeout or failed output check is saved under build-fuzz/findings/TARGET/ (the run goes
# on: fork mode) and makes the script exit 1; reproduce with
# `build-fuzz/fuzz/TARGET_fuzzer FILE`. FUZZ_FORK=0 stops at the first finding instead. The last lines of each
# log (build-fuzz/logs/TARGET.log) give executions and coverage (cov: edges, ft: features).
# Environment: FUZZ_JOBS=N runs N targets at once for `all` (default 1); FUZZ_ARGS adds
# libFuzzer flags. Runs under `nice -n 19`.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(read html_body epub feed hugo markdown tex)
if [[ "${1:-}" == "list" ]]; then
  printf '%s\n' "${targets[@]}"
  exit 0
fi
if [[ $# -ne 2 ]]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
which=$1
seconds=$2
if [[ "$which" == all ]]; then
  selected=("${targets[@]}")
elif [[ " ${targets[*]} " == *" $which "* ]]; then
  selected=("$which")
else
  echo "fuzz.sh: unknown target '$which' (known: ${targets[*]} all)" >&2
  exit 2
fi

# Packages: only what is missing, as scripts/setup.sh does.
missing=()
while read -r name _; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' || missing+=("$name")
done <scripts/packages/fuzz.txt
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

build=build-fuzz
if [[ ! -f $build/CMakeCache.txt ]]; then
  CC=clang-16 CXX=clang++-16 cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFOLIO_FUZZ=ON -DFOLIO_BUILD_TESTS=OFF >/dev/null
fi
nice -n 19 cmake --build $build -j "$(nproc)" --target "${selected[@]/%/_fuzzer}"

seeds=$build/seeds
[[ -d $seeds ]] || python3 fuzz/make_seeds.py "$seeds"

run_one() {
  local name=$1
  local corpus=$build/corpus/$name findings=$build/findings/$name log=$build/logs/$name.log
  mkdir -p "$corpus" "$findings" "$build/logs"
  # -rss_limit_mb and -timeout make a blow-up or a hang a finding; -max_len 64 KiB lets inputs
  # grow past md4c's small buffers. Leak detection stays on (ASan's default). Fork mode (one
  # child at a time) goes on after a finding, so one run collects every distinct finding.
  local status=0 fork=()
  [[ "${FUZZ_FORK:-1}" == 1 ]] && fork=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  # shellcheck disable=SC2086
  local regressions=()
  [[ -d fuzz/regressions/$name ]] && regressions=("fuzz/regressions/$name")
  nice -n 19 "$build/fuzz/${name}_fuzzer" "$corpus" "$seeds" "${regressions[@]}" -dict=fuzz/folio.dict \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=20 \
    -artifact_prefix="$findings/" -print_final_stats=1 "${fork[@]}" ${FUZZ_ARGS:-} \
    >"$log" 2>&1 || status=$?
  local execs cov found
  # The last status line: `#EXECS: cov: N ft: N ...` (fork mode) or `#EXECS ... cov: N ft: N`.
  execs=$(grep -a -o -E '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  cov=$(grep -a -E '^#[0-9]+' "$log" | tail -1 | grep -o -E 'cov: [0-9]+ ft: [0-9]+' || true)
  found=$(find "$findings" -type f | wc -l)
  echo "$name: exit $status, ${execs:-?} executions, ${cov:-no coverage line}, $found findings" \
    "in $findings, log $log"
  ((found == 0)) || status=1
  return $status
}

status=0
jobs=${FUZZ_JOBS:-1}
running=0
for name in "${selected[@]}"; do
  if ((jobs > 1)); then
    run_one "$name" &
    running=$((running + 1))
    if ((running >= jobs)); then
      wait -n || status=1
      running=$((running - 1))
    fi
  else
    run_one "$name" || status=1
  fi
done
while ((running > 0)); do
  wait -n || status=1
  running=$((running - 1))
done
exit $status
