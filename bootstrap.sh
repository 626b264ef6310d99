#!/usr/bin/env bash
# Set-up in one step on Debian 12: install what is missing, build, then run the
# app on the demo environment (`run`) or the whole test suite (`test`).
set -euo pipefail
cd "$(dirname "$0")"

packages=(build-essential cmake ninja-build qt6-base-dev qt6-base-dev-tools qt6-charts-dev
          libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins fonts-dejavu-core xvfb xauth)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset default >/dev/null
    cmake --build --preset default -- -j"$(nproc)"
}

case "${1:-}" in
run)
    install_missing
    build
    shift
    exec ./build/app/backoffice --demo "$@"
    ;;
test)
    install_missing
    build
    ctest --preset default
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
