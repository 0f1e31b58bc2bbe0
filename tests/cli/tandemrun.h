#pragma once

// Runs the installed-to-be `tandem` with arguments and collects what it
// said, for the command-line tests.

#include "testtime.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace tandem::test {

struct TandemRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// `environment` adds to (or replaces in) the test's own environment.
inline TandemRun runTandem(const QStringList& arguments,
                           const QList<std::pair<QString, QString>>& environment = {}) {
    if (!QCoreApplication::instance()) { // QProcess wants an application object
        static int argc = 1;
        static char name[] = "tandem_cli_tests";
        static char* argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TANDEM_BINARY), arguments);
    TandemRun run;
    if (!process.waitForFinished(scaledMs(60000))) {
        ADD_FAILURE() << "tandem did not finish: " << arguments.join(' ').toStdString();
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace tandem::test
