#!/usr/bin/env bash
# Builds the libFuzzer target for the session loader with clang and runs it on
# a seed corpus of the example, the template and every bad-input test file.
# Usage: tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${2:-build-fuzz}

cmake -G Ninja -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DTANDEM_FUZZ=ON -DTANDEM_BUILD_TESTS=OFF
cmake --build "$build" --target fuzz_session_loader

corpus="$build/fuzz-corpus"
mkdir -p "$corpus" "$build/fuzz-findings"
cp resources/examples/*.yaml resources/templates/*.yaml "$corpus"/
find tests/data -name '*.yaml' -exec cp {} "$corpus"/ \;

"$build/tests/fuzz/fuzz_session_loader" -max_total_time="$seconds" -timeout=2 \
    -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-findings/" "$corpus"
