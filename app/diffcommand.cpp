#include "diffcommand.h"

#include "consoleoutput.h"
#include "loaderror.h"
#include "sessiondiff.h"
#include "sessiondiffformat.h"
#include "sessionoutline.h"
#include "sessionreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <memory>

#include <cstdio>

namespace tandem {

namespace {

// Exit codes, as documented in diffcommand.h and `tandem diff --help`.
constexpr int ExitEqual = 0;
constexpr int ExitDifferent = 1;
constexpr int ExitFailure = 2;

const char* const usageLine = QT_TRANSLATE_NOOP(
    "DiffCommand", "usage: tandem diff [--format text|json] A B\n"
                   "       tandem diff [--format text|json] --snapshot NAME A [B]\n"
                   "       tandem diff --textconv FILE");

using console::write;
using console::writeLine;

int usageError(const QString& problem) {
    writeLine(stderr, QStringLiteral("tandem diff: %1").arg(problem));
    writeLine(stderr, QCoreApplication::translate("DiffCommand", usageLine));
    return ExitFailure;
}

// git runs textconv on every revision it shows. A revision that is not a
// valid session must not stop `git diff` or `git log -p`, so it is shown as
// it is.
int runTextconv(const QString& path) {
    LoadError error;
    const std::optional<Session> session = SessionReader::readFile(path, &error);
    if (session) {
        write(stdout, formatSessionOutline(*session).toUtf8());
        return ExitEqual;
    }
    writeLine(stderr, error.toString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ExitFailure;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 16);
        if (chunk.isEmpty())
            break;
        write(stdout, chunk);
    }
    return ExitEqual;
}

} // namespace

int runDiffCommand(const QStringList& arguments) {
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
        "DiffCommand",
        "Shows what changed between two sessions, or between a snapshot and the current "
        "canvases: notes added, removed, changed and moved, chains and links.\n"
        "Exit status: 0 no differences, 1 differences, 2 a file cannot be loaded, the "
        "snapshot does not exist or the command line is wrong."));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("DiffCommand", "Show this help."));
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("DiffCommand", "Output format: text (default) or json."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption snapshotOption(
        {QStringLiteral("s"), QStringLiteral("snapshot")},
        QCoreApplication::translate("DiffCommand",
                                    "Compare snapshot NAME of A with the current canvases of A, "
                                    "or of B when given."),
        QStringLiteral("NAME"));
    const QCommandLineOption textconvOption(
        QStringLiteral("textconv"),
        QCoreApplication::translate("DiffCommand",
                                    "Print FILE as a line-per-note outline, for git's textconv "
                                    "(see docs/git-diff.md)."));
    parser.addOption(helpOption);
    parser.addOption(formatOption);
    parser.addOption(snapshotOption);
    parser.addOption(textconvOption);
    parser.addPositionalArgument(
        QStringLiteral("A"),
        QCoreApplication::translate("DiffCommand", "The older session file (.tandem.yaml)."));
    parser.addPositionalArgument(
        QStringLiteral("B"),
        QCoreApplication::translate("DiffCommand", "The newer session file (.tandem.yaml)."),
        QStringLiteral("[B]"));

    // parse(), not process(): process() would exit() on its own and print
    // with the wrong program name; the caller owns the exit code.
    if (!parser.parse(QStringList{QStringLiteral("tandem diff")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: tandem diff"));
        write(stdout, help.toUtf8());
        return ExitEqual;
    }

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(textconvOption)) {
        if (parser.isSet(snapshotOption) || parser.isSet(formatOption))
            return usageError(QCoreApplication::translate(
                "DiffCommand", "--textconv takes no --snapshot or --format"));
        if (files.size() != 1)
            return usageError(
                QCoreApplication::translate("DiffCommand", "--textconv takes one file"));
        return runTextconv(files.first());
    }

    const QString formatKey = parser.value(formatOption);
    const std::optional<DiffFormat> format = diffFormatFromKey(formatKey);
    if (!format) {
        return usageError(QCoreApplication::translate("DiffCommand",
                                                      "unknown format “%1” (expected text or json)")
                              .arg(formatKey));
    }
    const bool snapshotMode = parser.isSet(snapshotOption);
    if (files.isEmpty())
        return usageError(QCoreApplication::translate("DiffCommand", "no session file given"));
    if (files.size() > 2)
        return usageError(
            QCoreApplication::translate("DiffCommand", "two session files at most, got %1")
                .arg(files.size()));
    if (!snapshotMode && files.size() != 2)
        return usageError(QCoreApplication::translate(
            "DiffCommand", "two session files to compare, or --snapshot NAME and one file"));

    const QString oldPath = files.first();
    const QString newPath = files.size() > 1 ? files.at(1) : oldPath;

    LoadError error;
    const std::optional<Session> oldSession = SessionReader::readFile(oldPath, &error);
    if (!oldSession) {
        writeLine(stderr, error.toString());
        return ExitFailure;
    }
    std::optional<Session> newSession;
    if (newPath == oldPath) {
        newSession = oldSession;
    } else {
        newSession = SessionReader::readFile(newPath, &error);
        if (!newSession) {
            writeLine(stderr, error.toString());
            return ExitFailure;
        }
    }

    DiffSide older{oldPath, oldSession->info.title, {}};
    const DiffSide newer{newPath, newSession->info.title, {}};
    std::optional<CanvasState> oldState = oldSession->state;
    if (snapshotMode) {
        older.snapshot = parser.value(snapshotOption);
        oldState = snapshotState(*oldSession, older.snapshot);
        if (!oldState) {
            QStringList names;
            for (const Snapshot& snapshot : oldSession->snapshots)
                names << snapshot.name;
            writeLine(stderr,
                      names.isEmpty()
                          ? QCoreApplication::translate("DiffCommand",
                                                        "%1: no snapshot named “%2” (the session "
                                                        "has no snapshots)")
                                .arg(oldPath, older.snapshot)
                          : QCoreApplication::translate("DiffCommand",
                                                        "%1: no snapshot named “%2” (it has: %3)")
                                .arg(oldPath, older.snapshot, names.join(QStringLiteral(", "))));
            return ExitFailure;
        }
    }

    const StateDiff diff = diffStates(*oldState, newSession->state);
    write(stdout, formatDiff(*format, diff, older, newer));
    return diff.isEmpty() ? ExitEqual : ExitDifferent;
}

} // namespace tandem
