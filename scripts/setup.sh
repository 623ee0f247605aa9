#!/usr/bin/env bash
# Installs what folio needs from Debian 12 (only what is missing, so a second run is quick),
# then configures and builds into build/. Used by the README's two commands.
#   scripts/setup.sh            build dependencies, then build
#   scripts/setup.sh --tests    also the tools the test suite validates output with
#
# Package lists live in scripts/packages/: build.txt always, test-*.txt with --tests (one file
# per area, so each writer lists the validators it needs). npm packages for the tests are
# pinned in tests/tools/package.json (+ lock) and installed with `npm ci --ignore-scripts`.
set -euo pipefail
cd "$(dirname "$0")/.."

lists=(scripts/packages/build.txt)
with_tests=0
if [[ "${1:-}" == "--tests" ]]; then
  with_tests=1
  lists+=(scripts/packages/test-*.txt)
fi

# A line is a package name, optionally followed by a command that stands in for it: Node.js
# and npm may come from another apt source (NodeSource's nodejs bundles npm and conflicts with
# Debian's npm package), and then the command on PATH is what counts.
missing=()
for list in "${lists[@]}"; do
  while read -r name command _; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    [[ -n "$command" && "$command" != \#* ]] && command -v "$command" >/dev/null && continue
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' && continue
    [[ " ${missing[*]} " == *" $name "* ]] || missing+=("$name")
  done <"$list"
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if ((with_tests)) && [[ -f tests/tools/package.json ]]; then
  # Installed once per lock file: node_modules is reused while the lock is unchanged.
  stamp=tests/tools/node_modules/.folio-lock
  if ! cmp -s tests/tools/package-lock.json "$stamp" 2>/dev/null; then
    (cd tests/tools && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
    cp tests/tools/package-lock.json "$stamp"
  fi
fi

build_type=${FOLIO_BUILD_TYPE:-Release}
generator=()
[[ -f build/CMakeCache.txt ]] || generator=(-G Ninja)  # keep whatever an existing build/ uses
# ccache (in build.txt) keeps compiled objects between builds and build folders: a second
# build of unchanged sources, and the sanitizer build's share of them, cost next to nothing.
# Paths inside the repository are hashed relative to it, so a clone in another folder (CI's)
# reuses what an earlier build compiled; the debug info's build folder is left out of the hash.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE="$build_type" "${launcher[@]}" >/dev/null
cmake --build build -j "$(nproc)"
