// Only format tandem/1 loads; a newer one says so, and the format is checked
// before anything else in the file.

#include "sessiontesthelpers.h"

using namespace tandem;
using tandemtest::RefusalCase;

namespace {

class RefuseFormat : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RefuseFormat, namesFileLineAndProblem) {
    tandemtest::expectRefused(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, RefuseFormat,
    ::testing::Values(
        RefusalCase{"format-missing.yaml", 1, "not a Tandem session"},
        RefusalCase{"format-newer.yaml", 1, "made by a newer version of Tandem"},
        RefusalCase{"format-newer-minor.yaml", 1, "made by a newer version of Tandem"},
        RefusalCase{"format-newer-last.yaml", 20, "made by a newer version of Tandem"},
        RefusalCase{"format-other.yaml", 1, "not a Tandem session (format is \"openapi/3.1\""},
        RefusalCase{"format-old.yaml", 1, "not a Tandem session"},
        RefusalCase{"format-list.yaml", 1, "not a Tandem session"},
        RefusalCase{"format-root-list.yaml", 1, "not a Tandem session"},
        RefusalCase{"format-root-text.yaml", 1, "not a Tandem session"},
        RefusalCase{"format-wins-over-types.yaml", 1, "made by a newer version of Tandem"}),
    tandemtest::refusalName);

TEST(RefuseFormat, quotedFormatIsFine) {
    EXPECT_TRUE(tandemtest::readText("format: \"tandem/1\"\nsession: {title: x}\n"));
    EXPECT_TRUE(tandemtest::readText("session: {title: x}\nformat: 'tandem/1'\n"));
}

} // namespace
