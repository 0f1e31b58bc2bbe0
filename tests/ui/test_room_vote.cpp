// Voting from the participants' devices: a dot budget each, dots placed and
// taken back, each sees only their own until the result, which becomes the
// notes' votes field per participant in one undo step. And the participant
// limit, checked on the participant list itself.

#include "document.h"
#include "roomtesthelpers.h"
#include "votes.h"

#include <QJsonArray>
#include <QUndoStack>

using namespace tandem;
using namespace tandemtest;

namespace {

QJsonObject voteOf(const QJsonObject& state) {
    return state.value(QLatin1String("vote")).toObject();
}

QJsonObject voteNote(const QJsonObject& state, const QString& id) {
    const QJsonArray notes = voteOf(state).value(QLatin1String("notes")).toArray();
    for (const QJsonValue& note : notes) {
        if (note.toObject().value(QLatin1String("id")) == id)
            return note.toObject();
    }
    return {};
}

bool isRunningVoteWith(const QJsonObject& m, int left) {
    return m.value(QLatin1String("type")) == QLatin1String("state") &&
           voteOf(m).value(QLatin1String("phase")) == QLatin1String("running") &&
           voteOf(m).value(QLatin1String("left")).toInt() == left;
}

TEST(RoomVote, DotsFromTheDevicesBecomeTheVotesField) {
    Document document;
    Room room(&document);
    ASSERT_TRUE(room.open(loopback, 0));
    room.setOpenBlock(Block::ValuePropositions);
    Element fresh;
    fresh.text = QStringLiteral("Fresh");
    Element cheap;
    cheap.text = QStringLiteral("Cheap");
    const QString freshId = document.addElement(Place{Block::ValuePropositions, {}, -1}, fresh);
    const QString cheapId = document.addElement(Place{Block::ValuePropositions, {}, -1}, cheap);
    document.addElement(Place{Block::Channels, {}, -1}, cheap); // not in the vote

    RoomClient ada(room);
    RoomClient bo(room);
    ASSERT_TRUE(ada.waitConnected() && bo.waitConnected());
    ada.join(QStringLiteral("Ada"), room.code());
    bo.join(QStringLiteral("Bo"), room.code());
    room.startVote(2);
    const QJsonObject started =
        ada.waitFor([](const QJsonObject& m) { return isRunningVoteWith(m, 2); });
    EXPECT_EQ(voteOf(started).value(QLatin1String("notes")).toArray().size(), 2);

    ada.vote(freshId, 1);
    ada.vote(freshId, 1);
    ada.waitFor([](const QJsonObject& m) { return isRunningVoteWith(m, 0); });
    ada.vote(cheapId, 1);
    EXPECT_EQ(ada.waitForError(), QStringLiteral("no-dots"));
    ada.vote(cheapId, -1);
    EXPECT_EQ(ada.waitForError(), QStringLiteral("no-dot-here"));
    ada.vote(freshId, -1);
    const QJsonObject adaSees =
        ada.waitFor([](const QJsonObject& m) { return isRunningVoteWith(m, 1); });
    EXPECT_EQ(voteNote(adaSees, freshId).value(QLatin1String("mine")).toInt(), 1);
    EXPECT_FALSE(voteNote(adaSees, freshId).contains(QLatin1String("total")))
        << "no one sees others' dots while the vote runs";
    bo.vote(freshId, 1);
    bo.vote(cheapId, 1);
    const QJsonObject boSees =
        bo.waitFor([](const QJsonObject& m) { return isRunningVoteWith(m, 0); });
    EXPECT_EQ(voteNote(boSees, freshId).value(QLatin1String("mine")).toInt(), 1)
        << "Bo sees his own dot, not Ada's";
    EXPECT_TRUE(votesOf(*document.element(freshId)).isEmpty()) << "nothing on the canvas yet";

    const int steps = document.undoStack()->count();
    room.showVoteResult();
    EXPECT_EQ(document.undoStack()->count(), steps + 1) << "the result is one undo step";
    EXPECT_EQ(votesOf(*document.element(freshId)),
              (Votes{{QStringLiteral("Ada"), 1}, {QStringLiteral("Bo"), 1}}));
    EXPECT_EQ(votesOf(*document.element(cheapId)), (Votes{{QStringLiteral("Bo"), 1}}));
    const QJsonObject result = ada.waitFor([](const QJsonObject& m) {
        return voteOf(m).value(QLatin1String("phase")) == QLatin1String("result");
    });
    EXPECT_EQ(voteNote(result, freshId).value(QLatin1String("total")).toInt(), 2);
    ada.vote(freshId, 1);
    EXPECT_EQ(ada.waitForError(), QStringLiteral("no-vote"));
    document.undoStack()->undo();
    EXPECT_TRUE(votesOf(*document.element(freshId)).isEmpty());
}

TEST(RoomVote, NotesOutsideTheVoteAreRefused) {
    Document document;
    Room room(&document);
    ASSERT_TRUE(room.open(loopback, 0));
    room.setOpenBlock(Block::Channels);
    Element other;
    other.text = QStringLiteral("Elsewhere");
    const QString otherId = document.addElement(Place{Block::CustomerSegments, {}, -1}, other);
    RoomClient ada(room);
    ASSERT_TRUE(ada.waitConnected());
    ada.join(QStringLiteral("Ada"), room.code());
    room.startVote(3);
    ada.vote(otherId, 1);
    EXPECT_EQ(ada.waitForError(), QStringLiteral("not-in-vote"));
    ada.vote(QStringLiteral("no-such-note"), 1);
    EXPECT_EQ(ada.waitForError(), QStringLiteral("not-in-vote"));
}

TEST(RoomParticipantList, AtMostTwoHundredAndReconnectsStillComeIn) {
    RoomParticipants people;
    room::Request join;
    join.name = QStringLiteral("P");
    QString firstKey;
    for (int i = 0; i < room::maxParticipants; ++i) {
        const auto joined = people.join(join, i + 1, false);
        ASSERT_TRUE(std::holds_alternative<RoomParticipant*>(joined));
        if (i == 0)
            firstKey = std::get<RoomParticipant*>(joined)->key;
    }
    const auto refused = people.join(join, 999, false);
    ASSERT_TRUE(std::holds_alternative<room::Refusal>(refused));
    EXPECT_EQ(std::get<room::Refusal>(refused).code, QStringLiteral("room-full"));
    people.disconnected(1);
    join.key = firstKey;
    EXPECT_TRUE(std::holds_alternative<RoomParticipant*>(people.join(join, 1000, true)))
        << "a reconnect is no newcomer, even when full and locked";
}

} // namespace
