#include "fmtcommand.h"

#include "commandline.h"
#include "consoleoutput.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>

namespace tandem {

namespace {

constexpr int ExitCanonical = 0;
constexpr int ExitNotCanonical = 1;
using commandline::ExitFailure;

void addOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "FmtCommand",
        "Rewrites sessions in Tandem's canonical form (the bytes Tandem's save writes).\n"
        "Exit status: 0 all canonical, 1 --check found a file that is not, 2 a file cannot be "
        "loaded or written (it is left as it was) or the command line is wrong."));
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("FmtCommand", "Show this help.")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("c"), QStringLiteral("check")},
        QCoreApplication::translate(
            "FmtCommand", "Write nothing; name each file that is not canonical and exit 1.")));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("FmtCommand", "Session files."),
                                 QStringLiteral("FILE..."));
}

// 0, 1 or 2 for one file, as the command's exit codes.
int formatFile(const QString& path, bool checkOnly) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        console::writeLine(stderr, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return ExitFailure;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    LoadError error;
    const std::optional<Session> session = SessionReader::readBytes(bytes, path, &error);
    if (!session) {
        console::writeLine(stderr, error.toString());
        return ExitFailure;
    }
    const QByteArray canonical = SessionWriter::toBytes(*session);
    if (canonical == bytes)
        return ExitCanonical;
    if (checkOnly) {
        console::writeLine(stdout, QCoreApplication::translate(
                                       "FmtCommand", "%1: not in canonical form (run tandem fmt)")
                                       .arg(path));
        return ExitNotCanonical;
    }
    QString writeError;
    if (!SessionWriter::saveFile(*session, path, &writeError)) {
        console::writeLine(stderr, QCoreApplication::translate("FmtCommand", "%1: cannot write: %2")
                                       .arg(path, writeError));
        return ExitFailure;
    }
    return ExitCanonical;
}

} // namespace

int runFmtCommand(const QStringList& arguments) {
    const auto ownApp = commandline::ownApplication<QCoreApplication>();
    QCommandLineParser parser;
    addOptions(parser);
    const QString usage =
        QCoreApplication::translate("FmtCommand", "usage: tandem fmt [--check] FILE...");
    if (!commandline::parse(parser, QStringLiteral("fmt"), arguments))
        return commandline::usageError(QStringLiteral("fmt"), parser.errorText(), usage);
    if (parser.isSet(QStringLiteral("help"))) {
        commandline::printHelp(parser, QStringLiteral("fmt"));
        return ExitCanonical;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return commandline::usageError(
            QStringLiteral("fmt"),
            QCoreApplication::translate("FmtCommand", "no session file given"), usage);
    int worst = ExitCanonical;
    for (const QString& path : files)
        worst = std::max(worst, formatFile(path, parser.isSet(QStringLiteral("check"))));
    return worst;
}

} // namespace tandem
