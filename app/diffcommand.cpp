#include "diffcommand.h"

#include "commandline.h"
#include "consoleoutput.h"
#include "sessiondiff.h"
#include "sessiondiffformat.h"
#include "sessionoutline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace tandem {

namespace {

// Exit codes, as documented in diffcommand.h and `tandem diff --help`.
constexpr int ExitEqual = 0;
constexpr int ExitDifferent = 1;
using commandline::ExitFailure;

const char* const usageLine = QT_TRANSLATE_NOOP(
    "DiffCommand", "usage: tandem diff [--format text|json] A B\n"
                   "       tandem diff [--format text|json] --snapshot NAME A [B]\n"
                   "       tandem diff --textconv FILE");

using console::write;
using console::writeLine;

int usageError(const QString& problem) {
    return commandline::usageError(QStringLiteral("diff"), problem,
                                   QCoreApplication::translate("DiffCommand", usageLine));
}

void addOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "DiffCommand",
        "Shows what changed between two sessions, or between a snapshot and the current "
        "canvases: notes added, removed, changed and moved, chains and links, and where "
        "amounts exist how revenue, cost, profit and each value proposition's margin changed.\n"
        "Exit status: 0 no differences, 1 differences, 2 a file cannot be loaded, the "
        "snapshot does not exist or the command line is wrong."));
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("DiffCommand", "Show this help.")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("DiffCommand", "Output format: text (default) or json."),
        QStringLiteral("format"), QStringLiteral("text")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("s"), QStringLiteral("snapshot")},
        QCoreApplication::translate("DiffCommand",
                                    "Compare snapshot NAME of A with the current canvases of A, "
                                    "or of B when given."),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("textconv"),
        QCoreApplication::translate("DiffCommand",
                                    "Print FILE as a line-per-note outline, for git's textconv "
                                    "(see docs/git-diff.md).")));
    parser.addPositionalArgument(
        QStringLiteral("A"),
        QCoreApplication::translate("DiffCommand", "The older session file (.tandem.yaml)."));
    parser.addPositionalArgument(
        QStringLiteral("B"),
        QCoreApplication::translate("DiffCommand", "The newer session file (.tandem.yaml)."),
        QStringLiteral("[B]"));
}

// git runs textconv on every revision it shows. A revision that is not a
// valid session must not stop `git diff` or `git log -p`, so it is shown as
// it is.
int runTextconv(const QString& path) {
    if (const std::optional<Session> session = commandline::readSession(path)) {
        write(stdout, formatSessionOutline(*session).toUtf8());
        return ExitEqual;
    }
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

int textconv(const QCommandLineParser& parser, const QStringList& files) {
    if (parser.isSet(QStringLiteral("snapshot")) || parser.isSet(QStringLiteral("format")))
        return usageError(QCoreApplication::translate(
            "DiffCommand", "--textconv takes no --snapshot or --format"));
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("DiffCommand", "--textconv takes one file"));
    return runTextconv(files.first());
}

// Why the files given cannot be compared, or empty.
QString filesProblem(const QStringList& files, bool snapshotMode) {
    if (files.isEmpty())
        return QCoreApplication::translate("DiffCommand", "no session file given");
    if (files.size() > 2)
        return QCoreApplication::translate("DiffCommand", "two session files at most, got %1")
            .arg(files.size());
    if (!snapshotMode && files.size() != 2)
        return QCoreApplication::translate(
            "DiffCommand", "two session files to compare, or --snapshot NAME and one file");
    return {};
}

void reportMissingSnapshot(const Session& session, const QString& path, const QString& name) {
    QStringList names;
    for (const Snapshot& snapshot : session.snapshots)
        names << snapshot.name;
    writeLine(
        stderr,
        names.isEmpty()
            ? QCoreApplication::translate("DiffCommand", "%1: no snapshot named “%2” (the session "
                                                         "has no snapshots)")
                  .arg(path, name)
            : QCoreApplication::translate("DiffCommand", "%1: no snapshot named “%2” (it has: %3)")
                  .arg(path, name, names.join(QStringLiteral(", "))));
}

// Loads A (and B) and prints what changed: from snapshot NAME of A when
// given, else from A's current canvases.
int compare(const QStringList& files, const std::optional<QString>& snapshot, DiffFormat format) {
    const QString oldPath = files.first();
    const QString newPath = files.size() > 1 ? files.at(1) : oldPath;
    const std::optional<Session> oldSession = commandline::readSession(oldPath);
    if (!oldSession)
        return ExitFailure;
    const std::optional<Session> newSession =
        newPath == oldPath ? oldSession : commandline::readSession(newPath);
    if (!newSession)
        return ExitFailure;

    DiffSide older{oldPath,
                   oldSession->info.title,
                   {},
                   MoneyContext{oldSession->info.currency, oldSession->info.period}};
    const DiffSide newer{newPath,
                         newSession->info.title,
                         {},
                         MoneyContext{newSession->info.currency, newSession->info.period}};
    std::optional<CanvasState> oldState = oldSession->state;
    if (snapshot) {
        older.snapshot = *snapshot;
        oldState = snapshotState(*oldSession, *snapshot);
        if (!oldState) {
            reportMissingSnapshot(*oldSession, oldPath, *snapshot);
            return ExitFailure;
        }
    }
    const StateDiff diff = diffStates(*oldState, newSession->state);
    write(stdout, formatDiff(format, diff, older, newer));
    return diff.isEmpty() ? ExitEqual : ExitDifferent;
}

} // namespace

int runDiffCommand(const QStringList& arguments) {
    const auto ownApp = commandline::ownApplication<QCoreApplication>();
    QCommandLineParser parser;
    addOptions(parser);
    if (!commandline::parse(parser, QStringLiteral("diff"), arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        commandline::printHelp(parser, QStringLiteral("diff"));
        return ExitEqual;
    }

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("textconv")))
        return textconv(parser, files);
    const QString formatKey = parser.value(QStringLiteral("format"));
    const std::optional<DiffFormat> format = diffFormatFromKey(formatKey);
    if (!format) {
        return usageError(QCoreApplication::translate("DiffCommand",
                                                      "unknown format “%1” (expected text or json)")
                              .arg(formatKey));
    }
    const bool snapshotMode = parser.isSet(QStringLiteral("snapshot"));
    if (const QString problem = filesProblem(files, snapshotMode); !problem.isEmpty())
        return usageError(problem);
    std::optional<QString> snapshot;
    if (snapshotMode)
        snapshot = parser.value(QStringLiteral("snapshot"));
    return compare(files, snapshot, *format);
}

} // namespace tandem
