// The workshop room in-process: a Room on 127.0.0.1 and participants played
// by QWebSocket clients. Joining, notes (one undo step each, with the
// author), the private inbox, and who sees what.

#include "document.h"
#include "roomtesthelpers.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QUndoStack>

using namespace tandem;
using namespace tandemtest;

namespace {

// A room on the loopback address over an empty document.
class RoomTest : public ::testing::Test {
protected:
    void SetUp() override {
        QString error;
        ASSERT_TRUE(room.open(loopback, 0, &error)) << error.toStdString();
        room.setOpenBlock(Block::ValuePropositions);
    }

    QJsonArray myNotes(const QJsonObject& state) {
        return state.value(QLatin1String("notes")).toArray();
    }
    const std::vector<Element>& propositions() {
        return document.state().elements(Block::ValuePropositions);
    }

    Document document;
    Room room{&document};
};

TEST_F(RoomTest, OpensOnLoopbackWithTokenAndCode) {
    EXPECT_TRUE(room.isOpen());
    EXPECT_EQ(room.pageUrl().host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(room.pageUrl().port(), 0);
    EXPECT_EQ(room.pageUrl().path(), QLatin1Char('/') + room.server()->token() + QLatin1Char('/'));
    EXPECT_EQ(room.joinUrl().fragment(), room.code());
    EXPECT_EQ(room.code().size(), 4);
}

TEST_F(RoomTest, JoinAndAddANoteThatLandsAsOneUndoStepWithItsAuthor) {
    RoomClient ada(room);
    ASSERT_TRUE(ada.waitConnected());
    const QJsonObject state = ada.join(QStringLiteral("Ada"), room.code());
    EXPECT_EQ(state.value(QLatin1String("name")).toString(), QStringLiteral("Ada"));
    EXPECT_EQ(state.value(QLatin1String("block")).toObject().value(QLatin1String("key")),
              QStringLiteral("value_propositions"));
    EXPECT_EQ(room.participants().size(), 1);

    const int steps = document.undoStack()->count();
    ada.note(QStringLiteral("Beans roasted to order"));
    const QJsonObject after = ada.waitFor([](const QJsonObject& m) {
        return m.value(QLatin1String("type")) == QLatin1String("state") &&
               !m.value(QLatin1String("notes")).toArray().isEmpty();
    });
    ASSERT_EQ(propositions().size(), 1u);
    EXPECT_EQ(propositions()[0].text, QStringLiteral("Beans roasted to order"));
    EXPECT_EQ(propositions()[0].author, QStringLiteral("Ada"));
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    // Edit > Undo says whose note it takes away.
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Add note from Ada"));
    EXPECT_EQ(myNotes(after)[0].toObject().value(QLatin1String("state")), QStringLiteral("added"));
    document.undoStack()->undo();
    EXPECT_TRUE(propositions().empty());
}

TEST_F(RoomTest, WrongCodeIsRefusedAndFiveCloseTheConnection) {
    RoomClient eve(room);
    ASSERT_TRUE(eve.waitConnected());
    eve.send({{QStringLiteral("type"), QStringLiteral("join")},
              {QStringLiteral("name"), QStringLiteral("Eve")},
              {QStringLiteral("code"), QStringLiteral("NOPE")}});
    EXPECT_EQ(eve.waitForError(), QStringLiteral("wrong-code"));
    EXPECT_EQ(room.participants().size(), 0);
    for (int i = 0; i < 4; ++i)
        eve.send({{QStringLiteral("type"), QStringLiteral("join")},
                  {QStringLiteral("name"), QStringLiteral("Eve")},
                  {QStringLiteral("code"), QStringLiteral("NOPE")}});
    EXPECT_TRUE(eve.waitClosed());
    EXPECT_EQ(room.participants().size(), 0);
}

TEST_F(RoomTest, PrivateInboxShowsOnlyACountUntilRevealed) {
    room.setPrivate(true);
    RoomClient ada(room);
    RoomClient bo(room);
    ASSERT_TRUE(ada.waitConnected() && bo.waitConnected());
    ada.join(QStringLiteral("Ada"), room.code());
    bo.join(QStringLiteral("Bo"), room.code());
    ada.note(QStringLiteral("First"));
    ada.note(QStringLiteral("Second"));
    ada.note(QStringLiteral("Third"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return room.participants().waitingCount() == 3; },
                                test::scaledMs(5000)));
    EXPECT_TRUE(propositions().empty()) << "nothing in the document before it is revealed";
    const QJsonObject boSees = bo.waitFor(
        [](const QJsonObject& m) { return m.value(QLatin1String("inbox")).toInt() == 3; });
    EXPECT_TRUE(myNotes(boSees).isEmpty()) << "Bo sees a count, not Ada's notes";

    const auto waiting = room.participants().waiting();
    const int steps = document.undoStack()->count();
    EXPECT_TRUE(room.reveal(waiting[1].second->serial));
    EXPECT_TRUE(room.discard(waiting[0].second->serial));
    ASSERT_EQ(propositions().size(), 1u);
    EXPECT_EQ(propositions()[0].text, QStringLiteral("Second"));
    room.revealAll();
    ASSERT_EQ(propositions().size(), 2u);
    EXPECT_EQ(propositions()[1].text, QStringLiteral("Third"));
    EXPECT_EQ(propositions()[1].author, QStringLiteral("Ada"));
    EXPECT_EQ(document.undoStack()->count(), steps + 2) << "one undo step per accepted note";
    EXPECT_FALSE(room.discard(waiting[0].second->serial)) << "already discarded";

    const QJsonObject adaSees = ada.waitFor([](const QJsonObject& m) {
        return m.value(QLatin1String("type")) == QLatin1String("state") &&
               m.value(QLatin1String("inbox")).toInt() == 0;
    });
    const QJsonArray notes = myNotes(adaSees);
    ASSERT_EQ(notes.size(), 3);
    EXPECT_EQ(notes[0].toObject().value(QLatin1String("state")), QStringLiteral("discarded"));
    EXPECT_EQ(notes[1].toObject().value(QLatin1String("state")), QStringLiteral("added"));
    EXPECT_EQ(notes[2].toObject().value(QLatin1String("state")), QStringLiteral("added"));
}

TEST_F(RoomTest, AReconnectWithTheKeySeesItsNotes) {
    QString key;
    {
        RoomClient ada(room);
        ASSERT_TRUE(ada.waitConnected());
        ada.join(QStringLiteral("Ada"), room.code());
        key = ada.key();
        ada.note(QStringLiteral("Before the drop"));
        ada.waitFor([](const QJsonObject& m) {
            return !m.value(QLatin1String("notes")).toArray().isEmpty();
        });
        ada.socket().abort();
    }
    RoomClient again(room);
    ASSERT_TRUE(again.waitConnected());
    const QJsonObject state = again.join(QStringLiteral("Ada"), room.code(), key);
    EXPECT_EQ(again.key(), key);
    ASSERT_EQ(myNotes(state).size(), 1);
    EXPECT_EQ(myNotes(state)[0].toObject().value(QLatin1String("text")),
              QStringLiteral("Before the drop"));
    EXPECT_EQ(room.participants().size(), 1);
}

// A German phone in an English facilitator's room reads the block in German,
// and an English one next to it in English; a language Tandem has no
// translation for gets English.
TEST_F(RoomTest, BlockTitlesComeInTheParticipantsLanguage) {
    const auto blockOf = [](const QJsonObject& state) {
        return state.value(QLatin1String("block")).toObject();
    };
    const auto joinIn = [this](RoomClient& client, const QString& name, const QString& language) {
        client.send({{QStringLiteral("type"), QStringLiteral("join")},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("code"), room.code()},
                     {QStringLiteral("lang"), language}});
        return client.waitForType(QStringLiteral("state"));
    };
    RoomClient german(room), english(room), klingon(room);
    ASSERT_TRUE(german.waitConnected() && english.waitConnected() && klingon.waitConnected());
    const QJsonObject inGerman = joinIn(german, QStringLiteral("Bo"), QStringLiteral("de-DE"));
    EXPECT_EQ(blockOf(inGerman).value(QLatin1String("title")), QStringLiteral("Wertangebote"));
    EXPECT_EQ(blockOf(inGerman).value(QLatin1String("key")), QStringLiteral("value_propositions"));
    EXPECT_NE(blockOf(inGerman).value(QLatin1String("question")).toString(),
              QString::fromUtf8(blockHintSource(Block::ValuePropositions)));
    const QJsonObject inEnglish = joinIn(english, QStringLiteral("Ada"), QStringLiteral("en"));
    EXPECT_EQ(blockOf(inEnglish).value(QLatin1String("title")),
              QStringLiteral("Value Propositions"));
    const QJsonObject unknown = joinIn(klingon, QStringLiteral("Worf"), QStringLiteral("tlh"));
    EXPECT_EQ(blockOf(unknown).value(QLatin1String("title")), QStringLiteral("Value Propositions"));

    // The German participant's own notes name their block in German too.
    german.note(QStringLiteral("Frische Bohnen"));
    const QJsonObject after = german.waitFor(
        [](const QJsonObject& m) { return !m.value(QLatin1String("notes")).toArray().isEmpty(); });
    EXPECT_EQ(myNotes(after)[0].toObject().value(QLatin1String("block")),
              QStringLiteral("Wertangebote"));
}

TEST_F(RoomTest, ChosenBlocksOnlyWhenAllowed) {
    RoomClient ada(room);
    ASSERT_TRUE(ada.waitConnected());
    ada.join(QStringLiteral("Ada"), room.code());
    ada.note(QStringLiteral("Elsewhere"), QStringLiteral("channels"));
    EXPECT_EQ(ada.waitForError(), QStringLiteral("block-closed"));
    ada.note(QStringLiteral("Nowhere"), QStringLiteral("no_such_block"));
    EXPECT_EQ(ada.waitForError(), QStringLiteral("unknown-block"));
    ada.note(QStringLiteral("Stages"), QStringLiteral("value_chains"));
    EXPECT_EQ(ada.waitForError(), QStringLiteral("unknown-block"));
    room.setAnyBlock(true);
    ada.note(QStringLiteral("Elsewhere"), QStringLiteral("channels"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !document.state().elements(Block::Channels).empty(); },
                                test::scaledMs(5000)));
    EXPECT_TRUE(propositions().empty());
    room.setOpenBlock(std::nullopt);
    room.setAnyBlock(false);
    ada.note(QStringLiteral("No block open"));
    EXPECT_EQ(ada.waitForError(), QStringLiteral("no-block"));
}

TEST_F(RoomTest, FacilitatorRenamesRemovesAndLocks) {
    RoomClient ada(room);
    ASSERT_TRUE(ada.waitConnected());
    ada.join(QStringLiteral("Ada"), room.code());
    EXPECT_TRUE(room.rename(ada.key(), QStringLiteral("Ada Park")));
    ada.waitFor([](const QJsonObject& m) {
        return m.value(QLatin1String("name")) == QLatin1String("Ada Park");
    });
    ada.note(QStringLiteral("Renamed"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !propositions().empty(); }, test::scaledMs(5000)));
    EXPECT_EQ(propositions()[0].author, QStringLiteral("Ada Park"));

    room.setLocked(true);
    RoomClient late(room);
    ASSERT_TRUE(late.waitConnected());
    late.send({{QStringLiteral("type"), QStringLiteral("join")},
               {QStringLiteral("name"), QStringLiteral("Late")},
               {QStringLiteral("code"), room.code()}});
    EXPECT_EQ(late.waitForError(), QStringLiteral("locked"));

    const QString key = ada.key();
    room.remove(key);
    EXPECT_EQ(ada.waitForError(), QStringLiteral("removed"));
    EXPECT_TRUE(ada.waitClosed());
    room.setLocked(false);
    RoomClient back(room);
    ASSERT_TRUE(back.waitConnected());
    back.send({{QStringLiteral("type"), QStringLiteral("join")},
               {QStringLiteral("name"), QStringLiteral("Ada")},
               {QStringLiteral("code"), room.code()},
               {QStringLiteral("key"), key}});
    EXPECT_EQ(back.waitForError(), QStringLiteral("removed"));
    EXPECT_EQ(propositions().size(), 1u) << "a removed participant's notes stay";
}

TEST_F(RoomTest, CloseRoomEndsEveryConnection) {
    RoomClient ada(room);
    ASSERT_TRUE(ada.waitConnected());
    ada.join(QStringLiteral("Ada"), room.code());
    const QUrl page = room.pageUrl();
    room.close();
    EXPECT_FALSE(room.isOpen());
    EXPECT_EQ(ada.waitForError(), QStringLiteral("closed"));
    EXPECT_TRUE(ada.waitClosed());
    QTcpSocket late;
    bool failed = false;
    QObject::connect(&late, &QTcpSocket::errorOccurred, [&] { failed = true; });
    late.connectToHost(QHostAddress::LocalHost, quint16(page.port()));
    EXPECT_TRUE(QTest::qWaitFor([&] { return failed; }, test::scaledMs(5000)))
        << "nothing listens once the room is closed";
}

} // namespace
