#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for half of SECONDS:
# the session loader on a seed corpus of the example, the template and every
# bad-input test file, and the merge (random edits of a generated session on
# two sides) from an empty corpus.
# Usage: tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${2:-build-fuzz}
half=$(( (seconds + 1) / 2 ))

cmake -G Ninja -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DTANDEM_FUZZ=ON -DTANDEM_BUILD_TESTS=OFF
cmake --build "$build" --target fuzz_session_loader fuzz_merge

corpus="$build/fuzz-corpus"
mkdir -p "$corpus" "$build/fuzz-merge-corpus" "$build/fuzz-findings"
cp resources/examples/*.yaml resources/templates/*.yaml "$corpus"/
find tests/data -name '*.yaml' -exec cp {} "$corpus"/ \;

"$build/tests/fuzz/fuzz_session_loader" -max_total_time="$half" -timeout=2 \
    -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-findings/" "$corpus"
"$build/tests/fuzz/fuzz_merge" -max_total_time="$half" -timeout=5 \
    -rss_limit_mb=2048 -max_len=512 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-findings/merge-" "$build/fuzz-merge-corpus"
