// Autosave: the session goes to its own recovery file some time after an
// unsaved change, never to the user's file, and the copy goes away once
// there is nothing left to recover.

#include "autosave.h"
#include "document.h"
#include "recovery.h"
#include "sessionfeature.h"
#include "sessiontesthelpers.h"
#include "sessionwriter.h"
#include "settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

namespace tandem::test {

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class AutosaveTest : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        autosave()->setDirectory(recoveryDir.path());
        autosave()->setIntervalMs(60);
    }
    Autosave* autosave() const { return window->feature<SessionFeature>()->autosave(); }
    QStringList recoveryFiles() const {
        return QDir(recoveryDir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    // The session as the recovery copy has it, read back like a crash would.
    Session recovered() const {
        LoadError error;
        auto session = SessionReader::readFile(autosave()->recoveryFilePath(), &error);
        EXPECT_TRUE(session.has_value()) << error.toString().toStdString();
        return session.value_or(Session{});
    }
    QJsonObject sidecar() const {
        return QJsonDocument::fromJson(
                   readAll(RecoveryStore(recoveryDir.path()).sidecarPath(autosave()->key())))
            .object();
    }

    QTemporaryDir recoveryDir;
    QTemporaryDir userDir;
};

TEST_F(AutosaveTest, WritesOnlyTheRecoveryFileNeverTheUsersFile) {
    const QString path = userDir.filePath(QStringLiteral("offsite.tandem.yaml"));
    ASSERT_TRUE(window->saveFile(path));
    const QByteArray bytes = readAll(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    const QStringList userFiles = QDir(userDir.path()).entryList(QDir::Files | QDir::Hidden);

    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Cargo bikes"));
    EXPECT_TRUE(autosave()->isScheduled());
    ASSERT_TRUE(waitUntil([&] { return autosave()->hasRecoveryFile(); }));

    EXPECT_EQ(readAll(path), bytes);
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);
    // Nothing new beside the user's file (the lock was there before).
    EXPECT_EQ(QDir(userDir.path()).entryList(QDir::Files | QDir::Hidden), userFiles);
    EXPECT_TRUE(doc()->isModified());

    EXPECT_EQ(recoveryFiles().size(), 2) << recoveryFiles().join(' ').toStdString();
    EXPECT_EQ(recovered().state, doc()->state());
    EXPECT_EQ(sidecar().value(QStringLiteral("original")).toString(), path);
}

TEST_F(AutosaveTest, LaterEditsAreWrittenOnTheSameRhythm) {
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("One"));
    ASSERT_TRUE(waitUntil([&] { return autosave()->hasRecoveryFile(); }));
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Two"));
    ASSERT_TRUE(waitUntil([&] {
        const Session session = recovered();
        const auto& partners = session.state.elements(Block::KeyPartners);
        return std::any_of(partners.begin(), partners.end(),
                           [](const Element& e) { return e.text == QLatin1String("Two"); });
    }));
}

TEST_F(AutosaveTest, UntitledSessionsAreRecoveredToo) {
    window->newFromBlankTemplate();
    EXPECT_TRUE(doc()->filePath().isEmpty());
    doc()->addElement(Place{Block::ValuePropositions, {}, -1},
                      Element{QString(), QStringLiteral("Never saved"), {}, {}, {}, {}, {}});
    ASSERT_TRUE(waitUntil([&] { return autosave()->hasRecoveryFile(); }));
    EXPECT_EQ(sidecar().value(QStringLiteral("original")).toString(), QString());
    EXPECT_EQ(recovered().state.elements(Block::ValuePropositions).back().text,
              QStringLiteral("Never saved"));
}

TEST_F(AutosaveTest, SavingRemovesTheRecoveryFile) {
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Cargo bikes"));
    ASSERT_TRUE(waitUntil([&] { return autosave()->hasRecoveryFile(); }));
    ASSERT_TRUE(window->saveFile(userDir.filePath(QStringLiteral("saved.tandem.yaml"))));
    EXPECT_FALSE(autosave()->hasRecoveryFile());
    EXPECT_TRUE(recoveryFiles().isEmpty()) << recoveryFiles().join(' ').toStdString();
}

TEST_F(AutosaveTest, UndoingBackToTheSavedStateRemovesIt) {
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Cargo bikes"));
    ASSERT_TRUE(waitUntil([&] { return autosave()->hasRecoveryFile(); }));
    doc()->undoStack()->undo();
    EXPECT_FALSE(doc()->isModified());
    EXPECT_TRUE(recoveryFiles().isEmpty());
    // And nothing is written while there is nothing unsaved: no write is
    // due, and none is waiting in the event queue.
    QSignalSpy written(autosave(), &Autosave::written);
    EXPECT_FALSE(autosave()->isScheduled());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(written.count(), 0);
    EXPECT_TRUE(recoveryFiles().isEmpty());
}

TEST_F(AutosaveTest, ClosingTheWindowRemovesIt) {
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Cargo bikes"));
    ASSERT_TRUE(waitUntil([&] { return autosave()->hasRecoveryFile(); }));
    doc()->markSaved(); // the user chose Discard
    window.reset();
    EXPECT_TRUE(recoveryFiles().isEmpty()) << recoveryFiles().join(' ').toStdString();
    window = std::make_unique<MainWindow>(); // for TearDown
}

TEST_F(AutosaveTest, SnapshotsAndDetailsCountAsChanges) {
    SessionInfo info = doc()->info();
    info.title = QStringLiteral("Changed title");
    doc()->setSessionInfo(info);
    ASSERT_TRUE(waitUntil([&] { return autosave()->hasRecoveryFile(); }));
    EXPECT_EQ(recovered().info.title, QStringLiteral("Changed title"));
}

TEST_F(AutosaveTest, IntervalZeroTurnsItOff) {
    autosave()->setIntervalMs(0);
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Cargo bikes"));
    QSignalSpy written(autosave(), &Autosave::written);
    EXPECT_FALSE(autosave()->isScheduled());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(written.count(), 0);
    EXPECT_TRUE(recoveryFiles().isEmpty());
}

TEST_F(AutosaveTest, AnUnwritableFolderIsReportedNotFatal) {
    autosave()->setDirectory(QStringLiteral("/proc/tandem-cannot-write-here"));
    QString reported;
    QObject::connect(autosave(), &Autosave::failed,
                     [&reported](const QString& message) { reported = message; });
    doc()->setElementText(QStringLiteral("kp-courier"), QStringLiteral("Cargo bikes"));
    ASSERT_TRUE(waitUntil([&] { return !reported.isEmpty(); }));
    EXPECT_FALSE(autosave()->hasRecoveryFile());
    EXPECT_TRUE(doc()->isModified());
}

TEST(AutosaveConfiguration, EnvironmentOverridesForTests) {
    qputenv("TANDEM_AUTOSAVE_INTERVAL_MS", "250");
    qputenv("TANDEM_RECOVERY_DIR", "/tmp/tandem-recovery-test");
    EXPECT_EQ(Autosave::configuredIntervalMs(), 250);
    EXPECT_EQ(Autosave::configuredDirectory(), QStringLiteral("/tmp/tandem-recovery-test"));
    qunsetenv("TANDEM_AUTOSAVE_INTERVAL_MS");
    qunsetenv("TANDEM_RECOVERY_DIR");
    EXPECT_EQ(Autosave::configuredIntervalMs(), Settings::autosaveIntervalSeconds() * 1000);
    EXPECT_EQ(Autosave::configuredDirectory(), RecoveryStore::defaultDirectory());
}

} // namespace

} // namespace tandem::test
