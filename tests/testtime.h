#pragma once

// Wall-clock bounds in tests (a refusal within a second, a dialog within a
// few) are for optimised builds. Sanitizer builds run about ten times slower:
// tests/CMakeLists.txt sets TANDEM_TIME_SCALE to say by how much, and every
// bound in every test tree goes through scaledMs() instead of a bare literal.

namespace tandem::test {

inline constexpr int TimeScale = TANDEM_TIME_SCALE;

// `milliseconds` as a bound for this build.
constexpr int scaledMs(int milliseconds) {
    return milliseconds * TimeScale;
}

} // namespace tandem::test
