#!/usr/bin/env bash
# Benchmarks `folio verify` on a generated built site.
#
#   bash bench/verify.sh [PAGES]
#
#   PAGES   posts in the site (default 10000); each also gets an alias page (a meta refresh),
#           so the site holds twice as many HTML pages; the old URLs are the alias pages and
#           one `_redirects` pattern per post (bench/generate_built_site.py)
#
# Environment: VERIFY_BUILD_DIR (default build) holds a built folio; BENCH_OUT (default
# /dev/shm) is where the site is generated. Prints wall and CPU seconds and peak RSS (GNU time)
# with one thread and with one per core.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}
folio=$PWD/${VERIFY_BUILD_DIR:-build}/folio
out=${BENCH_OUT:-/dev/shm}/folio-verify-bench-$pages
[ -d "$out/site" ] || /usr/bin/python3 bench/generate_built_site.py --pages "$pages" --out "$out"
for threads in 1 0; do
  /usr/bin/time -f "threads=$threads (0: one per core): wall %e s, CPU %U s user + %S s system, peak %M KB" \
    "$folio" verify --old "$out/old-urls.txt" --new "$out/site" --base-url https://example.org/ \
    --threads "$threads"
done
