#!/usr/bin/env bash
# Builds the Debian package: packaging/build-deb.sh [BUILD_DIR]
# Configures BUILD_DIR (default: build) as a Release build without tests when
# it is not configured yet, builds it and writes BUILD_DIR/tandem_<version>_<arch>.deb.
# Install it with: sudo apt install ./BUILD_DIR/tandem_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -G Ninja -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DTANDEM_BUILD_TESTS=OFF
fi
cmake --build "$build"
(cd "$build" && cpack -G DEB)
ls "$build"/tandem_*.deb
