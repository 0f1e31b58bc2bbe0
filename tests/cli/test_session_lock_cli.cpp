// One editor per file, between two real Tandem processes: the second sees
// the first one's lock (its process id) and opens the file read-only or not
// at all; a lock left by a killed Tandem is stale and taken over silently.

#include "sessioncli.h"

#include <QFileInfo>
#include <QLockFile>

namespace {

using namespace sessioncli;

QString lockFileOf(const QString& path) {
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".~%1.lock").arg(info.fileName()));
}

class SessionLockCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        ensureApplication();
        session = home.filePath(QStringLiteral("offsite.tandem.yaml"));
        ASSERT_TRUE(QFile::copy(
            QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml"), session));
        QFile::setPermissions(session, QFile::ReadOwner | QFile::WriteOwner);
    }
    QProcessEnvironment env(const QList<std::pair<QString, QString>>& extra = {}) const {
        return environment(
            home.path(),
            QList<std::pair<QString, QString>>{{QStringLiteral("TANDEM_RECOVERY_DIR"),
                                                home.filePath(QStringLiteral("recovery"))}} +
                extra);
    }

    QTemporaryDir home;
    QString session;
};

TEST_F(SessionLockCliTest, ASecondTandemSeesTheFirstAndOpensReadOnlyOrNot) {
    auto first = start(env(), {session});
    ASSERT_TRUE(waitFor([&] { return QFile::exists(lockFileOf(session)); }))
        << first->readAllStandardError().toStdString();

    // The lock names the first editor (its content is written just after
    // the file appears).
    QLockFile probe(lockFileOf(session));
    probe.setStaleLockTime(0);
    EXPECT_FALSE(probe.tryLock(0));
    qint64 pid = 0;
    QString host;
    QString app;
    ASSERT_TRUE(waitFor([&] { return probe.getLockInfo(&pid, &host, &app); }));
    EXPECT_EQ(pid, first->processId());

    const Finished readOnly =
        runToEnd(env({{QStringLiteral("TANDEM_TEST_LOCK_ANSWER"), QStringLiteral("readonly")},
                      {QStringLiteral("TANDEM_TEST_REPORT"), home.filePath("second")}}),
                 {session});
    EXPECT_EQ(readOnly.exitCode, 0) << readOnly.err.toStdString();
    EXPECT_TRUE(readOnly.out.contains(QStringLiteral("held by pid=%1").arg(first->processId())))
        << readOnly.out.toStdString();
    EXPECT_TRUE(readOnly.out.contains(
        QStringLiteral("window 1: path=%1 modified=0 readonly=1").arg(session)))
        << readOnly.out.toStdString();

    const Finished cancelled =
        runToEnd(env({{QStringLiteral("TANDEM_TEST_LOCK_ANSWER"), QStringLiteral("cancel")},
                      {QStringLiteral("TANDEM_TEST_REPORT"), home.filePath("third")}}),
                 {session});
    EXPECT_EQ(cancelled.exitCode, 0) << cancelled.err.toStdString();
    EXPECT_TRUE(cancelled.out.contains(QStringLiteral("window 1: path= modified=0 readonly=0")))
        << cancelled.out.toStdString();
    // Neither took the lock from the first.
    EXPECT_FALSE(probe.tryLock(0));

    first->kill();
    first->waitForFinished(tandem::test::scaledMs(30000));
}

TEST_F(SessionLockCliTest, ALockLeftByAKilledTandemIsTakenOverSilently) {
    auto first = start(env(), {session});
    ASSERT_TRUE(waitFor([&] { return QFile::exists(lockFileOf(session)); }));
    first->kill(); // SIGKILL: the lock file stays behind
    first->waitForFinished(tandem::test::scaledMs(30000));
    ASSERT_TRUE(QFile::exists(lockFileOf(session)));

    const Finished next =
        runToEnd(env({{QStringLiteral("TANDEM_TEST_LOCK_ANSWER"), QStringLiteral("cancel")},
                      {QStringLiteral("TANDEM_TEST_REPORT"), home.filePath("next")}}),
                 {session});
    EXPECT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_FALSE(next.out.contains(QStringLiteral("held by"))) << next.out.toStdString();
    EXPECT_TRUE(
        next.out.contains(QStringLiteral("window 1: path=%1 modified=0 readonly=0").arg(session)))
        << next.out.toStdString();
}

} // namespace
