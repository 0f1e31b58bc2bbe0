// The workshop room's protocol rules (core/roomprotocol.h) and the `author`
// field a note from the room carries through a save and a load.

#include "loaderror.h"
#include "roomprotocol.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace tandem;
using namespace tandem::room;

namespace {

QString refusalCode(const QByteArray& message) {
    const auto parsed = parseRequest(message);
    const auto* refused = std::get_if<Refusal>(&parsed);
    return refused ? refused->code : QString();
}

TEST(RoomProtocol, ParsesTheThreeRequests) {
    const auto join = parseRequest(R"({"type":"join","name":"  Ada   Park ","code":"K7QX"})");
    ASSERT_TRUE(std::holds_alternative<Request>(join));
    EXPECT_EQ(std::get<Request>(join).name, QStringLiteral("Ada Park"));
    EXPECT_EQ(std::get<Request>(join).code, QStringLiteral("K7QX"));
    EXPECT_TRUE(std::get<Request>(join).language.isEmpty()) << "no lang: English";
    const auto note = parseRequest(R"({"type":"note","text":"Fresh beans","block":"channels"})");
    ASSERT_TRUE(std::holds_alternative<Request>(note));
    EXPECT_EQ(std::get<Request>(note).block, QStringLiteral("channels"));
    const auto vote = parseRequest(R"({"type":"vote","note":"vp-1","delta":-1})");
    ASSERT_TRUE(std::holds_alternative<Request>(vote));
    EXPECT_EQ(std::get<Request>(vote).delta, -1);
}

TEST(RoomProtocol, RefusesWhatBreaksTheRules) {
    EXPECT_EQ(refusalCode("not json"), QStringLiteral("bad-json"));
    EXPECT_EQ(refusalCode("[1,2]"), QStringLiteral("bad-json"));
    EXPECT_EQ(refusalCode(R"({"type":"delete","id":"vp-1"})"), QStringLiteral("unknown-type"));
    EXPECT_EQ(refusalCode(R"({"type":"note","text":5})"), QStringLiteral("bad-field"));
    EXPECT_EQ(refusalCode(R"({"type":"note","text":"   "})"), QStringLiteral("empty-note"));
    EXPECT_EQ(refusalCode(R"({"type":"join","name":"","code":"A"})"), QStringLiteral("empty-name"));
    EXPECT_EQ(refusalCode(R"({"type":"vote","note":"vp-1","delta":3})"),
              QStringLiteral("bad-field"));
    const QByteArray longNote =
        R"({"type":"note","text":")" + QByteArray(maxNoteLength + 1, 'x') + R"("})";
    EXPECT_EQ(refusalCode(longNote), QStringLiteral("note-too-long"));
    const QByteArray huge = R"({"type":"note","text":")" + QByteArray(maxMessageBytes, 'x') + "\"}";
    EXPECT_EQ(refusalCode(huge), QStringLiteral("too-large"));
    // Exactly at the limit is fine.
    const QByteArray fits = R"({"type":"note","text":")" + QByteArray(maxNoteLength, 'x') + R"("})";
    EXPECT_TRUE(std::holds_alternative<Request>(parseRequest(fits)));
}

// The page's language picks the language of block titles: only the primary
// subtag, and only letters; anything else is no language (English).
TEST(RoomProtocol, JoinCarriesThePagesLanguage) {
    const auto languageOf = [](const QByteArray& lang) {
        const auto parsed =
            parseRequest(R"({"type":"join","name":"Bo","code":"K7QX","lang":)" + lang + "}");
        return std::get<Request>(parsed).language;
    };
    EXPECT_EQ(languageOf(R"("de")"), QStringLiteral("de"));
    EXPECT_EQ(languageOf(R"("de-AT")"), QStringLiteral("de"));
    EXPECT_EQ(languageOf(R"("EN-us")"), QStringLiteral("en"));
    EXPECT_EQ(languageOf(R"("../../etc")"), QString());
    EXPECT_EQ(languageOf(R"("<b>")"), QString());
    EXPECT_EQ(languageOf(R"("abcdefghijk")"), QString());
    EXPECT_EQ(refusalCode(R"({"type":"join","name":"Bo","code":"K7QX","lang":5})"),
              QStringLiteral("bad-field"));
}

TEST(RoomProtocol, RefusalMessagesSayWhy) {
    const QJsonObject message = refusalMessage(refusal(QStringLiteral("rate-limit")));
    EXPECT_EQ(message.value(QLatin1String("type")).toString(), QStringLiteral("error"));
    EXPECT_EQ(message.value(QLatin1String("error")).toString(), QStringLiteral("rate-limit"));
    EXPECT_FALSE(message.value(QLatin1String("message")).toString().isEmpty());
}

TEST(RoomProtocol, TokensAreLongAndCodesShort) {
    QSet<QString> tokens;
    for (int i = 0; i < 100; ++i) {
        const QString token = newToken();
        EXPECT_EQ(token.size(), 22) << "128 bits in base64url";
        tokens.insert(token);
    }
    EXPECT_EQ(tokens.size(), 100);
    EXPECT_EQ(newRoomCode().size(), 4);
}

TEST(RoomProtocol, RateWindowSlides) {
    RateWindow window(3, 1000);
    EXPECT_TRUE(window.allow(0));
    EXPECT_TRUE(window.allow(10));
    EXPECT_TRUE(window.allow(20));
    EXPECT_FALSE(window.allow(500));
    EXPECT_TRUE(window.allow(1000));
}

TEST(RoomAuthor, RoundTripsAndOldFilesStayByteIdentical) {
    const QByteArray withAuthor = "format: tandem/1\n"
                                  "session:\n"
                                  "  title: Room\n"
                                  "business_model:\n"
                                  "  channels:\n"
                                  "    - id: ch-1\n"
                                  "      text: Pop-up stall\n"
                                  "      author: Bo Chen\n"
                                  "      votes: {Ada: 1}\n";
    LoadError error;
    const auto loaded =
        SessionReader::readBytes(withAuthor, QStringLiteral("a.tandem.yaml"), &error);
    ASSERT_TRUE(loaded.has_value()) << error.toString().toStdString();
    const Element& note = loaded->state.elements(Block::Channels).at(0);
    EXPECT_EQ(note.author, QStringLiteral("Bo Chen"));
    EXPECT_TRUE(note.extra.empty()) << "author is a typed field";
    const QByteArray written = SessionWriter::toBytes(*loaded);
    EXPECT_TRUE(written.contains("      author: Bo Chen\n      votes: {Ada: 1}\n"))
        << written.constData();
    // A file written before authors existed comes back byte for byte.
    Session plain = *loaded;
    plain.state.elements(Block::Channels)[0].author.clear();
    const QByteArray old = SessionWriter::toBytes(plain);
    EXPECT_FALSE(old.contains("author"));
    const auto again = SessionReader::readBytes(old, QStringLiteral("b.tandem.yaml"), &error);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(SessionWriter::toBytes(*again), old);
}

} // namespace
