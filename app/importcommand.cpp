#include "importcommand.h"

#include "commandline.h"
#include "consoleoutput.h"
#include "sessionimport.h"
#include "sessionwriter.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace tandem {

namespace {

constexpr int ExitWritten = 0;
constexpr int ExitNotWritten = 1;
using commandline::ExitFailure;
using console::writeLine;

QString tr(const char* text) {
    // lupdate files these free-function tr() calls under the namespace.
    return QCoreApplication::translate("tandem", text);
}

int usageError(const QString& problem) {
    return commandline::usageError(
        QStringLiteral("import"), problem,
        tr("usage: tandem import IN.csv|.md|.txt... (-o OUT.tandem.yaml | --into SESSION "
           "[-o OUT]) [--block KEY] [--title TITLE]"));
}

void addOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        tr("Makes a session from notes in CSV (a header with block and text), Markdown (## "
           "block headings, a bullet per note) or plain text (a note per line), or adds them "
           "to a session.\nExit status: 0 written, 1 the output could not be written, 2 a row "
           "cannot be used (each is named as FILE:LINE: problem and nothing is written) or the "
           "command line is wrong."));
    parser.addOptions({
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           tr("The session file to write."), QStringLiteral("OUT")),
        QCommandLineOption(QStringLiteral("into"),
                           tr("Add the notes to this session (written back to it unless -o "
                              "names another file)."),
                           QStringLiteral("SESSION")),
        QCommandLineOption({QStringLiteral("b"), QStringLiteral("block")},
                           tr("The block plain text goes into, by key or title (for example "
                              "value_propositions)."),
                           QStringLiteral("KEY")),
        QCommandLineOption(QStringLiteral("title"),
                           tr("The title of a new session (default: a Markdown file's "
                              "# heading, else the first input's name)."),
                           QStringLiteral("TITLE")),
    });
    parser.addPositionalArgument(QStringLiteral("IN"), tr("The files to import."));
}

// Every input read into one plan; problems of reading stay in the plan.
std::optional<ImportPlan> readInputs(const QStringList& files, const QString& blockName) {
    std::optional<Block> block;
    if (!blockName.isEmpty()) {
        block = SessionImport::blockFromName(blockName);
        if (!block) {
            usageError(tr("unknown block “%1”").arg(blockName));
            return std::nullopt;
        }
    }
    ImportPlan plan;
    for (const QString& file : files) {
        const auto format = SessionImport::formatFromPath(file);
        if (!format) {
            usageError(tr("cannot tell the format of “%1”: name it .csv, .md or .txt").arg(file));
            return std::nullopt;
        }
        if (*format == ImportFormat::PlainText && !block) {
            usageError(
                tr("%1 is plain text: say which block its notes go into with --block").arg(file));
            return std::nullopt;
        }
        plan.append(SessionImport::fromFile(file, *format, block.value_or(Block::KeyPartners)));
    }
    return plan;
}

// The session to add to: the one named by --into, or a new one.
std::optional<Session> targetSession(const QCommandLineParser& parser, const ImportPlan& plan,
                                     const QStringList& files) {
    const QString into = parser.value(QStringLiteral("into"));
    if (!into.isEmpty())
        return commandline::readSession(into);
    Session session;
    if (plan.info)
        session.info = *plan.info;
    if (parser.isSet(QStringLiteral("title")))
        session.info.title = parser.value(QStringLiteral("title"));
    if (session.info.title.trimmed().isEmpty())
        session.info.title = QFileInfo(files.first()).completeBaseName();
    return session;
}

int report(const std::vector<ImportProblem>& problems) {
    for (const ImportProblem& problem : problems)
        writeLine(stderr, problem.toString());
    return problems.empty() ? ExitWritten : ExitFailure;
}

} // namespace

int runImportCommand(const QStringList& arguments) {
    const auto ownApp = commandline::ownApplication<QCoreApplication>();
    QCommandLineParser parser;
    addOptions(parser);
    if (!commandline::parse(parser, QStringLiteral("import"), arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        commandline::printHelp(parser, QStringLiteral("import"));
        return ExitWritten;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("no file to import given"));
    const QString into = parser.value(QStringLiteral("into"));
    const QString out =
        parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : into;
    if (out.isEmpty())
        return usageError(tr("no output given (-o OUT.tandem.yaml or --into SESSION)"));
    std::optional<ImportPlan> plan = readInputs(files, parser.value(QStringLiteral("block")));
    if (!plan)
        return ExitFailure;
    report(plan->warnings);
    if (!plan->ok())
        return report(plan->problems);
    std::optional<Session> session = targetSession(parser, *plan, files);
    if (!session)
        return ExitFailure;
    if (const auto conflicts = SessionImport::conflicts(session->state, *plan); !conflicts.empty())
        return report(conflicts);
    session->state = SessionImport::apply(session->state, *plan);
    QString error;
    if (!SessionWriter::saveFile(*session, out, &error)) {
        writeLine(stderr, QStringLiteral("tandem import: %1").arg(error));
        return ExitNotWritten;
    }
    writeLine(stderr, tr("Imported %1 notes into %2").arg(plan->noteCount()).arg(out));
    return ExitWritten;
}

} // namespace tandem
