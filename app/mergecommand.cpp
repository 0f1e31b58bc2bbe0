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

int usageError(const QString& problem) {
    return commandline::usageError(
        QStringLiteral("merge"), problem,
        QCoreApplication::translate("MergeCommand",
                                    "usage: tandem merge [--output FILE] BASE OURS THEIRS"));
}

void addOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "MergeCommand",
        "Merges two sessions that started from BASE, element by element, and writes the "
        "result over OURS (as a git merge driver: tandem merge %O %A %B).\nExit status: 0 "
        "merged cleanly, 1 conflicts remain (recorded in the file; see tandem check), 2 a "
        "file cannot be loaded or the command line is wrong (nothing is written)."));
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("MergeCommand", "Show this help.")));
    parser.addOption(
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           QCoreApplication::translate(
                               "MergeCommand", "Write the merged session here instead of OURS."),
                           QStringLiteral("file")));
    parser.addPositionalArgument(
        QStringLiteral("BASE"),
        QCoreApplication::translate("MergeCommand", "The common ancestor."));
    parser.addPositionalArgument(
        QStringLiteral("OURS"),
        QCoreApplication::translate("MergeCommand", "Our version (overwritten)."));
    parser.addPositionalArgument(QStringLiteral("THEIRS"),
                                 QCoreApplication::translate("MergeCommand", "Their version."));
}

int merge(const QStringList& files, const QString& output) {
    std::optional<Session> sides[3];
    for (int i = 0; i < 3; ++i) {
        sides[i] = commandline::readSession(files[i]);
        if (!sides[i]) {
            console::writeLine(
                stderr, QCoreApplication::translate(
                            "MergeCommand", "tandem merge: nothing written; %1 is unchanged.")
                            .arg(output));
            return ExitFailure;
        }
    }
    const MergeResult result = mergeSessions(*sides[0], *sides[1], *sides[2]);
    QString error;
    if (!SessionWriter::saveFile(result.session, output, &error)) {
        console::writeLine(
            stderr, QCoreApplication::translate("MergeCommand", "tandem merge: cannot write %1: %2")
                        .arg(output, error));
        return ExitFailure;
    }
    const std::vector<MergeConflict> conflicts = conflictsOf(result.session);
    if (conflicts.empty())
        return ExitClean;
    console::writeLine(
        stderr, QCoreApplication::translate("MergeCommand",
                                            "tandem merge: conflicts remain in %1 (%2); resolve "
                                            "them in Tandem's conflicts panel or edit "
                                            "merge_conflicts, then run tandem check:")
                    .arg(output)
                    .arg(conflicts.size()));
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
        return usageError(QCoreApplication::translate(
                              "MergeCommand", "expected three files (BASE OURS THEIRS), got %1")
                              .arg(files.size()));
    const QString output =
        parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : files[1];
    return merge(files, output);
}

} // namespace tandem
