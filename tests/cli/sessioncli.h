#pragma once

// Helpers for the tests that run the editor (offscreen) as tandem starts it,
// through the test driver and its hooks (tests/driver/testhooks.h): start
// it, wait for a file to appear, kill it, run it to the end.

#include "testtime.h"
#include <QCoreApplication>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace sessioncli {

// QProcess wants an application object; another CLI test file may have made
// one already.
inline void ensureApplication() {
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "tandem_cli_tests";
        static char* argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
}

// An environment of its own for each run: offscreen, settings and data in
// the test's folder (never the user's), the given variables on top.
inline QProcessEnvironment environment(const QString& home,
                                       const QList<std::pair<QString, QString>>& extra) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    for (const auto& [name, value] : extra)
        env.insert(name, value);
    return env;
}

inline std::unique_ptr<QProcess> start(const QProcessEnvironment& env,
                                       const QStringList& arguments) {
    ensureApplication();
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(TANDEM_TEST_DRIVER), arguments);
    EXPECT_TRUE(process->waitForStarted(tandem::test::scaledMs(10000)));
    return process;
}

struct Finished {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs to the end (the test hooks make the editor exit by itself).
inline Finished runToEnd(const QProcessEnvironment& env, const QStringList& arguments) {
    auto process = start(env, arguments);
    Finished result;
    if (!process->waitForFinished(tandem::test::scaledMs(60000))) {
        ADD_FAILURE() << "tandem did not exit";
        process->kill();
        process->waitForFinished(tandem::test::scaledMs(30000));
    }
    result.exitCode = process->exitCode();
    result.out = QString::fromUtf8(process->readAllStandardOutput());
    result.err = QString::fromUtf8(process->readAllStandardError());
    return result;
}

inline bool waitFor(const std::function<bool()>& done, int timeoutMs = 30000) {
    QDeadlineTimer deadline(tandem::test::scaledMs(timeoutMs));
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace sessioncli
