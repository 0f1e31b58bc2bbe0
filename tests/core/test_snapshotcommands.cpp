// Snapshot commands: taking, retaking, renaming, deleting and restoring
// snapshots are single undo steps that mark the document modified.

#include "document.h"
#include "extrafields_p.h"
#include "snapshotcommands.h"

#include <QSignalSpy>

#include <yaml-cpp/yaml.h>

#include <functional>

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
    document.takeSnapshot(QStringLiteral("  as-is "), when);
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
    EXPECT_EQ(document.suggestedSnapshotName(), QStringLiteral("as-is"));
    document.takeSnapshot(QStringLiteral("as-is"));
    EXPECT_EQ(document.suggestedSnapshotName(), QStringLiteral("to-be"));
    document.takeSnapshot(QStringLiteral("to-be"));
    EXPECT_EQ(document.suggestedSnapshotName(), QStringLiteral("snapshot 3"));
}

TEST(SnapshotCommands, RetakeReplacesInPlaceAndKeepsUnknownFields) {
    Document document;
    documentWithNotes(&document);
    document.takeSnapshot(QStringLiteral("as-is"));
    document.takeSnapshot(QStringLiteral("to-be"));
    std::vector<Snapshot> snapshots = document.session().snapshots;
    snapshots[0].extra = makeExtraFields({{"reviewed_by", YAML::Node("Ada")}});
    document.setSnapshotsRaw(snapshots);
    document.setElementText(QStringLiteral("vp-1"), QStringLiteral("Roasted to order"));
    document.takeSnapshot(QStringLiteral("as-is"));
    EXPECT_EQ(names(document), (QStringList{QStringLiteral("as-is"), QStringLiteral("to-be")}));
    EXPECT_EQ(document.session().snapshots[0].state, document.state());
    EXPECT_EQ(document.session().snapshots[0].extra.size(), 1u);
}

TEST(SnapshotCommands, RenameRemoveAndRestore) {
    Document document;
    documentWithNotes(&document);
    const CanvasState asIs = document.state();
    document.takeSnapshot(QStringLiteral("as-is"));
    document.setElementText(QStringLiteral("vp-1"), QStringLiteral("Roasted to order"));
    const CanvasState toBe = document.state();
    const int steps = document.undoStack()->count();

    document.renameSnapshot(0, QStringLiteral("before"));
    document.renameSnapshot(0, QStringLiteral("before")); // unchanged: no step
    document.renameSnapshot(5, QStringLiteral("nowhere"));
    EXPECT_EQ(names(document), QStringList{QStringLiteral("before")});
    EXPECT_EQ(document.undoStack()->count(), steps + 1);

    document.restoreSnapshot(0);
    EXPECT_EQ(document.state(), asIs);
    EXPECT_EQ(document.undoStack()->count(), steps + 2);
    document.restoreSnapshot(0); // already the current state: no step
    EXPECT_EQ(document.undoStack()->count(), steps + 2);

    document.removeSnapshot(0);
    EXPECT_TRUE(document.session().snapshots.empty());
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(document.state(), toBe);
    EXPECT_EQ(names(document), QStringList{QStringLiteral("before")});
    document.undoStack()->undo();
    EXPECT_EQ(names(document), QStringList{QStringLiteral("as-is")});
}

// Each gesture: one step, undo gives the session before, redo the one after.
TEST(SnapshotCommands, EveryGestureUndoesAndRedoesExactly) {
    Document document;
    documentWithNotes(&document);
    const QDateTime when =
        QDateTime::fromString(QStringLiteral("2026-11-26T10:15:00Z"), Qt::ISODate);
    const std::vector<std::pair<QString, std::function<void()>>> gestures{
        {QStringLiteral("take"), [&] { document.takeSnapshot(QStringLiteral("as-is"), when); }},
        {QStringLiteral("retake"), [&] { document.takeSnapshot(QStringLiteral("as-is"), when); }},
        {QStringLiteral("rename"), [&] { document.renameSnapshot(0, QStringLiteral("before")); }},
        {QStringLiteral("edit"),
         [&] { document.setElementText(QStringLiteral("vp-1"), QStringLiteral("Roasted")); }},
        {QStringLiteral("restore"), [&] { document.restoreSnapshot(0); }},
        {QStringLiteral("remove"), [&] { document.removeSnapshot(0); }}};
    for (const auto& [name, gesture] : gestures) {
        const Session before = document.session();
        const int steps = document.undoStack()->count();
        gesture();
        const Session after = document.session();
        EXPECT_EQ(document.undoStack()->count(), steps + 1) << name.toStdString();
        document.undoStack()->undo();
        EXPECT_EQ(document.session(), before) << name.toStdString();
        document.undoStack()->redo();
        EXPECT_EQ(document.session(), after) << name.toStdString();
    }
    EXPECT_TRUE(document.session().snapshots.empty());
    EXPECT_EQ(document.element(QStringLiteral("vp-1"))->text, QStringLiteral("Fresh beans"))
        << "restore brought back the frozen text";
}

} // namespace
