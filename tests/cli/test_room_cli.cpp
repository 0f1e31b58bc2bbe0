// `tandem --room FILE [--port N] [--listen ADDRESS]`: the real executable,
// offscreen, on 127.0.0.1 only. It prints the join address, refuses a wrong
// option, and says so when the port is taken.

#include "sessioncli.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

using namespace sessioncli;

// A copy of the example session in a folder of its own (the editor locks it).
QString sessionCopy(const QTemporaryDir& home, const QString& name) {
    const QString path = home.filePath(name);
    QFile::copy(QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml"), path);
    return path;
}

std::unique_ptr<QProcess> startTandem(const QTemporaryDir& home, const QStringList& arguments) {
    ensureApplication();
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment(home.path(), {}));
    process->start(QStringLiteral(TANDEM_BINARY), arguments);
    EXPECT_TRUE(process->waitForStarted(tandem::test::scaledMs(10000)));
    return process;
}

// The "Room open:" line, or empty when none came in time.
QString roomLine(QProcess& process) {
    QString out;
    QDeadlineTimer deadline(tandem::test::scaledMs(30000));
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        out += QString::fromUtf8(process.readAllStandardOutput());
        const auto match = QRegularExpression(QStringLiteral("Room open: (\\S+)")).match(out);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

void stop(QProcess& process) {
    process.kill();
    process.waitForFinished(tandem::test::scaledMs(10000));
}

TEST(RoomCli, PrintsTheJoinAddressOnTheLoopback) {
    QTemporaryDir home;
    auto tandem = startTandem(home, {QStringLiteral("--room"), sessionCopy(home, "a.tandem.yaml"),
                                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("--port"), QStringLiteral("0")});
    const QString address = roomLine(*tandem);
    EXPECT_TRUE(
        QRegularExpression(
            QStringLiteral("^http://127\\.0\\.0\\.1:[0-9]+/[A-Za-z0-9_-]{22}/#[A-Z0-9]{4}$"))
            .match(address)
            .hasMatch())
        << address.toStdString();
    stop(*tandem);
}

TEST(RoomCli, ATakenPortIsReportedAndTandemExits) {
    QTemporaryDir home;
    auto first = startTandem(home, {QStringLiteral("--room"), sessionCopy(home, "a.tandem.yaml"),
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1")});
    const QUrl taken(roomLine(*first));
    ASSERT_GT(taken.port(), 0);
    auto second = startTandem(home, {QStringLiteral("--room"), sessionCopy(home, "b.tandem.yaml"),
                                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("--port"), QString::number(taken.port())});
    ASSERT_TRUE(second->waitForFinished(tandem::test::scaledMs(30000)));
    EXPECT_EQ(second->exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(second->readAllStandardError())
                    .contains(QLatin1String("could not open")));
    stop(*first);
}

TEST(RoomCli, WrongOptionsAreRefused) {
    QTemporaryDir home;
    for (const QStringList& wrong :
         {QStringList{QStringLiteral("--room"), QStringLiteral("x.tandem.yaml"),
                      QStringLiteral("--port"), QStringLiteral("seventy")},
          QStringList{QStringLiteral("--room"), QStringLiteral("x.tandem.yaml"),
                      QStringLiteral("--port"), QStringLiteral("70000")},
          QStringList{QStringLiteral("--room"), QStringLiteral("x.tandem.yaml"),
                      QStringLiteral("--listen"), QStringLiteral("not-an-address")},
          QStringList{QStringLiteral("--room"), QStringLiteral("x.tandem.yaml"),
                      QStringLiteral("--port")}}) {
        auto tandem = startTandem(home, wrong);
        ASSERT_TRUE(tandem->waitForFinished(tandem::test::scaledMs(30000)));
        EXPECT_EQ(tandem->exitCode(), 2) << wrong.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(
            QString::fromUtf8(tandem->readAllStandardError()).contains(QLatin1String("tandem:")));
    }
}

} // namespace
