// Snapshots: take, rename, delete and restore with undo; compare any two
// states in the panel and on the canvas; saved with the session.

#include "document.h"
#include "sessionfeature.h"
#include "sessionreader.h"
#include "sessiontesthelpers.h"
#include "sessionwriter.h"
#include "snapshotcommands.h"
#include "snapshotcomparepanel.h"
#include "snapshotdock.h"
#include "snapshotmarkeritem.h"
#include "workshopfeature.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

namespace tandem::test {

namespace {

class SnapshotTest : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        dock()->show();
        dock()->raise();
        QCoreApplication::processEvents();
    }
    SnapshotDock* dock() const { return window->feature<WorkshopFeature>()->snapshotDock(); }
    SnapshotComparePanel* compare() const { return dock()->compare(); }
    QStringList names() const {
        QStringList result;
        for (const Snapshot& snapshot : doc()->session().snapshots)
            result.append(snapshot.name);
        return result;
    }
    // The team's morning: as-is, then four kinds of change.
    void workshopMorning() {
        dock()->takeSnapshot(QStringLiteral("as-is"));
        Element added;
        added.text = QStringLiteral("Office subscription");
        newId = doc()->addElement(Place{Block::ValuePropositions, {}, -1}, added);
        doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Cargo bike couriers"));
        doc()->moveElements(
            {{QStringLiteral("ka-training"), Place{Block::KeyResources, {}, -1}, std::nullopt}});
        doc()->removeElements({QStringLiteral("cs-offices")});
        compare()->refresh();
    }
    QString newId;
};

TEST_F(SnapshotTest, TakeIsAnUndoStepThatMarksTheDocumentModified) {
    const int steps = doc()->undoStack()->count();
    EXPECT_EQ(dock()->takeSnapshot(QStringLiteral("as-is")), QStringLiteral("as-is"));
    EXPECT_EQ(names(), QStringList{QStringLiteral("as-is")});
    EXPECT_EQ(doc()->session().snapshots[0].state, doc()->state());
    EXPECT_TRUE(doc()->session().snapshots[0].taken.isValid());
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    EXPECT_TRUE(doc()->isModified());
    EXPECT_EQ(dock()->list()->count(), 1);
    EXPECT_EQ(doc()->suggestedSnapshotName(), QStringLiteral("to-be"));

    doc()->undoStack()->undo();
    EXPECT_TRUE(names().isEmpty());
    EXPECT_EQ(dock()->list()->count(), 0);
    EXPECT_FALSE(doc()->isModified());
    doc()->undoStack()->redo();
    EXPECT_EQ(names(), QStringList{QStringLiteral("as-is")});
}

TEST_F(SnapshotTest, RetakingANameReplacesItInPlace) {
    dock()->takeSnapshot(QStringLiteral("as-is"));
    dock()->takeSnapshot(QStringLiteral("to-be"));
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Changed"));
    dock()->takeSnapshot(QStringLiteral("as-is"));
    EXPECT_EQ(names(), (QStringList{QStringLiteral("as-is"), QStringLiteral("to-be")}));
    EXPECT_EQ(doc()->session().snapshots[0].state, doc()->state());
}

TEST_F(SnapshotTest, RenameAndDeleteAreUndoable) {
    dock()->takeSnapshot(QStringLiteral("as-is"));
    dock()->takeSnapshot(QStringLiteral("to-be"));
    dock()->selectIndex(0);
    dock()->renameSelected(QStringLiteral("before"));
    EXPECT_EQ(names(), (QStringList{QStringLiteral("before"), QStringLiteral("to-be")}));
    // A name in use is refused.
    dock()->renameSelected(QStringLiteral("to-be"));
    EXPECT_EQ(names(), (QStringList{QStringLiteral("before"), QStringLiteral("to-be")}));
    // Renaming in place in the list.
    dock()->list()->item(1)->setText(QStringLiteral("after"));
    EXPECT_EQ(names(), (QStringList{QStringLiteral("before"), QStringLiteral("after")}));

    dock()->selectIndex(0);
    dock()->deleteSelected();
    EXPECT_EQ(names(), QStringList{QStringLiteral("after")});
    doc()->undoStack()->undo();
    doc()->undoStack()->undo();
    doc()->undoStack()->undo();
    EXPECT_EQ(names(), (QStringList{QStringLiteral("as-is"), QStringLiteral("to-be")}));
}

TEST_F(SnapshotTest, RestoreMakesTheSnapshotCurrentAndUndoBringsTheCanvasBack) {
    const CanvasState asIs = doc()->state();
    workshopMorning();
    const CanvasState toBe = doc()->state();
    dock()->selectIndex(0);
    dock()->restoreSelected();
    EXPECT_EQ(doc()->state(), asIs);
    EXPECT_NE(scene()->noteItem(QStringLiteral("cs-offices")), nullptr);
    EXPECT_EQ(scene()->noteItem(newId), nullptr);
    EXPECT_EQ(names(), QStringList{QStringLiteral("as-is")}); // the snapshot stays
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->state(), toBe);
    EXPECT_NE(scene()->noteItem(newId), nullptr);
}

TEST_F(SnapshotTest, CompareListsEveryKindOfChangeAndMarksTheCanvas) {
    workshopMorning();
    EXPECT_EQ(compare()->olderSide(), QStringLiteral("as-is"));
    EXPECT_EQ(compare()->newerSide(), QString());
    const ChangeCounts counts = compare()->diff().elementCounts();
    EXPECT_EQ(counts.added, 1);
    EXPECT_EQ(counts.changed, 1);
    EXPECT_EQ(counts.moved, 1);
    EXPECT_EQ(counts.removed, 1);
    EXPECT_TRUE(compare()->summaryLabel()->text().contains(QStringLiteral("added")))
        << compare()->summaryLabel()->text().toStdString();

    // Four groups in the panel, removed ones listed by their old text.
    QTreeWidget* tree = compare()->tree();
    QStringList groups;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        groups.append(tree->topLevelItem(i)->text(0));
    EXPECT_GE(groups.size(), 4) << groups.join(", ").toStdString();
    EXPECT_TRUE(groups.join(',').contains(QStringLiteral("Removed (1)")));
    bool listedRemoved = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            listedRemoved |=
                tree->topLevelItem(i)->child(j)->text(0) == QLatin1String("Office kitchens");
    }
    EXPECT_TRUE(listedRemoved);

    // On the canvas: every note that is still there is ringed in its colour.
    std::map<QString, ChangeKind> marked;
    for (const auto& [id, kind] : compare()->markedNotes())
        marked[id] = kind;
    EXPECT_EQ(marked.size(), 3u);
    EXPECT_EQ(marked[newId], ChangeKind::Added);
    EXPECT_EQ(marked[QStringLiteral("kp-courier")], ChangeKind::Changed);
    EXPECT_EQ(marked[QStringLiteral("ka-training")], ChangeKind::Moved);
    NoteItem* note = scene()->noteItem(newId);
    ASSERT_NE(note, nullptr);
    ASSERT_EQ(note->childItems().size(), 1);
    EXPECT_EQ(note->childItems()[0]->type(), int(SnapshotMarkerItem::Type));

    // Clicking an entry selects its note.
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
            QTreeWidgetItem* item = tree->topLevelItem(i)->child(j);
            if (item->text(0) == QLatin1String("Cargo bike couriers"))
                emit tree->itemClicked(item, 0);
        }
    }
    EXPECT_EQ(scene()->selectedIds(), QStringList{QStringLiteral("kp-courier")});
}

TEST_F(SnapshotTest, MarkersFollowEditsAndGoAwayWhenTheDockCloses) {
    workshopMorning();
    doc()->setElementText(QStringLiteral("kp-importer"), QStringLiteral("Importer in Bremen"));
    ASSERT_TRUE(waitUntil([&] {
        for (const auto& [id, kind] : compare()->markedNotes()) {
            if (id == QLatin1String("kp-importer"))
                return true;
        }
        return false;
    }));
    // Undo everything back to the snapshot: nothing left to mark.
    while (doc()->undoStack()->index() > 1)
        doc()->undoStack()->undo();
    compare()->refresh();
    EXPECT_TRUE(compare()->diff().isEmpty());
    EXPECT_TRUE(compare()->markedNotes().empty());

    doc()->undoStack()->redo();
    compare()->refresh();
    EXPECT_FALSE(compare()->markedNotes().empty());
    dock()->hide();
    QCoreApplication::processEvents();
    EXPECT_TRUE(compare()->markedNotes().empty());
    compare()->showOnCanvasBox()->setChecked(false);
    dock()->show();
    QCoreApplication::processEvents();
    EXPECT_TRUE(compare()->markedNotes().empty());
}

TEST_F(SnapshotTest, CompareTwoSnapshotsAndTheOtherWayRound) {
    workshopMorning();
    dock()->takeSnapshot(QStringLiteral("to-be"));
    compare()->setSides(QStringLiteral("as-is"), QStringLiteral("to-be"));
    EXPECT_EQ(compare()->diff().elementCounts().total(), 4);
    // Markers belong to comparisons with the canvas as it is now.
    EXPECT_TRUE(compare()->markedNotes().empty());
    compare()->setSides(QStringLiteral("to-be"), QStringLiteral("as-is"));
    EXPECT_EQ(compare()->diff().elementCounts().added, 1);   // cs-offices comes back
    EXPECT_EQ(compare()->diff().elementCounts().removed, 1); // the new note goes
    compare()->setSides(QStringLiteral("to-be"), QString());
    EXPECT_TRUE(compare()->diff().isEmpty());
}

TEST_F(SnapshotTest, SnapshotsAreSavedWithTheSession) {
    workshopMorning();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("offsite.tandem.yaml"));
    ASSERT_TRUE(window->saveFile(path));
    LoadError error;
    auto reloaded = SessionReader::readFile(path, &error);
    ASSERT_TRUE(reloaded.has_value()) << error.toString().toStdString();
    ASSERT_EQ(reloaded->snapshots.size(), 1u);
    EXPECT_EQ(reloaded->snapshots[0].name, QStringLiteral("as-is"));
    EXPECT_EQ(reloaded->snapshots[0].state, doc()->session().snapshots[0].state);
    EXPECT_EQ(reloaded->snapshots[0].taken, doc()->session().snapshots[0].taken);
}

TEST_F(SnapshotTest, OpenInWindowGivesTheSnapshotAsASessionToExport) {
    workshopMorning();
    dock()->selectIndex(0);
    std::unique_ptr<MainWindow> other(dynamic_cast<MainWindow*>(dock()->openSelectedInWindow()));
    ASSERT_NE(other, nullptr);
    EXPECT_EQ(other->document()->state(), doc()->session().snapshots[0].state);
    EXPECT_TRUE(other->document()->filePath().isEmpty());
    EXPECT_TRUE(other->document()->info().title.contains(QStringLiteral("as-is")));

    Session exported;
    QString exportedName;
    dock()->setExportHandler([&](const Session& session, const QString& name) {
        exported = session;
        exportedName = name;
    });
    EXPECT_TRUE(dock()->exportAction()->isVisible());
    dock()->exportAction()->trigger();
    EXPECT_EQ(exportedName, QStringLiteral("as-is"));
    EXPECT_EQ(exported.state, doc()->session().snapshots[0].state);
}

} // namespace

} // namespace tandem::test
