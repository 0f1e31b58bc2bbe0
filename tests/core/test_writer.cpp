// The writer: key order and layout as in file-format.md, a safe style for
// every string, numbers and dates as the contract shows them, determinism,
// and saving that never damages the file it replaces.

#include "sessiontesthelpers.h"
#include "yamlemit.h"

#include <QDir>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace tandem;

namespace {

// Extension keys stand first in every mapping here; the writer puts them
// after the known keys, which it writes in the contract's order.
const QByteArray Scrambled = R"(top_extra: 1
format: tandem/1
session:
  custom: {a: 1}
  title: Golden
  participants: [Ada, "yes"]
  date: 2026-11-26
  notes: "line one\nline two"
links:
  - to: st-1
    from: vp-1
    kind: supports
    strength: 0.5
    note: why
business_model:
  future_block: [x]
  channels:
    - shape: round
      id: ch-1
      text: Web
      at: [12.5, 40.0]
      color: "#aabbcc"
      tags: [a, b]
      description: "two\nlines\n"
  value_propositions:
    - id: vp-1
      text: "yes"
operating_model:
  suppliers:
    - {id: su-1, text: Beans}
  value_chains:
    - owner: ops
      id: vc-1
      name: Chain
      stages:
        - id: st-1
          text: Roast
          weight: 2
snapshots:
  - name: as-is
    label: first
    business_model:
      value_propositions:
        - id: vp-1
          text: Old
    taken: 2026-11-26T10:00:00Z
)";

const QByteArray Canonical = R"(format: tandem/1
session:
  title: Golden
  participants: [Ada, "yes"]
  date: 2026-11-26
  notes: |-
    line one
    line two
  custom: {a: 1}
business_model:
  value_propositions:
    - id: vp-1
      text: "yes"
  channels:
    - id: ch-1
      text: Web
      description: |
        two
        lines

      color: "#aabbcc"
      tags: [a, b]
      at: [12.5, 40]
      shape: round
  future_block: [x]
operating_model:
  value_chains:
    - id: vc-1
      name: Chain
      stages:
        - id: st-1
          text: Roast
          weight: 2
      owner: ops
  suppliers:
    - id: su-1
      text: Beans
links:
  - from: vp-1
    to: st-1
    kind: supports
    note: why
    strength: 0.5
snapshots:
  - name: as-is
    taken: 2026-11-26T10:00:00Z
    business_model:
      value_propositions:
        - id: vp-1
          text: Old
    operating_model: {}
    links: []
    label: first
top_extra: 1
)";

TEST(Writer, keyOrderLayoutAndExtensionKeys) {
    LoadError error;
    const auto session = tandemtest::readText(Scrambled, &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    const QByteArray written = SessionWriter::toBytes(*session);
    EXPECT_EQ(written.toStdString(), Canonical.toStdString());
    const auto again = tandemtest::readText(written, &error);
    ASSERT_TRUE(again) << error.toString().toStdString();
    EXPECT_EQ(*again, *session);
}

TEST(Writer, emptySessionIsSmallAndLoads) {
    Session session;
    session.info.title = QStringLiteral("Untitled session");
    const QByteArray written = SessionWriter::toBytes(session);
    EXPECT_EQ(written, QByteArray("format: tandem/1\nsession:\n  title: Untitled session\n"
                                  "business_model: {}\noperating_model: {}\nlinks: []\n"));
    EXPECT_EQ(tandemtest::readText(written), session);
}

TEST(Writer, sameSessionSameBytes) {
    const auto session = SessionReader::readFile(
        tandemtest::resourceFile("examples/northwind.tandem.yaml"), nullptr);
    ASSERT_TRUE(session);
    const Session copy = *session;
    EXPECT_EQ(SessionWriter::toBytes(*session), SessionWriter::toBytes(copy));
    EXPECT_EQ(SessionWriter::toBytes(*session), SessionWriter::toBytes(*session));
}

TEST(Writer, stylesForAmbiguousStrings) {
    for (const char* text : {"",
                             "yes",
                             "No",
                             "ON",
                             "off",
                             "y",
                             "n",
                             "true",
                             "False",
                             "null",
                             "Null",
                             "~",
                             "1",
                             "1.0",
                             "012",
                             "0x1F",
                             "0o17",
                             "+12",
                             "-3",
                             ".inf",
                             "-.Inf",
                             ".NaN",
                             "1e3",
                             "1_000",
                             "12:30",
                             "2026-11-26",
                             "2026-11-26 10:00:00",
                             " lead",
                             "trail ",
                             "a: b",
                             "a #b",
                             "ends:",
                             "# x",
                             "- x",
                             "-x",
                             "? x",
                             "[x]",
                             "{x}",
                             "&a",
                             "*a",
                             "!tag",
                             "|x",
                             ">x",
                             "'q",
                             "\"q",
                             "%x",
                             "@x",
                             "`x",
                             "<<",
                             "=",
                             "tab\there",
                             "bell\a",
                             "nel\xc2\x85",
                             "ls\xe2\x80\xa8",
                             "bom\xef\xbb\xbf"}) {
        EXPECT_EQ(textStyleFor(text, false, true), TextStyle::DoubleQuoted) << text;
    }
    for (const char* text : {"Fresh beans", "R&D", "a *b", "café ☕", "مرحبا", "Q3 plan",
                             "12 months", "3 cafés", "e-mail", "a:b", "a#b", "it's"}) {
        EXPECT_EQ(textStyleFor(text, false, true), TextStyle::Plain) << text;
    }
    for (const char* text : {"a, b", "[x", "x]", "a:b", "a#b", "{"})
        EXPECT_EQ(textStyleFor(text, true, false), TextStyle::DoubleQuoted) << text;
    EXPECT_EQ(textStyleFor("one\ntwo", false, true), TextStyle::LiteralStrip);
    EXPECT_EQ(textStyleFor("one\ntwo\n", false, true), TextStyle::Literal);
    EXPECT_EQ(textStyleFor("one\ntwo\n\n", false, true), TextStyle::DoubleQuoted);
    EXPECT_EQ(textStyleFor("one \ntwo", false, true), TextStyle::DoubleQuoted);
    EXPECT_EQ(textStyleFor(" one\ntwo", false, true), TextStyle::DoubleQuoted);
    EXPECT_EQ(textStyleFor("\none", false, true), TextStyle::DoubleQuoted);
    EXPECT_EQ(textStyleFor("\n", false, true), TextStyle::DoubleQuoted);
    EXPECT_EQ(textStyleFor("one\r\ntwo", false, true), TextStyle::DoubleQuoted);
    EXPECT_EQ(textStyleFor("one\ntwo", true, true), TextStyle::DoubleQuoted);
    EXPECT_EQ(textStyleFor("one\ntwo", false, false), TextStyle::DoubleQuoted);
}

TEST(Writer, numbersDatesAndUnicode) {
    Session session;
    session.info.title = QStringLiteral("☕ مرحبا 😀");
    session.info.date = QStringLiteral("2026-11-26");
    Element element;
    element.id = QStringLiteral("1.0"); // a valid id that looks like a number
    element.text = QStringLiteral("true");
    element.at = QPointF(12, -40);
    session.state.elements(Block::Channels).push_back(element);
    element.id = QStringLiteral("e2");
    element.at = QPointF(0.1, 1e20);
    session.state.elements(Block::Channels).push_back(element);
    const QByteArray written = SessionWriter::toBytes(session);
    EXPECT_TRUE(written.contains("title: ☕ مرحبا 😀\n")) << written.toStdString();
    EXPECT_FALSE(written.contains("\\u")) << written.toStdString();
    EXPECT_TRUE(written.contains("date: 2026-11-26\n"));
    EXPECT_TRUE(written.contains("- id: \"1.0\"\n      text: \"true\"\n"));
    EXPECT_TRUE(written.contains("at: [12, -40]\n"));
    EXPECT_TRUE(written.contains("at: [0.1, 1e+20]\n"));
    EXPECT_EQ(tandemtest::readText(written), session);

    session.info.date = QStringLiteral("soon"); // not a date: written as text
    EXPECT_TRUE(SessionWriter::toBytes(session).contains("date: soon\n"));
}

TEST(Writer, writeToDevice) {
    Session session;
    session.info.title = QStringLiteral("x");
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    QString error;
    EXPECT_TRUE(SessionWriter::write(session, buffer, &error));
    EXPECT_EQ(buffer.data(), QByteArray("format: tandem/1\nsession:\n  title: x\n"
                                        "business_model: {}\noperating_model: {}\nlinks: []\n"));

    QBuffer readOnly;
    ASSERT_TRUE(readOnly.open(QIODevice::ReadOnly));
    EXPECT_FALSE(SessionWriter::write(session, readOnly, &error));
    EXPECT_FALSE(error.isEmpty());
}

Session exampleSession() {
    auto session = SessionReader::readFile(
        tandemtest::resourceFile("examples/northwind.tandem.yaml"), nullptr);
    return session ? *session : Session{};
}

void expectSaveFails(const QString& path) {
    QString error;
    EXPECT_FALSE(SessionWriter::saveFile(exampleSession(), path, &error)) << path.toStdString();
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot save to %1: ").arg(path)))
        << error.toStdString();
    EXPECT_GT(error.size(), QStringLiteral("Cannot save to %1: ").arg(path).size());
}

TEST(WriterSave, savesAndLoadsBack) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("northwind.tandem.yaml"));
    QString error;
    const Session session = exampleSession();
    ASSERT_FALSE(session.state.elements(Block::ValuePropositions).empty());
    ASSERT_TRUE(SessionWriter::saveFile(session, path, &error)) << error.toStdString();
    // Read back by the reader, not compared with the writer's own bytes.
    LoadError loadError;
    const auto loaded = SessionReader::readFile(path, &loadError);
    ASSERT_TRUE(loaded) << loadError.toString().toStdString();
    EXPECT_EQ(*loaded, session);
    EXPECT_TRUE(tandemtest::fileBytes(path).startsWith("format: tandem/1\nsession:\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
}

TEST(WriterSave, missingDirectoryFails) {
    expectSaveFails(QStringLiteral("/nonexistent-tandem-dir/x.tandem.yaml"));
}

TEST(WriterSave, parentIsAFileFails) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QFile plain(file);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    expectSaveFails(file + QStringLiteral("/x.tandem.yaml"));
}

TEST(WriterSave, readOnlyPlaceFails) {
    // Root ignores permission bits, but nobody may create files in /proc.
    expectSaveFails(QStringLiteral("/proc/tandem-test.tandem.yaml"));
}

TEST(WriterSave, noRoomForTheTemporaryLeavesExistingFileUntouched) {
    // The save goes to a temporary beside the file, named after it. Beside a
    // file whose name is as long as a name may be, no such temporary can be
    // made, by root either (who ignores a read-only directory): the save
    // fails, says why, and the file stays as it was, with nothing left beside it.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const long nameMax = pathconf(QFile::encodeName(dir.path()).constData(), _PC_NAME_MAX);
    ASSERT_GT(nameMax, 20);
    const QString name = QString(static_cast<qsizetype>(nameMax) - 12, QLatin1Char('k')) +
                         QStringLiteral(".tandem.yaml");
    const QString path = dir.filePath(name);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << file.errorString().toStdString();
    file.write("precious");
    file.close();
    expectSaveFails(path);
    EXPECT_EQ(tandemtest::fileBytes(path), QByteArray("precious"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{name});
}

TEST(WriterSave, failedWriteLeavesExistingFileUntouched) {
    // A file size limit makes the write fail part way, even for root, the
    // way a full disk would.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keep.tandem.yaml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();

    rlimit old{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 100;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool saved = SessionWriter::saveFile(exampleSession(), path, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_FALSE(saved);
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot save to %1: ").arg(path)))
        << error.toStdString();
    EXPECT_EQ(tandemtest::fileBytes(path), QByteArray("precious"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1); // temporary removed
}

} // namespace
