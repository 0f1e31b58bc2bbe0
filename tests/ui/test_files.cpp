// File commands: open, save, failures, title and modified mark.

#include "document.h"
#include "uitesthelpers.h"

#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUndoStack>

namespace tandem::test {

namespace {

using FilesTest = WindowTest;

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

TEST_F(FilesTest, BrokenFileShowsLoaderMessageAndKeepsDocument) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.tandem.yaml"));
    writeFile(path, "format: tandem/1\nsession:\n  title: [unclosed\n");
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Changed"));
    const Session before = doc()->session();
    const int steps = doc()->undoStack()->count();

    DialogCatcher dialog;
    EXPECT_FALSE(window->openFile(path));
    EXPECT_TRUE(dialog.seen());
    EXPECT_TRUE(dialog.text().contains(QStringLiteral("broken.tandem.yaml")))
        << dialog.text().toStdString();
    EXPECT_EQ(dialog.text(), window->lastError());
    EXPECT_EQ(doc()->session(), before);
    EXPECT_EQ(doc()->undoStack()->count(), steps);
    EXPECT_TRUE(doc()->isModified());
    EXPECT_EQ(scene()->noteCount(), before.state.elementCount());
}

TEST_F(FilesTest, NewerFormatIsRefusedWithTheLoadersWords) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.tandem.yaml"));
    writeFile(path, "format: tandem/2\nsession:\n  title: From the future\n");
    DialogCatcher dialog;
    EXPECT_FALSE(window->openFile(path));
    EXPECT_TRUE(dialog.text().contains(QStringLiteral("newer"))) << dialog.text().toStdString();
    EXPECT_EQ(doc()->info().title, exampleSession().info.title);
}

TEST_F(FilesTest, SaveOpenRoundTripAndTitle) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("offsite.tandem.yaml"));
    doubleClickAt(emptySpotIn(Block::KeyPartners));
    type(QStringLiteral("Saved note"));
    key(Qt::Key_Return);
    EXPECT_TRUE(window->isWindowModified());
    ASSERT_TRUE(window->saveFile(path));
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_FALSE(doc()->isModified());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("offsite.tandem.yaml")));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("[*]")));

    MainWindow other;
    ASSERT_TRUE(other.openFile(path));
    EXPECT_EQ(other.document()->session(), doc()->session());
    EXPECT_FALSE(other.document()->isModified());
    EXPECT_EQ(other.document()->filePath(), path);
}

TEST_F(FilesTest, FailedSaveSaysWhyAndStaysModified) {
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Changed"));
    DialogCatcher dialog;
    EXPECT_FALSE(window->saveFile(QStringLiteral("/nonexistent-dir/x/session.tandem.yaml")));
    EXPECT_TRUE(dialog.seen());
    EXPECT_FALSE(window->lastError().isEmpty());
    EXPECT_TRUE(doc()->isModified());
    EXPECT_TRUE(window->isWindowModified());
}

TEST_F(FilesTest, RevertReloadsTheFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("revert.tandem.yaml"));
    ASSERT_TRUE(window->saveFile(path));
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Changed"));
    ASSERT_TRUE(window->openFile(path)); // what Revert does after asking
    EXPECT_EQ(doc()->element(QStringLiteral("kp-courier"))->text,
              exampleSession().state.elements(Block::KeyPartners)[2].text);
    EXPECT_FALSE(doc()->isModified());
}

TEST_F(FilesTest, NewStartsFromTheBlankTemplate) {
    window->newFromBlankTemplate();
    EXPECT_EQ(doc()->state().elementCount(), 0);
    EXPECT_EQ(scene()->noteCount(), 0);
    EXPECT_TRUE(doc()->filePath().isEmpty());
    EXPECT_FALSE(doc()->isModified());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Untitled")));
    window->newFromExample();
    EXPECT_EQ(scene()->noteCount(), exampleSession().state.elementCount());
}

TEST_F(FilesTest, DroppingASessionFileOpensIt) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.tandem.yaml"));
    writeFile(path, "format: tandem/1\nsession:\n  title: Dropped\nbusiness_model:\n"
                    "  channels:\n    - id: ch-1\n      text: Pop-up shop\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint pos = viewport()->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);
    EXPECT_EQ(doc()->info().title, QStringLiteral("Dropped"));
    EXPECT_EQ(scene()->noteCount(), 1);
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("dropped.tandem.yaml")));
}

TEST_F(FilesTest, PromptBeforeLosingChanges) {
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Changed"));
    DialogCatcher dialog; // closing the question box means Cancel
    EXPECT_FALSE(window->maybeSave());
    EXPECT_TRUE(dialog.seen());
    EXPECT_TRUE(doc()->isModified());
}

} // namespace

} // namespace tandem::test
