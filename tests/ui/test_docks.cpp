// The inspector and outline docks, and the shortcut list.

#include "inspectordock.h"
#include "outlinedock.h"
#include "shortcutsdialog.h"
#include "uitesthelpers.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTreeWidget>

namespace tandem::test {

namespace {

using DocksTest = WindowTest;

TEST_F(DocksTest, InspectorShowsAndEditsTheSelection) {
    const QString id = QStringLiteral("vp-fresh");
    scene()->selectIds({id});
    InspectorDock* inspector = window->inspector();
    EXPECT_EQ(inspector->elementId(), id);
    EXPECT_EQ(inspector->textEdit()->toPlainText(), doc()->element(id)->text);
    EXPECT_EQ(inspector->descriptionEdit()->toPlainText(), doc()->element(id)->description);
    EXPECT_GT(inspector->linksList()->count(), 0); // the example links it to a stage

    inspector->descriptionEdit()->setPlainText(QStringLiteral("Roast date on the bag"));
    inspector->tagsEdit()->setText(QStringLiteral("subscription, #fresh"));
    inspector->commitFields();
    EXPECT_EQ(doc()->element(id)->description, QStringLiteral("Roast date on the bag"));
    EXPECT_EQ(doc()->element(id)->tags,
              (QStringList{QStringLiteral("subscription"), QStringLiteral("fresh")}));
    // Edits elsewhere show up in the inspector.
    doc()->setElementText(id, QStringLiteral("Fresh"));
    EXPECT_EQ(inspector->textEdit()->toPlainText(), QStringLiteral("Fresh"));
}

TEST_F(DocksTest, OutlineFilterFindsByAnyWordAndSelectsOnCanvas) {
    OutlineDock* outline = window->outline();
    outline->show();
    outline->rebuildNow();
    outline->filterEdit()->setText(QStringLiteral("kitchens"));
    EXPECT_EQ(outline->matchingIds(), QStringList{QStringLiteral("cs-offices")});
    // Words match text, description or tags, in any order.
    outline->filterEdit()->setText(QStringLiteral("monthly teams"));
    EXPECT_TRUE(outline->matchingIds().contains(QStringLiteral("cs-offices")));
    QTest::keyClick(outline->filterEdit(), Qt::Key_Return);
    EXPECT_EQ(scene()->selectedIds(), QStringList{QStringLiteral("cs-offices")});
    outline->filterEdit()->clear();
    EXPECT_EQ(outline->matchingIds().size(), doc()->state().elementCount());
}

TEST_F(DocksTest, OutlineFollowsTheDocumentAndTheSelection) {
    OutlineDock* outline = window->outline();
    doc()->removeElements({QStringLiteral("kp-courier")});
    outline->rebuildNow();
    EXPECT_FALSE(outline->matchingIds().contains(QStringLiteral("kp-courier")));
    scene()->selectIds({QStringLiteral("vp-fresh")});
    ASSERT_EQ(outline->tree()->selectedItems().size(), 1);
    EXPECT_EQ(outline->tree()->selectedItems().front()->data(0, Qt::UserRole).toString(),
              QStringLiteral("vp-fresh"));
}

TEST_F(DocksTest, ShortcutListCoversTheActions) {
    ShortcutsDialog dialog(window.get());
    QStringList commands;
    for (int i = 0; i < dialog.table()->topLevelItemCount(); ++i)
        commands.append(dialog.table()->topLevelItem(i)->text(0));
    for (const char* expected : {"Add Note", "Undo", "Paste", "Zoom to Fit", "Save", "Open"})
        EXPECT_TRUE(commands.contains(QString::fromLatin1(expected))) << expected;
}

TEST_F(DocksTest, EveryMenuActionCanBeReachedFromTheKeyboard) {
    // Every top-level menu has a mnemonic, so Alt+letter reaches every item.
    for (QAction* menu : window->menuBar()->actions())
        EXPECT_TRUE(menu->text().contains(QLatin1Char('&'))) << menu->text().toStdString();
}

} // namespace

} // namespace tandem::test
