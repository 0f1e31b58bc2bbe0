// File > Import...: the preview, the list of bad rows, and one undo step.

#include "fakehost.h"
#include "importdialog.h"
#include "importfeature.h"
#include "menuplaces.h"

#include <QFile>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace tandem::test {
namespace {

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& data) {
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(data);
    return path;
}

TEST(ImportFeatureTest, TakesTheFileImportPlace) {
    FakeHost host;
    auto* feature = new ImportFeature(&host);
    EXPECT_EQ(host.menuPlaces()->actionsIn(QStringLiteral("file.import")),
              QList<QAction*>({feature->importAction()}));
}

TEST(ImportFeatureTest, PreviewsTheNotesAndImportsThemAsOneUndoStep) {
    FakeHost host;
    QTemporaryDir dir;
    const QString csv = writeFile(dir, "in.csv", "block,text\nchannels,Web shop\nchannels,Kiosk\n");
    const QString md = writeFile(dir, "in.md", "## Value Propositions\n\n- Fresh beans\n");
    ImportDialog dialog({csv, md}, host.document());
    EXPECT_TRUE(dialog.canImport());
    EXPECT_EQ(dialog.plan().noteCount(), 3);
    auto* preview = dialog.findChild<QTreeWidget*>();
    ASSERT_NE(preview, nullptr);
    EXPECT_EQ(preview->topLevelItemCount(), 2); // Channels, Value Propositions

    const int steps = host.document()->undoStack()->count();
    ImportFeature::apply(&host, dialog.plan());
    EXPECT_EQ(host.document()->undoStack()->count(), steps + 1);
    EXPECT_EQ(host.document()->state().elements(Block::Channels).size(), 2u);
    EXPECT_EQ(host.document()->state().elements(Block::ValuePropositions).size(), 1u);
    host.document()->undoStack()->undo();
    EXPECT_TRUE(host.document()->state().elements(Block::Channels).empty());
    EXPECT_TRUE(host.document()->state().elements(Block::ValuePropositions).empty());
}

TEST(ImportFeatureTest, ListsBadRowsAndRefusesToImport) {
    FakeHost host;
    QTemporaryDir dir;
    const QString csv =
        writeFile(dir, "in.csv", "block,text\nchannels,Web shop\nmoon,Rocket\nchannels,\n");
    ImportDialog dialog({csv}, host.document());
    EXPECT_FALSE(dialog.canImport());
    EXPECT_EQ(dialog.problemLines(), QStringList({csv + QStringLiteral(":3: unknown block “moon”"),
                                                  csv + QStringLiteral(":4: empty text")}));
    auto* problems = dialog.findChild<QListWidget*>();
    ASSERT_NE(problems, nullptr);
    EXPECT_EQ(problems->count(), 2);
}

TEST(ImportFeatureTest, PlainTextGoesIntoTheChosenBlock) {
    FakeHost host;
    QTemporaryDir dir;
    const QString txt = writeFile(dir, "ideas.txt", "Pop-up stall\nMarket van\n");
    ImportDialog dialog({txt}, host.document());
    dialog.setPlainTextBlock(Block::Channels);
    ASSERT_EQ(dialog.plan().notes.size(), 2u);
    EXPECT_EQ(dialog.plan().notes[0].block, Block::Channels);
}

} // namespace
} // namespace tandem::test
