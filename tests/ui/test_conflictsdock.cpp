// The conflicts panel against the WindowHost interface alone: a session a
// merge left with conflicts shows them side by side, rings the note, and
// each choice is one undo step; with none left the dock goes and the
// session saves clean.

#include "fakehost.h"

#include "conflictsdock.h"
#include "mergeconflict.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <QLineEdit>
#include <QListWidget>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

Session mergedWithConflict(const char* name) {
    LoadError error;
    const auto session = SessionReader::readFile(
        QStringLiteral(TANDEM_TEST_DATA "/merge/%1/expected.tandem.yaml").arg(QLatin1String(name)),
        &error);
    EXPECT_TRUE(session) << error.toString().toStdString();
    return session.value_or(Session{});
}

TEST(ConflictsDockTest, ShowsTheSidesRingsTheNoteAndTakesTheirsInOneUndoStep) {
    test::FakeHost host;
    host.document()->resetSession(mergedWithConflict("06-both-edit-text"));
    auto* dock = new ConflictsDock(&host);
    EXPECT_FALSE(dock->isHidden());
    ASSERT_EQ(dock->list()->count(), 1);
    EXPECT_EQ(dock->list()->item(0)->text(), QStringLiteral("element vp-fresh, text"));
    EXPECT_EQ(dock->shownValue(0), QStringLiteral("Roasted to order"));
    EXPECT_EQ(dock->shownValue(1), QStringLiteral("Beans in 48 hours"));
    EXPECT_EQ(dock->shownValue(2), QStringLiteral("Fresh beans"));
    EXPECT_EQ(dock->ringedId(), QStringLiteral("vp-fresh"));

    dock->takeSide(1);
    EXPECT_EQ(host.document()->element(QStringLiteral("vp-fresh"))->text,
              QStringLiteral("Beans in 48 hours"));
    EXPECT_EQ(host.document()->undoStack()->count(), 1);
    EXPECT_EQ(dock->list()->count(), 0);
    EXPECT_TRUE(dock->isHidden());
    EXPECT_FALSE(SessionWriter::toBytes(host.document()->session()).contains("merge_conflicts"));

    host.document()->undoStack()->undo();
    EXPECT_EQ(host.document()->element(QStringLiteral("vp-fresh"))->text,
              QStringLiteral("Roasted to order"));
    EXPECT_EQ(dock->list()->count(), 1);
    EXPECT_FALSE(dock->isHidden());
}

TEST(ConflictsDockTest, AnEditedTextResolvesAndARemovalCanBeTaken) {
    test::FakeHost host;
    host.document()->resetSession(mergedWithConflict("06-both-edit-text"));
    auto* dock = new ConflictsDock(&host);
    dock->editor()->setText(QStringLiteral("Roasted to order, at your door in 48 hours"));
    dock->takeEdited();
    EXPECT_EQ(host.document()->element(QStringLiteral("vp-fresh"))->text,
              QStringLiteral("Roasted to order, at your door in 48 hours"));
    EXPECT_TRUE(conflictsOf(host.document()->session()).empty());

    host.document()->resetSession(mergedWithConflict("04-remove-segment-vs-link"));
    ASSERT_EQ(dock->list()->count(), 1);
    EXPECT_EQ(dock->shownValue(0), QStringLiteral("(removed)"));
    EXPECT_FALSE(dock->editor()->isEnabled());
    dock->takeSide(0); // ours removed the segment: it goes, with its link
    EXPECT_EQ(host.document()->element(QStringLiteral("cs-office")), nullptr);
    EXPECT_EQ(host.document()->state().links.size(), 1u);
    EXPECT_TRUE(dock->isHidden());
}

TEST(ConflictsDockTest, StaysHiddenForASessionWithoutConflicts) {
    test::FakeHost host;
    auto* dock = new ConflictsDock(&host);
    EXPECT_TRUE(dock->isHidden());
    EXPECT_EQ(dock->list()->count(), 0);
}

} // namespace
