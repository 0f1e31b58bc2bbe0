// A large file is cut into pieces parsed on several cores. Whatever the cut,
// the reader must give exactly what one parse of the whole file gives: the
// same session, or the same refusal with the same line.

#include "sessiongenerator.h"
#include "sessiontesthelpers.h"
#include "yamlpieces.h"

#include <QDir>
#include <QDirIterator>
#include <QTimeZone>

using namespace tandem;

namespace {

constexpr std::string_view ListKeys[] = {"links", "snapshots"};

// Cuts any file of a few hundred bytes or more.
SessionReader::Parallelism pieces(int count) {
    return SessionReader::Parallelism{count, 16};
}

struct Reading {
    std::optional<Session> session;
    LoadError error;
    int pieces = 0;
};

Reading readWith(const QByteArray& bytes, const SessionReader::Parallelism& parallelism) {
    Reading reading;
    reading.session = SessionReader::readBytes(bytes, QStringLiteral("test.tandem.yaml"),
                                               &reading.error, parallelism, &reading.pieces);
    return reading;
}

// Reads bytes whole and in 2, 3 and 5 pieces; all must agree. Returns the
// largest number of pieces a reading was made of.
int expectSameInPieces(const QByteArray& bytes) {
    const Reading whole = readWith(bytes, SessionReader::Parallelism{1});
    EXPECT_EQ(whole.pieces, 1);
    int most = 1;
    for (int count : {2, 3, 5}) {
        const Reading cut = readWith(bytes, pieces(count));
        most = std::max(most, cut.pieces);
        EXPECT_EQ(cut.session.has_value(), whole.session.has_value()) << count << " pieces";
        if (whole.session && cut.session) {
            EXPECT_TRUE(*cut.session == *whole.session) << count << " pieces";
        }
        EXPECT_EQ(cut.error.toString(), whole.error.toString()) << count << " pieces";
    }
    return most;
}

QByteArray generatedWithSnapshots(int elements) {
    Session session = generateSession(elements, 7);
    for (const char* name : {"as-is", "to-be"}) {
        Snapshot snapshot;
        snapshot.name = QString::fromLatin1(name);
        snapshot.taken = QDateTime(QDate(2026, 11, 27), QTime(9, 30), QTimeZone::utc());
        snapshot.state = session.state;
        session.snapshots.push_back(snapshot);
    }
    return SessionWriter::toBytes(session);
}

std::string joined(const std::vector<YamlPiece>& pieces) {
    std::string text;
    for (const YamlPiece& piece : pieces)
        text.append(piece.text);
    return text;
}

TEST(ReadInPieces, aLargeSessionReadsTheSameOnEveryNumberOfCores) {
    const QByteArray bytes = SessionWriter::toBytes(generateSession(800, 11));
    const Reading whole = readWith(bytes, SessionReader::Parallelism{1});
    ASSERT_TRUE(whole.session) << whole.error.toString().toStdString();
    for (int count : {2, 3, 4, 8}) {
        const Reading cut = readWith(bytes, SessionReader::Parallelism{count, 4096});
        ASSERT_TRUE(cut.session) << cut.error.toString().toStdString();
        EXPECT_EQ(cut.pieces, count) << "the links split evenly";
        EXPECT_TRUE(*cut.session == *whole.session) << count << " pieces";
    }
}

TEST(ReadInPieces, theDefaultCutsOnlyLargeFiles) {
    const QByteArray example =
        tandemtest::fileBytes(tandemtest::resourceFile("examples/northwind.tandem.yaml"));
    ASSERT_FALSE(example.isEmpty());
    SessionReader::Parallelism parallelism = SessionReader::defaultParallelism();
    parallelism.maxPieces = 2; // as on a two-core machine
    EXPECT_EQ(readWith(example, parallelism).pieces, 1);
    EXPECT_EQ(readWith(SessionWriter::toBytes(generateSession(800, 11)), parallelism).pieces, 2);
}

TEST(ReadInPieces, listsAreCutBetweenItemsAndEndWhereTheirListEnds) {
    const QByteArray bytes = generatedWithSnapshots(300);
    const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
    for (int count = 2; count <= 12; ++count) {
        const auto cut = splitYamlForParsing(text, count, 64, ListKeys);
        ASSERT_EQ(joined(cut), text);
        ASSERT_GE(cut.size(), 2U) << count;
        EXPECT_TRUE(cut.front().continuesList.empty());
        for (std::size_t i = 0; i < cut.size(); ++i) {
            const std::string_view piece = cut[i].text;
            EXPECT_EQ(cut[i].nextLine.empty(), i + 1 == cut.size());
            if (i + 1 < cut.size()) {
                EXPECT_EQ(cut[i].nextLine, cut[i + 1].text.substr(0, cut[i].nextLine.size()));
                EXPECT_TRUE(cut[i].nextLine.ends_with('\n'));
            }
            if (!cut[i].continuesList.empty()) {
                EXPECT_TRUE(cut[i].continuesList == "links" || cut[i].continuesList == "snapshots");
                EXPECT_TRUE(piece.starts_with("  - ")) << piece.substr(0, 40);
                // Only items: no line at the top level.
                for (std::size_t at = piece.find('\n'); at + 1 < piece.size();
                     at = piece.find('\n', at + 1))
                    EXPECT_EQ(piece[at + 1], ' ') << "a top-level line in a list piece";
            } else if (i > 0) {
                EXPECT_NE(piece.front(), ' ') << "a mapping piece starts at a top-level key";
            }
        }
    }
    EXPECT_GE(expectSameInPieces(bytes), 3);
}

TEST(ReadInPieces, filesItDoesNotUnderstandStayWhole) {
    const std::string body = "session:\n  title: T\nlinks:\n  - {from: a, to: b}\n"
                             "  - {from: b, to: a}\n  - {from: a, to: b, kind: supports}\n";
    const std::vector<std::string> odd = {
        "--- \nformat: tandem/1\n" + body,                                    // a document marker
        "%YAML 1.2\n---\nformat: tandem/1\n" + body,                          // a directive
        "\"format\": tandem/1\n" + body,                                      // a quoted key
        "format: tandem/1\n" + body + " extra: text\n",                       // text at column 1
        "format: tandem/1\nlinks:\n- {from: a, to: b}\n- {from: b, to: a}\n", // a compact list
        "format: tandem/1\n? complex\n: key\n" + body,                        // a complex key
        "format: tandem/1\n\tsession: x\n" + body,                            // a tab
    };
    for (const std::string& text : odd) {
        EXPECT_EQ(splitYamlForParsing(text, 4, 1, ListKeys).size(), 1U) << text;
        expectSameInPieces(QByteArray::fromStdString(text));
    }
}

TEST(ReadInPieces, aListNotAtTwoSpacesIsNotCutInside) {
    const std::string text = "format: tandem/1\nsession: {title: T}\nlinks:\n"
                             "    - {from: a, to: b}\n    - {from: b, to: a}\n";
    for (const YamlPiece& piece : splitYamlForParsing(text, 4, 1, ListKeys))
        EXPECT_TRUE(piece.continuesList.empty());
}

TEST(ReadInPieces, aCutInsideQuotedTextOrBracketsFallsBackToTheWholeFile) {
    // "links:" and "notes:" below look like top-level keys but sit inside a
    // quoted scalar and a flow mapping: the piece before such a cut does not
    // parse, and the whole file is read instead.
    const QByteArray quoted = "format: tandem/1\nsession:\n  title: \"A title over\n"
                              "links: lines\"\nbusiness_model:\n  channels: [{id: c, text: C}]\n";
    const QByteArray flow = "format: tandem/1\nsession: {title: T,\n"
                            "notes: n}\nbusiness_model:\n  channels: [{id: c, text: C}]\n";
    // Here the piece before the cut, parsed with the next line as it must be,
    // ends well: the line closes the quote. That line must then start an
    // entry of its own, or the piece's last entry ("extra") would be lost.
    const QByteArray closed = "format: tandem/1\nsession: {title: T}\nextra: \"over\n"
                              "more: lines\"\nbusiness_model:\n  channels: [{id: c, text: C}]\n";
    for (const auto& [bytes, fake] :
         {std::pair(quoted, "links:"), std::pair(flow, "notes:"), std::pair(closed, "more:")}) {
        const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
        const std::string_view fakeKey = fake; // lambdas cannot capture bindings in clang 14
        bool cutAtFake = false;
        for (int count = 2; count <= 8 && !cutAtFake; ++count) {
            const auto cut = splitYamlForParsing(text, count, 1, ListKeys);
            cutAtFake = std::any_of(cut.begin(), cut.end(), [&](const YamlPiece& piece) {
                return piece.text.starts_with(fakeKey);
            });
            if (cutAtFake) {
                const Reading whole = readWith(bytes, SessionReader::Parallelism{1});
                ASSERT_TRUE(whole.session) << whole.error.toString().toStdString();
                const Reading cutReading = readWith(bytes, SessionReader::Parallelism{count, 1});
                EXPECT_EQ(cutReading.pieces, 1) << "fell back to the whole file";
                ASSERT_TRUE(cutReading.session);
                EXPECT_TRUE(*cutReading.session == *whole.session);
            }
        }
        EXPECT_TRUE(cutAtFake) << bytes.constData();
        expectSameInPieces(bytes);
    }
}

TEST(ReadInPieces, aPieceIsParsedWithTheLineAfterIt) {
    // "text, Roast" can end a file, but yaml-cpp refuses it before a key (the
    // fuzzer found this): a piece cut before "links:" must be parsed with
    // that line to be refused as the whole file is.
    const QByteArray bytes = "format: tandem/1\nsession:\n  title: T\nextra:\n  - id: a\n"
                             "    text, Roast\nlinks:\n  - from: a\n";
    const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
    const auto cut = splitYamlForParsing(text, 3, 1, ListKeys);
    ASSERT_EQ(cut.size(), 3U);
    ASSERT_TRUE(cut[2].text.starts_with("links:"));
    EXPECT_EQ(cut[1].nextLine, "links:\n");
    std::string storage;
    EXPECT_EQ(yamlToParse(cut[1], storage), "extra:\n  - id: a\n    text, Roast\nlinks:\n");
    const Reading whole = readWith(bytes, SessionReader::Parallelism{1});
    ASSERT_FALSE(whole.session);
    EXPECT_EQ(whole.error.line, 7);
    expectSameInPieces(bytes);
}

TEST(ReadInPieces, aPieceOfListItemsIsParsedUnderItsKey) {
    const QByteArray bytes = generatedWithSnapshots(100);
    const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
    bool seen = false;
    for (const YamlPiece& piece : splitYamlForParsing(text, 6, 64, ListKeys)) {
        if (piece.continuesList.empty())
            continue;
        std::string storage;
        const std::string_view parsed = yamlToParse(piece, storage);
        EXPECT_TRUE(parsed.starts_with(std::string(piece.continuesList) + ":\n  - "));
        EXPECT_TRUE(parsed.ends_with(piece.nextLine));
        seen = true;
    }
    EXPECT_TRUE(seen);
}

TEST(ReadInPieces, aRefusalInALaterPieceNamesTheLineInTheWholeFile) {
    QByteArray bytes = SessionWriter::toBytes(generateSession(800, 11));
    // The last link points nowhere.
    const qsizetype last = bytes.lastIndexOf("    to: ");
    ASSERT_GT(last, 0);
    bytes.insert(last + 8, "nowhere-");
    const Reading whole = readWith(bytes, SessionReader::Parallelism{1});
    ASSERT_FALSE(whole.session);
    EXPECT_TRUE(whole.error.message.contains(QStringLiteral("unknown id \"nowhere-")))
        << whole.error.toString().toStdString();
    EXPECT_EQ(whole.error.line, bytes.left(last).count('\n') + 1);
    expectSameInPieces(bytes);
}

TEST(ReadInPieces, aKeyRepeatedInALaterPieceIsRefusedAsInTheWholeFile) {
    QByteArray bytes = generatedWithSnapshots(200);
    bytes += "links:\n  - {from: a, to: b}\n";
    const Reading whole = readWith(bytes, SessionReader::Parallelism{1});
    ASSERT_FALSE(whole.session);
    EXPECT_TRUE(whole.error.message.contains(QStringLiteral("duplicate key \"links\"")));
    expectSameInPieces(bytes);
}

TEST(ReadInPieces, everyTestFileReadsTheSameInPieces) {
    QStringList files;
    for (const char* folder : {TANDEM_TEST_DATA, TANDEM_RESOURCE_DIR}) {
        QDirIterator it(QString::fromUtf8(folder), {QStringLiteral("*.yaml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    ASSERT_GT(files.size(), 100);
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        expectSameInPieces(tandemtest::fileBytes(file));
    }
}

} // namespace
