#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a quarter of
# SECONDS: the session loader on a seed corpus of the example, the template
# and every bad-input test file; the merge (random edits of a generated
# session on two sides) from an empty corpus; and the CSV and Markdown
# importers on the seeds in tests/fuzz/seeds/ (what Tandem exports, a German
# semicolon file, rows and sections that are refused).
# Usage: tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${2:-build-fuzz}
quarter=$(( (seconds + 3) / 4 ))

cmake -G Ninja -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DTANDEM_FUZZ=ON -DTANDEM_BUILD_TESTS=OFF
cmake --build "$build" --target fuzz_session_loader fuzz_merge fuzz_csv_import fuzz_markdown_import

corpus="$build/fuzz-corpus"
mkdir -p "$corpus" "$build/fuzz-merge-corpus" "$build/fuzz-findings" \
    "$build/fuzz-csv-corpus" "$build/fuzz-markdown-corpus"
cp resources/examples/*.yaml resources/templates/*.yaml "$corpus"/
find tests/data -name '*.yaml' -exec cp {} "$corpus"/ \;
cp tests/fuzz/seeds/csv/* "$build/fuzz-csv-corpus"/
cp tests/fuzz/seeds/md/* "$build/fuzz-markdown-corpus"/

"$build/tests/fuzz/fuzz_session_loader" -max_total_time="$quarter" -timeout=2 \
    -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-findings/" "$corpus"
"$build/tests/fuzz/fuzz_merge" -max_total_time="$quarter" -timeout=5 \
    -rss_limit_mb=2048 -max_len=512 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-findings/merge-" "$build/fuzz-merge-corpus"
"$build/tests/fuzz/fuzz_csv_import" -max_total_time="$quarter" -timeout=2 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-findings/csv-" "$build/fuzz-csv-corpus"
"$build/tests/fuzz/fuzz_markdown_import" -max_total_time="$quarter" -timeout=2 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-findings/markdown-" "$build/fuzz-markdown-corpus"
