// One editor per file: the lock next to an open session, another Tandem
// holding it (a helper process), stale locks after a crash, and files
// changed on disk by another program.

#include "document.h"
#include "filelock.h"
#include "filewatch.h"
#include "filewatchbar.h"
#include "sessionfeature.h"
#include "sessiontesthelpers.h"
#include "sessionwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <csignal>

namespace tandem::test {

namespace {

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

class SessionLockTest : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        path = dir.filePath(QStringLiteral("offsite.tandem.yaml"));
        QString error;
        ASSERT_TRUE(SessionWriter::saveFile(exampleSession(), path, &error));
    }
    void TearDown() override {
        if (helper.state() != QProcess::NotRunning) {
            helper.kill();
            helper.waitForFinished(scaledMs(30000));
        }
        WindowTest::TearDown();
    }
    FileLock* lock() const { return window->feature<SessionFeature>()->fileLock(); }
    // Another process holding the file, as another Tandem would
    // (tests/helpers/lockholder.cpp).
    void startHelper() {
        helper.start(QStringLiteral(TANDEM_LOCK_HOLDER), {path});
        ASSERT_TRUE(helper.waitForStarted(scaledMs(10000)));
        ASSERT_TRUE(
            waitUntil([&] { return helper.readAllStandardOutput().contains("locked"); }, 20000));
    }

    QTemporaryDir dir;
    QString path;
    QProcess helper;
};

TEST_F(SessionLockTest, AnOpenFileIsLockedAndReleasedWhenAnotherOpens) {
    ASSERT_TRUE(window->openFile(path));
    const QString lockFile = FileLock::lockFilePath(path);
    EXPECT_TRUE(QFileInfo(lockFile).fileName().startsWith(QStringLiteral(".~")));
    EXPECT_TRUE(QFile::exists(lockFile));
    EXPECT_EQ(lock()->lockedPath(), path);
    auto owner = FileLock::owner(path);
    ASSERT_TRUE(owner.has_value());
    EXPECT_TRUE(owner->thisProcess);
    EXPECT_FALSE(window->isReadOnly());

    window->newFromBlankTemplate();
    EXPECT_FALSE(QFile::exists(lockFile));
    EXPECT_EQ(lock()->lockedPath(), QString());
}

TEST_F(SessionLockTest, SaveAsMovesTheLock) {
    ASSERT_TRUE(window->openFile(path));
    const QString other = dir.filePath(QStringLiteral("copy.tandem.yaml"));
    ASSERT_TRUE(window->saveFile(other));
    EXPECT_EQ(lock()->lockedPath(), other);
    EXPECT_TRUE(QFile::exists(FileLock::lockFilePath(other)));
    EXPECT_FALSE(QFile::exists(FileLock::lockFilePath(path)));
}

TEST_F(SessionLockTest, ASecondWindowOfThisTandemOpensItReadOnly) {
    ASSERT_TRUE(window->openFile(path));
    MainWindow second;
    ASSERT_TRUE(second.openFile(path)); // no question asked
    QCoreApplication::processEvents();
    EXPECT_TRUE(second.isReadOnly());
    EXPECT_TRUE(second.windowTitle().contains(QStringLiteral("read-only")));
    EXPECT_FALSE(window->isReadOnly());
    // Saving over the file the first window holds is refused.
    second.document()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Mine"));
    DialogCatcher refusal;
    EXPECT_FALSE(second.saveFile(path));
    EXPECT_TRUE(refusal.seen());
    second.document()->markSaved();
}

TEST_F(SessionLockTest, AnotherTandemHoldingTheFileIsDetected) {
    startHelper();
    auto owner = FileLock::owner(path);
    ASSERT_TRUE(owner.has_value());
    EXPECT_EQ(owner->pid, helper.processId());
    EXPECT_FALSE(owner->thisProcess);

    // Cancel: nothing changes.
    const Session before = doc()->session();
    LockOwner asked;
    lock()->setAsk([&](const QString&, const LockOwner& who) {
        asked = who;
        return FileLock::Choice::Cancel;
    });
    EXPECT_FALSE(window->openFile(path));
    EXPECT_EQ(asked.pid, helper.processId());
    EXPECT_EQ(doc()->session(), before);

    // Read-only: opened, but Save goes elsewhere and the lock stays theirs.
    lock()->setAsk([](const QString&, const LockOwner&) { return FileLock::Choice::OpenReadOnly; });
    ASSERT_TRUE(window->openFile(path));
    QCoreApplication::processEvents();
    EXPECT_TRUE(window->isReadOnly());
    EXPECT_EQ(doc()->filePath(), path);
    EXPECT_EQ(lock()->lockedPath(), QString());
    DialogCatcher refusal;
    EXPECT_FALSE(window->saveFile(path));
    EXPECT_TRUE(refusal.seen());
    EXPECT_TRUE(refusal.text().contains(QString::number(helper.processId())) ||
                window->lastError().isEmpty());

    // Saving under another name makes it an ordinary, writable window.
    const QString copy = dir.filePath(QStringLiteral("mine.tandem.yaml"));
    ASSERT_TRUE(window->saveFile(copy));
    EXPECT_FALSE(window->isReadOnly());
    EXPECT_EQ(lock()->lockedPath(), copy);
}

TEST_F(SessionLockTest, ALockLeftByAKilledTandemIsStaleAndTakenOver) {
    startHelper();
    ASSERT_TRUE(QFile::exists(FileLock::lockFilePath(path)));
    ::kill(static_cast<pid_t>(helper.processId()), SIGKILL);
    helper.waitForFinished(scaledMs(30000));
    EXPECT_TRUE(QFile::exists(FileLock::lockFilePath(path))); // left behind
    EXPECT_FALSE(FileLock::owner(path).has_value());

    bool asked = false;
    lock()->setAsk([&](const QString&, const LockOwner&) {
        asked = true;
        return FileLock::Choice::Cancel;
    });
    ASSERT_TRUE(window->openFile(path));
    EXPECT_FALSE(asked);
    EXPECT_FALSE(window->isReadOnly());
    EXPECT_EQ(lock()->lockedPath(), path);
}

TEST_F(SessionLockTest, AFolderWithoutWriteAccessStillOpens) {
    // No lock can be made there; the file opens as before.
    ASSERT_TRUE(window->openFile(QStringLiteral(":/examples/northwind.tandem.yaml")));
    EXPECT_FALSE(window->isReadOnly());
}

class FileWatchTest : public SessionLockTest {
protected:
    FileWatch* watch() const { return window->feature<SessionFeature>()->fileWatch(); }
};

TEST_F(FileWatchTest, AChangeOnDiskOffersReload) {
    ASSERT_TRUE(window->openFile(path));
    Session changed = exampleSession();
    changed.info.title = QStringLiteral("Edited in a text editor");
    writeBytes(path, SessionWriter::toBytes(changed));
    ASSERT_TRUE(waitUntil([&] { return watch()->isAsking(); }));
    EXPECT_TRUE(watch()->bar()->isVisible());
    EXPECT_TRUE(watch()->bar()->text().contains(QStringLiteral("changed by another program")));

    watch()->reload();
    EXPECT_EQ(doc()->info().title, QStringLiteral("Edited in a text editor"));
    EXPECT_FALSE(doc()->isModified());
    EXPECT_FALSE(watch()->bar()->isVisible());
}

TEST_F(FileWatchTest, KeepMineKeepsTheWindowsVersionAsUnsaved) {
    ASSERT_TRUE(window->openFile(path));
    writeBytes(path, "format: tandem/1\nsession:\n  title: Theirs\n");
    ASSERT_TRUE(waitUntil([&] { return watch()->isAsking(); }));
    const QString title = doc()->info().title;
    // The bar's own button.
    QPushButton* keep = nullptr;
    for (QPushButton* button : watch()->bar()->findChildren<QPushButton*>()) {
        if (button->text().contains(QStringLiteral("Keep")))
            keep = button;
    }
    ASSERT_NE(keep, nullptr);
    keep->click();
    EXPECT_EQ(doc()->info().title, title);
    EXPECT_TRUE(doc()->isModified());
    // Not asked again for the same change: looking at the file again, as the
    // watcher does once a change has settled, finds nothing new.
    QSignalSpy changed(watch(), &FileWatch::changedOnDisk);
    watch()->checkNow();
    EXPECT_FALSE(watch()->isAsking());
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(FileWatchTest, OurOwnSavesAreNotChangesOnDisk) {
    ASSERT_TRUE(window->openFile(path));
    for (int i = 0; i < 3; ++i) {
        doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Save %1").arg(i));
        ASSERT_TRUE(window->save());
    }
    // What the watcher does once the change it saw has settled: the file is
    // what the window wrote, so nothing is asked.
    QSignalSpy changed(watch(), &FileWatch::changedOnDisk);
    watch()->checkNow();
    EXPECT_FALSE(watch()->isAsking());
    EXPECT_EQ(changed.count(), 0);
    // And the watch still works after our saves replaced the file.
    writeBytes(path, "format: tandem/1\nsession:\n  title: Theirs\n");
    ASSERT_TRUE(waitUntil([&] { return watch()->isAsking(); }));
}

TEST_F(FileWatchTest, ADeletedFileIsReported) {
    ASSERT_TRUE(window->openFile(path));
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(waitUntil([&] { return watch()->isAsking(); }));
    EXPECT_TRUE(watch()->bar()->text().contains(QStringLiteral("deleted")));
}

} // namespace

} // namespace tandem::test
