#!/usr/bin/env bash
# Builds Tandem with clang, AddressSanitizer and UndefinedBehaviorSanitizer and
# runs the whole test suite under them (UI tests offscreen). Any finding fails.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}

cmake -G Ninja -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
    -DTANDEM_SANITIZE=ON
cmake --build "$build"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
# The package test builds a .deb, which says nothing about memory safety.
ctest --test-dir "$build" --output-on-failure -j2 -LE package
