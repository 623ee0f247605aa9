# Sourced by the benchmarks that write many files (html.sh, hugo.sh):
#   bench_output_folder NAME   prints a new, empty folder for this run's outputs
#
# Outputs go to a RAM file system (/dev/shm) unless BENCH_OUT names another folder, and every run
# writes a fresh folder below it, removed only when the script ends. On this machine's disk
# (ext4 without a journal) making a file scans past every inode deleted in the last minutes:
# right after one 10,000-page site was removed, the next build of either tool spent 2-3 times as
# long in the kernel, so timings on disk depended on what ran before rather than on the tools.
bench_output_folder() {
  local parent=${BENCH_OUT:-}
  if [[ -z $parent ]]; then
    parent=${TMPDIR:-/tmp}
    [[ -d /dev/shm && -w /dev/shm ]] && parent=/dev/shm
  fi
  # Absolute: Hugo reads a relative -d against its site folder, not the current one.
  parent=$(cd "$parent" && pwd)
  mktemp -d -p "$parent" "folio-$1-bench.XXXXXX"
}
