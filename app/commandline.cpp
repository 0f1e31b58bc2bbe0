#include "commandline.h"

#include "consoleoutput.h"
#include "loaderror.h"
#include "sessionreader.h"

#include <QRegularExpression>

#include <cstdio>

namespace tandem::commandline {

namespace {

QString programName(const QString& command) {
    return QStringLiteral("tandem ") + command;
}

} // namespace

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments) {
    return parser.parse(QStringList{programName(command)} + arguments);
}

void printHelp(const QCommandLineParser& parser, const QString& command) {
    QString help = parser.helpText();
    // helpText() starts "Usage: <program name> ..."; name the subcommand.
    help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                 QStringLiteral("Usage: ") + programName(command));
    if (!help.endsWith(QLatin1Char('\n')))
        help += QLatin1Char('\n');
    console::write(stdout, help.toUtf8());
}

int usageError(const QString& command, const QString& problem, const QString& usage) {
    console::writeLine(stderr, QStringLiteral("%1: %2").arg(programName(command), problem));
    console::writeLine(stderr, usage);
    return ExitFailure;
}

std::optional<Session> readSession(const QString& path) {
    LoadError error;
    std::optional<Session> session = SessionReader::readFile(path, &error);
    if (!session)
        console::writeLine(stderr, error.toString());
    return session;
}

} // namespace tandem::commandline
