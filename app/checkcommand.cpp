#include "checkcommand.h"

#include "alignment.h"
#include "alignmentformat.h"
#include "commandline.h"
#include "consoleoutput.h"
#include "mergeconflictformat.h"
#include "sessiondiff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

namespace tandem {

namespace {

// Exit codes, as documented in checkcommand.h and `tandem check --help`.
constexpr int ExitAligned = 0;
constexpr int ExitGaps = 1;
using commandline::ExitFailure;

int usageError(const QString& problem) {
    return commandline::usageError(
        QStringLiteral("check"), problem,
        QCoreApplication::translate(
            "CheckCommand",
            "usage: tandem check [--format text|markdown|json] [--snapshot NAME] FILE"));
}

void addOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "CheckCommand",
        "Checks how well the business model and the operating model of a session line up "
        "(rules A1-A8).\nExit status: 0 no gap found, 1 at least one gap, 2 the file cannot "
        "be loaded or the command line is wrong."));
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("CheckCommand", "Show this help.")));
    parser.addOption(
        QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                           QCoreApplication::translate(
                               "CheckCommand", "Output format: text (default), markdown or json."),
                           QStringLiteral("format"), QStringLiteral("text")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("s"), QStringLiteral("snapshot")},
        QCoreApplication::translate("CheckCommand",
                                    "Check the named snapshot instead of the current canvases."),
        QStringLiteral("name")));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("CheckCommand", "The session file (.tandem.yaml)."));
}

// The report with the session's unresolved merge conflicts after it (in
// JSON, under "conflicts", docs/check-json.md).
QByteArray reportWithConflicts(CheckFormat format, const QByteArray& report,
                               const CanvasState& state, const AlignmentReport& findings,
                               const ReportSource& source,
                               const std::vector<MergeConflict>& conflicts) {
    if (format == CheckFormat::Json) {
        QJsonObject root = alignmentJson(findings, state, source).object();
        root.insert(QStringLiteral("conflicts"), conflictsJson(conflicts));
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    if (conflicts.empty())
        return report;
    const QString list =
        format == CheckFormat::Markdown ? conflictsMarkdown(conflicts) : conflictsText(conflicts);
    return report + "\n" + list.toUtf8();
}

// Loads the session (or one of its snapshots) and prints the report, and
// fails while merge conflicts are unresolved.
int check(const QString& path, const std::optional<QString>& snapshot, CheckFormat format) {
    const std::optional<Session> session = commandline::readSession(path);
    if (!session)
        return ExitFailure;
    std::optional<CanvasState> state = session->state;
    ReportSource source{
        path, session->info.title, {}, session->info.currency, session->info.period};
    if (snapshot) {
        state = snapshotState(*session, *snapshot);
        if (!state) {
            console::writeLine(
                stderr, QCoreApplication::translate("CheckCommand", "%1: no snapshot named “%2”")
                            .arg(path, *snapshot));
            return ExitFailure;
        }
        source.snapshot = *snapshot;
    }
    const AlignmentReport report = checkAlignment(*state);
    const std::vector<MergeConflict> conflicts = conflictsOf(*session);
    console::write(stdout,
                   reportWithConflicts(format, formatAlignment(format, report, *state, source),
                                       *state, report, source, conflicts));
    return report.hasGaps() || !conflicts.empty() ? ExitGaps : ExitAligned;
}

} // namespace

int runCheckCommand(const QStringList& arguments) {
    const auto ownApp = commandline::ownApplication<QCoreApplication>();
    QCommandLineParser parser;
    addOptions(parser);
    if (!commandline::parse(parser, QStringLiteral("check"), arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        commandline::printHelp(parser, QStringLiteral("check"));
        return ExitAligned;
    }

    const QString formatKey = parser.value(QStringLiteral("format"));
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
    std::optional<QString> snapshot;
    if (parser.isSet(QStringLiteral("snapshot")))
        snapshot = parser.value(QStringLiteral("snapshot"));
    return check(files.first(), snapshot, *format);
}

} // namespace tandem
