// Input that is not one YAML document of UTF-8 text is refused with the line
// of the problem: syntax errors (with yaml-cpp's line), empty files, bytes
// that are not UTF-8, control characters, unclosed quotes, a second document.

#include "sessiontesthelpers.h"

using namespace tandem;
using tandemtest::RefusalCase;

namespace {

class RefuseSyntax : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RefuseSyntax, namesFileLineAndProblem) {
    tandemtest::expectRefused(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, RefuseSyntax,
    ::testing::Values(
        RefusalCase{"syntax-unclosed-quote.yaml", 3, "quoted text opened here is never closed"},
        RefusalCase{"syntax-map-in-scalar.yaml", 3, "not valid YAML"},
        RefusalCase{"syntax-unclosed-flow.yaml", 19, "not valid YAML"},
        RefusalCase{"syntax-bad-indent.yaml", 10, "not valid YAML"},
        RefusalCase{"syntax-two-documents.yaml", 21, "more than one YAML document"},
        RefusalCase{"syntax-empty.yaml", 0, "empty file, not a Tandem session"},
        RefusalCase{"syntax-blank.yaml", 0, "empty file, not a Tandem session"},
        RefusalCase{"syntax-comment-only.yaml", 0, "empty file, not a Tandem session"},
        RefusalCase{"syntax-latin1.yaml", 10, "not UTF-8"},
        RefusalCase{"syntax-utf16.yaml", 1, "UTF-16 text, not UTF-8"},
        RefusalCase{"syntax-control-char.yaml", 7, "control character U+0004"},
        RefusalCase{"syntax-truncated-utf8.yaml", 21, "not UTF-8"},
        RefusalCase{"syntax-surrogate.yaml", 7, "not UTF-8"}),
    tandemtest::refusalName);

const QByteArray Minimal = "format: tandem/1\nsession:\n  title: Minimal\n";

TEST(RefuseSyntax, emptyBytesHaveNoLine) {
    LoadError error;
    EXPECT_FALSE(tandemtest::readText(QByteArray(), &error));
    EXPECT_EQ(error.toString(),
              QStringLiteral("test.tandem.yaml: empty file, not a Tandem session"));
}

TEST(RefuseSyntax, byteOrderMarkAndCrLfAreFine) {
    QByteArray crlf = Minimal;
    crlf.replace("\n", "\r\n");
    EXPECT_TRUE(tandemtest::readText("\xEF\xBB\xBF" + Minimal));
    EXPECT_TRUE(tandemtest::readText(crlf));
    LoadError error;
    EXPECT_FALSE(tandemtest::readText(crlf + "session: {}\r\n", &error));
    EXPECT_EQ(error.line, 4) << error.toString().toStdString();
}

TEST(RefuseSyntax, documentMarkersAroundOneDocumentAreFine) {
    EXPECT_TRUE(tandemtest::readText("%YAML 1.2\n---\n" + Minimal + "...\n"));
    LoadError error;
    EXPECT_FALSE(tandemtest::readText(Minimal + "---\n", &error));
    EXPECT_EQ(error.line, 4);
    EXPECT_TRUE(error.message.contains(QStringLiteral("more than one YAML document")));
}

TEST(RefuseSyntax, unclosedSingleQuoteNamesItsLine) {
    LoadError error;
    EXPECT_FALSE(tandemtest::readText(Minimal + "notes: 'it''s\nnever closed\n", &error));
    EXPECT_EQ(error.line, 4);
    EXPECT_TRUE(error.message.contains(QStringLiteral("never closed")));
}

TEST(RefuseSyntax, refusalLeavesCallerSessionUntouched) {
    auto good = tandemtest::readText(Minimal);
    ASSERT_TRUE(good);
    Session kept = *good;
    const Session before = kept;
    LoadError error;
    const auto result = SessionReader::readFile(tandemtest::badFile("id-duplicate.yaml"), &error);
    ASSERT_FALSE(result.has_value()); // all or nothing: no partly read session to copy from
    if (result)
        kept = *result;
    EXPECT_EQ(kept, before);
    EXPECT_FALSE(error.message.isEmpty());
}

TEST(RefuseSyntax, errorPointerMayBeNull) {
    EXPECT_FALSE(SessionReader::readBytes("[", QStringLiteral("x"), nullptr));
    EXPECT_TRUE(SessionReader::readBytes(Minimal, QStringLiteral("x"), nullptr));
}

TEST(RefuseSyntax, unopenedDeviceAndMissingFileAreRefused) {
    QBuffer closed;
    LoadError error;
    EXPECT_FALSE(SessionReader::read(closed, QStringLiteral("closed.yaml"), &error));
    EXPECT_EQ(error.file, QStringLiteral("closed.yaml"));
    EXPECT_FALSE(error.message.isEmpty());

    EXPECT_FALSE(SessionReader::readFile(QStringLiteral("/nonexistent/x.tandem.yaml"), &error));
    EXPECT_TRUE(
        error.toString().startsWith(QStringLiteral("/nonexistent/x.tandem.yaml: cannot open")))
        << error.toString().toStdString();
}

TEST(RefuseSyntax, readsFromCurrentDevicePosition) {
    QByteArray bytes = "garbage\n" + Minimal;
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    buffer.seek(8);
    EXPECT_TRUE(SessionReader::read(buffer, QStringLiteral("x"), nullptr));
}

} // namespace
