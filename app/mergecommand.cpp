#include "mergecommand.h"

#include "commandline.h"
#include "consoleoutput.h"
#include "sessionmerge.h"
#include "sessionwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace tandem {

namespace {

constexpr int ExitClean = 0;
constexpr int ExitConflicts = 1;
using commandline::ExitFailure;

QString tr(const char* text, int count = -1) {
    return QCoreApplication::translate("MergeCommand", text, nullptr, count);
}

int usageError(const QString& problem) {
    return commandline::usageError(QStringLiteral("merge"), problem,
                                   tr("usage: tandem merge [--output FILE] BASE OURS THEIRS"));
}

void addOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        tr("Merges two sessions that started from BASE, element by element, and writes the "
           "result over OURS (as a git merge driver: tandem merge %O %A %B).\nExit status: 0 "
           "merged cleanly, 1 conflicts remain (recorded in the file; see tandem check), 2 a "
           "file cannot be loaded or the command line is wrong (nothing is written)."));
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("Write the merged session here instead of OURS."),
                                        QStringLiteral("file")));
    parser.addPositionalArgument(QStringLiteral("BASE"), tr("The common ancestor."));
    parser.addPositionalArgument(QStringLiteral("OURS"), tr("Our version (overwritten)."));
    parser.addPositionalArgument(QStringLiteral("THEIRS"), tr("Their version."));
}

int merge(const QStringList& files, const QString& output) {
    std::optional<Session> sides[3];
    for (int i = 0; i < 3; ++i) {
        sides[i] = commandline::readSession(files[i]);
        if (!sides[i]) {
            console::writeLine(stderr,
                               tr("tandem merge: nothing written; %1 is unchanged.").arg(output));
            return ExitFailure;
        }
    }
    const MergeResult result = mergeSessions(*sides[0], *sides[1], *sides[2]);
    QString error;
    if (!SessionWriter::saveFile(result.session, output, &error)) {
        console::writeLine(stderr, tr("tandem merge: cannot write %1: %2").arg(output, error));
        return ExitFailure;
    }
    const std::vector<MergeConflict> conflicts = conflictsOf(result.session);
    if (conflicts.empty())
        return ExitClean;
    console::writeLine(stderr, tr("tandem merge: %n conflict(s) recorded in %1; resolve them in "
                                  "Tandem (or edit merge_conflicts), then check with tandem "
                                  "check:",
                                  static_cast<int>(conflicts.size()))
                                   .arg(output));
    for (const MergeConflict& conflict : conflicts)
        console::writeLine(stderr, QStringLiteral("  ") + conflict.describe());
    return ExitConflicts;
}

} // namespace

int runMergeCommand(const QStringList& arguments) {
    const auto ownApp = commandline::ownApplication<QCoreApplication>();
    QCommandLineParser parser;
    addOptions(parser);
    if (!commandline::parse(parser, QStringLiteral("merge"), arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        commandline::printHelp(parser, QStringLiteral("merge"));
        return ExitClean;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 3)
        return usageError(
            tr("expected BASE OURS THEIRS, got %n file(s)", static_cast<int>(files.size())));
    const QString output =
        parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : files[1];
    return merge(files, output);
}

} // namespace tandem
