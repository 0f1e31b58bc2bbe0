#include "checkcommand.h"

#include "alignment.h"
#include "alignmentformat.h"
#include "consoleoutput.h"
#include "loaderror.h"
#include "sessionreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

#include <cstdio>

namespace tandem {

namespace {

// Exit codes, as documented in checkcommand.h and `tandem check --help`.
constexpr int ExitAligned = 0;
constexpr int ExitGaps = 1;
constexpr int ExitFailure = 2;

using console::write;
using console::writeLine;

int usageError(const QString& problem) {
    writeLine(stderr, QStringLiteral("tandem check: %1").arg(problem));
    writeLine(stderr,
              QCoreApplication::translate(
                  "CheckCommand",
                  "usage: tandem check [--format text|markdown|json] [--snapshot NAME] FILE"));
    return ExitFailure;
}

} // namespace

int runCheckCommand(const QStringList& arguments) {
    // QCommandLineParser and translations want an application object; main()
    // normally made one, but keep the command usable on its own (tests, tools).
    std::unique_ptr<QCoreApplication> ownApp;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "tandem";
        static char* argv[] = {name, nullptr};
        ownApp = std::make_unique<QCoreApplication>(argc, argv);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CheckCommand",
        "Checks how well the business model and the operating model of a session line up "
        "(rules A1-A8).\nExit status: 0 no gap found, 1 at least one gap, 2 the file cannot "
        "be loaded or the command line is wrong."));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CheckCommand", "Show this help."));
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("CheckCommand",
                                    "Output format: text (default), markdown or json."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption snapshotOption(
        {QStringLiteral("s"), QStringLiteral("snapshot")},
        QCoreApplication::translate("CheckCommand",
                                    "Check the named snapshot instead of the current canvases."),
        QStringLiteral("name"));
    parser.addOption(helpOption);
    parser.addOption(formatOption);
    parser.addOption(snapshotOption);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("CheckCommand", "The session file (.tandem.yaml)."));

    // parse(), not process(): process() would exit() on its own and print
    // with the wrong program name; the caller owns the exit code.
    if (!parser.parse(QStringList{QStringLiteral("tandem check")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        // helpText() starts "Usage: <program name> ..."; name the subcommand.
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: tandem check"));
        if (!help.endsWith(QLatin1Char('\n')))
            help += QLatin1Char('\n');
        write(stdout, help.toUtf8());
        return ExitAligned;
    }

    const QString formatKey = parser.value(formatOption);
    const std::optional<CheckFormat> format = checkFormatFromKey(formatKey);
    if (!format) {
        return usageError(
            QCoreApplication::translate("CheckCommand",
                                        "unknown format “%1” (expected text, markdown or json)")
                .arg(formatKey));
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(QCoreApplication::translate("CheckCommand", "no session file given"));
    if (files.size() > 1)
        return usageError(
            QCoreApplication::translate("CheckCommand", "one session file at a time, got %1")
                .arg(files.size()));
    const QString path = files.first();

    LoadError error;
    const std::optional<Session> session = SessionReader::readFile(path, &error);
    if (!session) {
        writeLine(stderr, error.toString());
        return ExitFailure;
    }

    const CanvasState* state = &session->state;
    ReportSource source{path, session->info.title, {}};
    if (parser.isSet(snapshotOption)) {
        const QString name = parser.value(snapshotOption);
        state = nullptr;
        for (const Snapshot& snapshot : session->snapshots) {
            if (snapshot.name == name) {
                state = &snapshot.state;
                break;
            }
        }
        if (!state) {
            writeLine(stderr,
                      QCoreApplication::translate("CheckCommand", "%1: no snapshot named “%2”")
                          .arg(path, name));
            return ExitFailure;
        }
        source.snapshot = name;
    }

    const AlignmentReport report = checkAlignment(*state);
    write(stdout, formatAlignment(*format, report, *state, source));
    return report.hasGaps() ? ExitGaps : ExitAligned;
}

} // namespace tandem
