#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: installs what is missing, builds,
# runs every test through ctest (each test is listed as it runs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
status=0
# The sanitizer builds below compile through ccache too when it is there (scripts/setup.sh).
# Paths inside the repository are hashed relative to it, so a clone in another folder (CI's)
# reuses what an earlier build compiled; the debug info's build folder is left out of the hash.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
# Full-size checks (label `long`: a 66,000-entry book through epubcheck, a 2,000-article kill
# test) take up to an hour each: run before an issue is resolved, not on every run
# (FOLIO_LONG_TESTS=1 includes them).
long=(-LE long)
[[ ${FOLIO_LONG_TESTS:-0} == 1 ]] && long=()
ctest --test-dir build --output-on-failure -j "$(nproc)" "${long[@]}" "$@" || status=$?
# ctest shows a passing test's output only in its log: print the conformance counts from there.
grep -a -E '^(GFM spec|md4c extension|[a-z-]+\.txt: folio)' build/Testing/Temporary/LastTest.log || true

# The sanitizer job: folio built with AddressSanitizer and UndefinedBehaviorSanitizer (GCC's,
# any error aborts) in build-asan/, and the pathological suite run on it with its limits
# scaled for the sanitizers' cost (docs/reliability.md). FOLIO_SKIP_ASAN=1 leaves it out.
if [[ "${FOLIO_SKIP_ASAN:-0}" != 1 ]]; then
  asan_start=$SECONDS
  generator=()
  [[ -f build-asan/CMakeCache.txt ]] || generator=(-G Ninja)
  cmake -S . -B build-asan "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFOLIO_SANITIZE=ON "${launcher[@]}" >/dev/null
  cmake --build build-asan -j "$(nproc)" --target folio
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j "$(nproc)" -L pathological "${long[@]}" || status=$?
  echo "sanitizer job: $((SECONDS - asan_start)) s"
fi
# The ThreadSanitizer job: folio and the loader's unit tests built with FOLIO_TSAN in
# build-tsan/, then every job that works on worker threads run there (ctest -L threads) and the
# pipeline's unit tests. A data race fails the run. FOLIO_SKIP_TSAN=1 leaves it out.
if [[ "${FOLIO_SKIP_TSAN:-0}" != 1 ]]; then
  tsan_start=$SECONDS
  generator=()
  [[ -f build-tsan/CMakeCache.txt ]] || generator=(-G Ninja)
  cmake -S . -B build-tsan "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFOLIO_TSAN=ON \
    "${launcher[@]}" >/dev/null
  cmake --build build-tsan -j "$(nproc)" --target folio pipeline_tests
  export TSAN_OPTIONS=halt_on_error=1:exitcode=66:second_deadlock_stack=1
  ctest --test-dir build-tsan --output-on-failure -j "$(nproc)" -L threads || status=$?
  ctest --test-dir build-tsan --output-on-failure -j "$(nproc)" \
    -R '^(LoadArticles|ForEach|ReadBodyAgain|SlugAssigner|AssignSlugs)' || status=$?
  unset TSAN_OPTIONS
  echo "thread sanitizer job: $((SECONDS - tsan_start)) s"
fi
exit "$status"
