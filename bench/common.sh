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
