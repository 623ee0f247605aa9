#!/usr/bin/env bash
# Installs what folio needs from Debian 12 (only what is missing, so a second run is quick),
# then configures and builds into build/. Sourced by the README's two commands.
#   scripts/setup.sh            build dependencies, then build
#   scripts/setup.sh --tests    also the tools the test suite validates output with
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(g++ cmake make pkg-config libmd4c-dev libmd4c-html0-dev libyaml-cpp-dev
  libzip-dev libpugixml-dev libtomlplusplus-dev libcli11-dev libgtest-dev nlohmann-json3-dev)
test_packages=(cmark-gfm python3)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--tests" ]]; then packages+=("${test_packages[@]}"); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

build_type=${FOLIO_BUILD_TYPE:-Release}
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build build -j "$(nproc)"
