// Cut, copy, paste and duplicate, within a window, between two windows, and
// as plain text.

#include "clipboard.h"
#include "noteactions.h"
#include "uitesthelpers.h"

#include <QClipboard>
#include <QMimeData>
#include <QUndoStack>

namespace tandem::test {

namespace {

using ClipboardTest = WindowTest;

TEST_F(ClipboardTest, CopyPasteIntoAnotherBlockIsOneStep) {
    click(QStringLiteral("kp-courier"));
    click(QStringLiteral("kp-importer"), Qt::ControlModifier);
    key(Qt::Key_C, Qt::ControlModifier);
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    ASSERT_TRUE(mime->hasFormat(Clipboard::mimeType()));
    EXPECT_TRUE(mime->text().contains(QStringLiteral("Courier network")));

    click(idsIn(Block::KeyResources).first());
    const int before = static_cast<int>(idsIn(Block::KeyResources).size());
    key(Qt::Key_V, Qt::ControlModifier);
    const QStringList ids = idsIn(Block::KeyResources);
    ASSERT_EQ(ids.size(), before + 2);
    EXPECT_EQ(doc()->element(ids[before])->text,
              doc()->element(QStringLiteral("kp-importer"))->text);
    EXPECT_EQ(doc()->element(ids[before + 1])->text, QStringLiteral("Courier network"));
    EXPECT_EQ(doc()->undoStack()->count(), 1);
    EXPECT_EQ(scene()->selectedIds().size(), 2);
    doc()->undoStack()->undo();
    EXPECT_EQ(idsIn(Block::KeyResources).size(), before);
}

TEST_F(ClipboardTest, CutRemovesAndPasteBringsBackWithColour) {
    const QString id = QStringLiteral("vp-refill");
    const Element original = *doc()->element(id);
    click(id);
    key(Qt::Key_X, Qt::ControlModifier);
    EXPECT_EQ(doc()->element(id), nullptr);
    click(idsIn(Block::ValuePropositions).first());
    key(Qt::Key_V, Qt::ControlModifier);
    const Element& pasted = doc()->state().elements(Block::ValuePropositions).back();
    EXPECT_EQ(pasted.text, original.text);
    EXPECT_EQ(pasted.color, original.color);
    EXPECT_EQ(pasted.tags, original.tags);
    EXPECT_EQ(pasted.description, original.description);
}

TEST_F(ClipboardTest, PasteBetweenTwoWindows) {
    click(QStringLiteral("cs-offices"));
    key(Qt::Key_C, Qt::ControlModifier);

    MainWindow other;
    other.newFromBlankTemplate();
    other.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&other, scaledMs(5000)));
    other.activateWindow();
    QApplication::setActiveWindow(&other);
    other.view()->setFocus();
    other.scene()->setCurrentPlace(Place{Block::CustomerSegments, {}, -1});
    QTest::keyClick(other.view()->viewport(), Qt::Key_V, Qt::ControlModifier);
    const auto& segments = other.document()->state().elements(Block::CustomerSegments);
    ASSERT_EQ(segments.size(), 1u);
    EXPECT_EQ(segments.front().text, QStringLiteral("Office kitchens"));
    EXPECT_EQ(segments.front().color, QStringLiteral("pink"));
    other.document()->markSaved();
}

TEST_F(ClipboardTest, PastePlainTextFromOtherProgramsOneNotePerLine) {
    QApplication::clipboard()->setText(
        QStringLiteral("- Night shift roasting\n\n* Pop-up kiosk\n"));
    scene()->setCurrentPlace(Place{Block::KeyActivities, {}, -1});
    const int before = static_cast<int>(idsIn(Block::KeyActivities).size());
    key(Qt::Key_V, Qt::ControlModifier);
    const QStringList ids = idsIn(Block::KeyActivities);
    ASSERT_EQ(ids.size(), before + 2);
    EXPECT_EQ(doc()->element(ids[before])->text, QStringLiteral("Night shift roasting"));
    EXPECT_EQ(doc()->element(ids[before + 1])->text, QStringLiteral("Pop-up kiosk"));
}

TEST_F(ClipboardTest, DuplicateStageLandsRightAfterIt) {
    scene()->selectIds({QStringLiteral("st-roast")});
    const auto place = *doc()->placeOf(QStringLiteral("st-roast"));
    key(Qt::Key_D, Qt::ControlModifier);
    const ValueChain* chain = doc()->chain(place.chainId);
    EXPECT_EQ(chain->stages[place.index + 1].text, QStringLiteral("Roast to order"));
    EXPECT_NE(chain->stages[place.index + 1].id, QStringLiteral("st-roast"));
}

TEST_F(ClipboardTest, YamlOnTheClipboardIsASession) {
    const QByteArray yaml = Clipboard::toYaml(*doc(), {QStringLiteral("vp-fresh")});
    EXPECT_TRUE(yaml.startsWith("format: tandem/1"));
    const auto notes = Clipboard::fromYaml(yaml);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes.front().block, Block::ValuePropositions);
    EXPECT_TRUE(notes.front().element.id.isEmpty());
}

} // namespace

} // namespace tandem::test
