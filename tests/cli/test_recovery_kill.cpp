// Crash recovery with the real editor: it autosaves, is killed with SIGKILL
// mid-session, and the next start offers and restores what was autosaved.
// The editor runs offscreen; the test hooks of ui/sessiontesthooks.h make
// the edit and answer the offer in place of a user.

#include "recovery.h"
#include "sessioncli.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

using namespace sessioncli;
using tandem::Block;
using tandem::Element;
using tandem::LoadError;
using tandem::RecoveryStore;
using tandem::Session;
using tandem::SessionReader;

const QString lostNote = QStringLiteral("Typed seconds before the crash");

bool hasNote(const Session& session, const QString& text) {
    const auto& partners = session.state.elements(Block::KeyPartners);
    return std::any_of(partners.begin(), partners.end(),
                       [&](const Element& element) { return element.text == text; });
}

class RecoveryKillTest : public ::testing::Test {
protected:
    void SetUp() override {
        ensureApplication();
        ASSERT_TRUE(home.isValid());
        recovery = home.filePath(QStringLiteral("recovery"));
        session = home.filePath(QStringLiteral("offsite.tandem.yaml"));
        QFile::copy(QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml"), session);
        QFile::setPermissions(session, QFile::ReadOwner | QFile::WriteOwner);
        LoadError error;
        auto original = SessionReader::readFile(session, &error);
        ASSERT_TRUE(original.has_value()) << error.toString().toStdString();
        notesBefore = original->state.elementCount();
    }

    QProcessEnvironment env(const QList<std::pair<QString, QString>>& extra = {}) const {
        QList<std::pair<QString, QString>> all = {
            {QStringLiteral("TANDEM_RECOVERY_DIR"), recovery},
            {QStringLiteral("TANDEM_AUTOSAVE_INTERVAL_MS"), QStringLiteral("200")},
        };
        return environment(home.path(), all + extra);
    }

    // Starts the editor, lets it make an edit and autosave it, then kills it
    // the hard way. Returns the recovery entries it left.
    std::vector<tandem::RecoveryEntry> crashAfterEdit(const QStringList& arguments) {
        auto editor = start(env({{QStringLiteral("TANDEM_TEST_EDIT_NOTE"), lostNote}}), arguments);
        const bool autosaved = waitFor([&] {
            return !QDir(recovery).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty();
        });
        EXPECT_TRUE(autosaved) << editor->readAllStandardError().toStdString();
        editor->kill(); // SIGKILL: no destructors, no clean-up
        editor->waitForFinished(tandem::test::scaledMs(30000));
        EXPECT_EQ(editor->exitStatus(), QProcess::CrashExit);
        return RecoveryStore(recovery).pending();
    }

    QTemporaryDir home;
    QString recovery;
    QString session;
    int notesBefore = 0;
};

TEST_F(RecoveryKillTest, AutosavedWorkComesBackAfterSigkill) {
    const QByteArray userBytes = readAll(session);
    const QDateTime userModified = QFileInfo(session).lastModified();
    const auto entries = crashAfterEdit({session});

    // The user's file was never written; the recovery copy has the edit.
    EXPECT_EQ(readAll(session), userBytes);
    EXPECT_EQ(QFileInfo(session).lastModified(), userModified);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].originalPath, session);
    {
        RecoveryStore store(recovery);
        LoadError error;
        auto autosaved = store.load(entries[0], &error);
        ASSERT_TRUE(autosaved.has_value()) << error.toString().toStdString();
        EXPECT_TRUE(hasNote(*autosaved, lostNote));
        EXPECT_EQ(autosaved->state.elementCount(), notesBefore + 1);
    }

    // The next start offers it and restores it, under its own file name.
    const QString report = home.filePath(QStringLiteral("report"));
    const Finished next =
        runToEnd(env({{QStringLiteral("TANDEM_TEST_RECOVERY_ANSWER"), QStringLiteral("restore")},
                      {QStringLiteral("TANDEM_TEST_REPORT"), report}}),
                 {});
    EXPECT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_TRUE(next.out.contains(
        QStringLiteral("recovery offered: key=%1 original=%2").arg(entries[0].key, session)))
        << next.out.toStdString();
    EXPECT_TRUE(next.out.contains(QStringLiteral("recovery restore: key=") + entries[0].key));
    EXPECT_TRUE(next.out.contains(QStringLiteral("window 1: path=%1 modified=1 readonly=0 notes=%2")
                                      .arg(session)
                                      .arg(notesBefore + 1)))
        << next.out.toStdString();
    LoadError error;
    auto restored =
        SessionReader::readFile(report + QStringLiteral("/window-1.tandem.yaml"), &error);
    ASSERT_TRUE(restored.has_value()) << error.toString().toStdString();
    EXPECT_TRUE(hasNote(*restored, lostNote));
    // Still only the recovery copy was written, never the user's file.
    EXPECT_EQ(readAll(session), userBytes);
    // The old copy is gone; only the one the second run made for itself may
    // remain (it was "killed" too: it exited without closing its window).
    for (const auto& entry : RecoveryStore(recovery).pending())
        EXPECT_NE(entry.key, entries[0].key);
}

TEST_F(RecoveryKillTest, UntitledSessionsAreOfferedTooAndDiscardLeavesNothing) {
    const auto entries = crashAfterEdit({});
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_TRUE(entries[0].originalPath.isEmpty());

    const Finished next =
        runToEnd(env({{QStringLiteral("TANDEM_TEST_RECOVERY_ANSWER"), QStringLiteral("discard")},
                      {QStringLiteral("TANDEM_TEST_REPORT"), home.filePath("report")}}),
                 {});
    EXPECT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_TRUE(next.out.contains(
        QStringLiteral("recovery offered: key=%1 original= ").arg(entries[0].key)))
        << next.out.toStdString();
    EXPECT_TRUE(next.out.contains(QStringLiteral("window 1: path= modified=0")))
        << next.out.toStdString();
    EXPECT_TRUE(RecoveryStore(recovery).pending().empty());
    EXPECT_TRUE(QDir(recovery).entryList(QDir::Files).isEmpty())
        << QDir(recovery).entryList(QDir::Files).join(' ').toStdString();
}

TEST_F(RecoveryKillTest, ATruncatedCopyIsReportedKeptAsideAndDoesNotBlockTheStart) {
    const auto entries = crashAfterEdit({session});
    ASSERT_EQ(entries.size(), 1u);
    QFile file(entries[0].sessionPath);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(file.size() * 2 / 3));
    file.close();

    const Finished next =
        runToEnd(env({{QStringLiteral("TANDEM_TEST_RECOVERY_ANSWER"), QStringLiteral("restore")},
                      {QStringLiteral("TANDEM_TEST_REPORT"), home.filePath("report")}}),
                 {session});
    EXPECT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_TRUE(next.out.contains(QStringLiteral("recovery problem: "))) << next.out.toStdString();
    EXPECT_FALSE(next.out.contains(QStringLiteral("recovery offered:")));
    // The start went on: the file given on the command line is open, unchanged.
    EXPECT_TRUE(next.out.contains(QStringLiteral("window 1: path=%1 modified=0 readonly=0 notes=%2")
                                      .arg(session)
                                      .arg(notesBefore)))
        << next.out.toStdString();
    EXPECT_TRUE(QFile::exists(entries[0].sessionPath + QStringLiteral(".corrupt")));
    // And the next start is not bothered again.
    EXPECT_TRUE(RecoveryStore(recovery).pending().empty());
}

} // namespace
