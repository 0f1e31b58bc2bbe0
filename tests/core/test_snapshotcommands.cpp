// Snapshot commands: taking, retaking, renaming, deleting and restoring
// snapshots are single undo steps that mark the document modified.

#include "document.h"
#include "extrafields_p.h"
#include "snapshotcommands.h"

#include <QSignalSpy>

#include <yaml-cpp/yaml.h>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

Document* documentWithNotes(Document* document) {
    Session session;
    session.info.title = QStringLiteral("Offsite");
    Element note;
    note.id = QStringLiteral("vp-1");
    note.text = QStringLiteral("Fresh beans");
    session.state.elements(Block::ValuePropositions).push_back(note);
    document->resetSession(session);
    return document;
}

QStringList names(const Document& document) {
    QStringList result;
    for (const Snapshot& snapshot : document.session().snapshots)
        result.append(snapshot.name);
    return result;
}

TEST(SnapshotCommands, TakeFreezesTheStateInOneUndoStep) {
    Document document;
    documentWithNotes(&document);
    QSignalSpy changed(&document, &Document::snapshotsChanged);
    const QDateTime when =
        QDateTime::fromString(QStringLiteral("2026-11-26T10:15:42.250Z"), Qt::ISODateWithMs);
    takeSnapshot(&document, QStringLiteral("  as-is "), when);
    ASSERT_EQ(document.session().snapshots.size(), 1u);
    const Snapshot& snapshot = document.session().snapshots[0];
    EXPECT_EQ(snapshot.name, QStringLiteral("as-is"));
    EXPECT_EQ(snapshot.state, document.state());
    EXPECT_EQ(snapshot.taken,
              QDateTime::fromString(QStringLiteral("2026-11-26T10:15:42Z"), Qt::ISODate));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(changed.count(), 1);

    document.undoStack()->undo();
    EXPECT_TRUE(document.session().snapshots.empty());
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(changed.count(), 2);
}

TEST(SnapshotCommands, SuggestedNamesFollowTheWorkshop) {
    Document document;
    documentWithNotes(&document);
    EXPECT_EQ(suggestedSnapshotName(document), QStringLiteral("as-is"));
    takeSnapshot(&document, QStringLiteral("as-is"));
    EXPECT_EQ(suggestedSnapshotName(document), QStringLiteral("to-be"));
    takeSnapshot(&document, QStringLiteral("to-be"));
    EXPECT_EQ(suggestedSnapshotName(document), QStringLiteral("snapshot 3"));
}

TEST(SnapshotCommands, RetakeReplacesInPlaceAndKeepsUnknownFields) {
    Document document;
    documentWithNotes(&document);
    takeSnapshot(&document, QStringLiteral("as-is"));
    takeSnapshot(&document, QStringLiteral("to-be"));
    std::vector<Snapshot> snapshots = document.session().snapshots;
    snapshots[0].extra = makeExtraFields({{"reviewed_by", YAML::Node("Ada")}});
    document.setSnapshotsRaw(snapshots);
    document.setElementText(QStringLiteral("vp-1"), QStringLiteral("Roasted to order"));
    takeSnapshot(&document, QStringLiteral("as-is"));
    EXPECT_EQ(names(document), (QStringList{QStringLiteral("as-is"), QStringLiteral("to-be")}));
    EXPECT_EQ(document.session().snapshots[0].state, document.state());
    EXPECT_EQ(document.session().snapshots[0].extra.size(), 1u);
}

TEST(SnapshotCommands, RenameRemoveAndRestore) {
    Document document;
    documentWithNotes(&document);
    const CanvasState asIs = document.state();
    takeSnapshot(&document, QStringLiteral("as-is"));
    document.setElementText(QStringLiteral("vp-1"), QStringLiteral("Roasted to order"));
    const CanvasState toBe = document.state();
    const int steps = document.undoStack()->count();

    renameSnapshot(&document, 0, QStringLiteral("before"));
    renameSnapshot(&document, 0, QStringLiteral("before")); // unchanged: no step
    renameSnapshot(&document, 5, QStringLiteral("nowhere"));
    EXPECT_EQ(names(document), QStringList{QStringLiteral("before")});
    EXPECT_EQ(document.undoStack()->count(), steps + 1);

    restoreSnapshot(&document, 0);
    EXPECT_EQ(document.state(), asIs);
    EXPECT_EQ(document.undoStack()->count(), steps + 2);
    restoreSnapshot(&document, 0); // already the current state: no step
    EXPECT_EQ(document.undoStack()->count(), steps + 2);

    removeSnapshot(&document, 0);
    EXPECT_TRUE(document.session().snapshots.empty());
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(document.state(), toBe);
    EXPECT_EQ(names(document), QStringList{QStringLiteral("before")});
    document.undoStack()->undo();
    EXPECT_EQ(names(document), QStringList{QStringLiteral("as-is")});
}

} // namespace
