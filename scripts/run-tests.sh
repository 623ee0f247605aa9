#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: installs what is missing, builds,
# runs every test through ctest (each test is listed as it runs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
status=0
ctest --test-dir build --output-on-failure -j "$(nproc)" "$@" || status=$?
# ctest shows a passing test's output only in its log: print the conformance counts from there.
grep -a -E '^(GFM spec|md4c extension)' build/Testing/Temporary/LastTest.log || true
exit "$status"
