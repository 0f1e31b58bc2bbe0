// Dot voting: clicks give dots to the current participant, counts show on
// the notes, every dot and "Clear Votes" are single undo steps.

#include "document.h"
#include "noteitem.h"
#include "sessionfeature.h"
#include "sessiontesthelpers.h"
#include "votes.h"
#include "voting.h"
#include "workshopfeature.h"

#include <QAction>
#include <QComboBox>
#include <QToolBar>
#include <QUndoStack>

namespace tandem::test {

namespace {

class VotingTest : public WindowTest {
protected:
    Voting* voting() const { return window->feature<WorkshopFeature>()->voting(); }
    QMap<QString, int> votes(const QString& id) const { return votesOf(*doc()->element(id)); }
};

TEST_F(VotingTest, ClicksInVoteModeGiveDotsFromTheChosenParticipant) {
    voting()->voteModeAction()->trigger();
    ASSERT_TRUE(voting()->isVoting());
    EXPECT_TRUE(voting()->toolBar()->isVisible());
    // Participants come from the session details.
    EXPECT_EQ(voting()->participantBox()->count(), doc()->info().participants.size());
    voting()->setParticipant(QStringLiteral("Bo Chen"));

    const QString id = QStringLiteral("vp-fresh");
    const QPointF position = scene()->noteItem(id)->pos();
    click(id);
    click(id);
    EXPECT_EQ(votes(id), (QMap<QString, int>{{QStringLiteral("Bo Chen"), 2}}));
    EXPECT_EQ(scene()->noteItem(id)->votes(), 2);
    EXPECT_EQ(scene()->noteItem(id)->pos(), position); // clicks never drag
    EXPECT_FALSE(scene()->isEditing());

    voting()->setParticipant(QStringLiteral("Ada Park"));
    click(id);
    click(id, Qt::ShiftModifier); // takes Ada's back
    click(id, Qt::ShiftModifier); // none left to take: nothing happens
    EXPECT_EQ(votes(id), (QMap<QString, int>{{QStringLiteral("Bo Chen"), 2}}));
    EXPECT_EQ(voteCount(*doc()->element(id)), 2);
}

TEST_F(VotingTest, EveryDotIsAnUndoStep) {
    voting()->setVoting(true);
    const int steps = doc()->undoStack()->count();
    click(QStringLiteral("cs-cafes"));
    click(QStringLiteral("cs-cafes"));
    EXPECT_EQ(doc()->undoStack()->count(), steps + 2);
    doc()->undoStack()->undo();
    EXPECT_EQ(voteCount(*doc()->element(QStringLiteral("cs-cafes"))), 1);
    EXPECT_EQ(scene()->noteItem(QStringLiteral("cs-cafes"))->votes(), 1);
}

TEST_F(VotingTest, ClearVotesIsOneUndoStep) {
    voting()->setVoting(true);
    click(QStringLiteral("vp-fresh"));
    click(QStringLiteral("cs-cafes"));
    click(QStringLiteral("ka-roasting"));
    EXPECT_EQ(totalVotes(doc()->state()), 3);
    EXPECT_TRUE(voting()->clearAction()->isEnabled());
    const CanvasState voted = doc()->state();
    const int steps = doc()->undoStack()->count();

    voting()->clearAction()->trigger();
    EXPECT_EQ(totalVotes(doc()->state()), 0);
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    EXPECT_EQ(scene()->noteItem(QStringLiteral("vp-fresh"))->votes(), 0);
    EXPECT_FALSE(voting()->clearAction()->isEnabled());
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->state(), voted);
    EXPECT_EQ(scene()->noteItem(QStringLiteral("vp-fresh"))->votes(), 1);
}

TEST_F(VotingTest, WithoutParticipantsDotsAreAnonymous) {
    SessionInfo info = doc()->info();
    info.participants.clear();
    doc()->setSessionInfo(info);
    voting()->setVoting(true);
    EXPECT_EQ(voting()->participantBox()->count(), 1);
    click(QStringLiteral("vp-fresh"));
    EXPECT_EQ(votes(QStringLiteral("vp-fresh")).value(voting()->participant()), 1);
}

TEST_F(VotingTest, OutsideVoteModeClicksSelectAsBefore) {
    voting()->setVoting(true);
    voting()->setVoting(false);
    EXPECT_FALSE(voting()->toolBar()->isVisible());
    click(QStringLiteral("vp-fresh"));
    EXPECT_EQ(totalVotes(doc()->state()), 0);
    EXPECT_EQ(scene()->selectedIds(), QStringList{QStringLiteral("vp-fresh")});
}

} // namespace

} // namespace tandem::test
