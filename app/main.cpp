// The tandem executable: parses the command line and hands over to the
// editor (tandem_ui) or to a headless command that shares the same code.

#include "checkcommand.h"
#include "diffcommand.h"
#include "editorapp.h"
#include "exportcommand.h"
#include "fmtcommand.h"
#include "importcommand.h"
#include "mergecommand.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace {

const char* const usageText =
    "Usage: tandem [FILE...]            open sessions in the editor\n"
    "       tandem check [--format text|markdown|json] [--snapshot NAME] FILE\n"
    "                                   check a session's alignment\n"
    "       tandem diff [--format text|json] [--snapshot NAME] A [B]\n"
    "                                   what changed between two sessions or a snapshot\n"
    "       tandem diff --textconv FILE  outline of a session for git diff\n"
    "       tandem export FILE -o OUT.svg|.pdf|.png [--canvas business|operating|both]\n"
    "              [--page A4|A3|A2|A1|A0|Letter|Tabloid|fit] [--landscape|--portrait]\n"
    "              [--margin MM] [--dpi N] [--report] [--lens money|votes|findings]\n"
    "                                   export the canvases as a poster or a PDF report\n"
    "       tandem export FILE -o OUT.csv|.md|.xml [--links] [--snapshot NAME]\n"
    "                                   export the notes to a spreadsheet, Markdown or ArchiMate\n"
    "       tandem import IN... -o OUT.tandem.yaml | --into SESSION [--block KEY]\n"
    "                                   make or add to a session from CSV, Markdown or text\n"
    "       tandem merge [--output FILE] BASE OURS THEIRS\n"
    "                                   three-way merge by element (a git merge driver)\n"
    "       tandem fmt [--check] FILE...  rewrite sessions in canonical form\n"
    "       tandem --room FILE [--port N] [--listen ADDRESS]\n"
    "                                   open FILE with the workshop room open; prints\n"
    "                                   Room open: ADDRESS (--port 0: any free port;\n"
    "                                   --listen: default the local-network addresses)\n"
    "       tandem --help | --version\n"
    "\n"
    "Tandem designs a Business Model Canvas together with the Operating Model\n"
    "Canvas that delivers it. Sessions are YAML files (*.tandem.yaml).\n"
    "\n"
    "Exit codes of the commands: 0 fine, 1 findings of severity gap or unresolved\n"
    "merge conflicts (check), differences found (diff), conflicts remain (merge) or\n"
    "a file not canonical (fmt --check),\n"
    "2 a file cannot be loaded or the command line is wrong.\n";

QStringList argumentsAfter(int argc, char** argv, int first) {
    QStringList result;
    for (int i = first; i < argc; ++i)
        result.append(QString::fromLocal8Bit(argv[i]));
    return result;
}

// Where no windowing system is reachable, a QApplication would abort.
bool hasDisplay() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// Without a display the editor cannot open; say so and do what can be done
// headless: check each session and export its report as a PDF beside the
// tandem executable.
int runHeadless(const QStringList& files) {
    QTextStream err(stderr);
    err << "tandem: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the editor "
           "cannot open.\n";
    if (files.isEmpty()) {
        err << "Give a session file to check and export it headless, or see tandem --help.\n";
        return 2;
    }
    err << "Checking and exporting instead; run tandem on a desktop to edit.\n";
    err.flush();
    int worst = 0;
    for (const QString& file : files) {
        // The findings are for reading; only a file that cannot load fails.
        const int checked = tandem::runCheckCommand({file});
        if (checked == 2) {
            worst = 2;
            continue;
        }
        QString name = QFileInfo(file).fileName();
        name.chop(name.endsWith(QLatin1String(".tandem.yaml"))
                      ? 12
                      : QFileInfo(name).suffix().size() + 1);
        const QString out =
            QDir(QCoreApplication::applicationDirPath()).filePath(name + QLatin1String(".pdf"));
        worst = std::max(worst, tandem::exportForHeadlessRun(file, out));
    }
    return worst;
}

// Starts the application object a command needs, with the translations, and
// runs the command (which reads the arguments the application left).
template <typename App, typename Command> int runWith(int& argc, char** argv, Command command) {
    App app(argc, argv);
    tandem::Translations::install();
    return command();
}

// Takes --room, --port N and --listen ADDRESS out of the arguments; false
// (after saying why) when one is wrong.
bool takeRoomOptions(QStringList& arguments, tandem::RoomStart& room) {
    QTextStream err(stderr);
    for (qsizetype i = 0; i < arguments.size();) {
        const QString option = arguments[i];
        if (option == QLatin1String("--room")) {
            room.open = true;
            arguments.removeAt(i);
            continue;
        }
        if (option != QLatin1String("--port") && option != QLatin1String("--listen")) {
            ++i;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            err << "tandem: " << option << " needs a value\n";
            return false;
        }
        const QString value = arguments[i + 1];
        arguments.remove(i, 2);
        bool ok = true;
        if (option == QLatin1String("--port")) {
            const uint port = value.toUInt(&ok);
            ok = ok && port <= 65535;
            room.port = quint16(port);
        } else {
            ok = !QHostAddress(value).isNull();
            room.listen = value;
        }
        if (!ok) {
            err << "tandem: " << option << " " << value << " is not valid\n";
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));

    const char* first = argc > 1 ? argv[1] : "";
    if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0) {
        std::fputs(usageText, stdout);
        return 0;
    }
    if (std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0) {
        std::printf("tandem %s\n", TANDEM_VERSION);
        return 0;
    }
    if (std::strcmp(first, "export") == 0) {
        // Exporting never opens a window: render offscreen, display or not.
        tandem::prepareExportPlatform();
        return runWith<QApplication>(
            argc, argv, [&] { return tandem::runExportCommand(argumentsAfter(argc, argv, 2)); });
    }
    if (std::strcmp(first, "diff") == 0)
        return runWith<QCoreApplication>(
            argc, argv, [&] { return tandem::runDiffCommand(argumentsAfter(argc, argv, 2)); });
    if (std::strcmp(first, "import") == 0)
        return runWith<QCoreApplication>(
            argc, argv, [&] { return tandem::runImportCommand(argumentsAfter(argc, argv, 2)); });
    if (std::strcmp(first, "merge") == 0)
        return runWith<QCoreApplication>(
            argc, argv, [&] { return tandem::runMergeCommand(argumentsAfter(argc, argv, 2)); });
    if (std::strcmp(first, "fmt") == 0)
        return runWith<QCoreApplication>(
            argc, argv, [&] { return tandem::runFmtCommand(argumentsAfter(argc, argv, 2)); });
    if (std::strcmp(first, "check") == 0)
        return runWith<QCoreApplication>(
            argc, argv, [&] { return tandem::runCheckCommand(argumentsAfter(argc, argv, 2)); });

    QStringList files = argumentsAfter(argc, argv, 1);
    tandem::RoomStart room;
    if (!takeRoomOptions(files, room)) {
        QTextStream(stderr) << usageText;
        return 2;
    }
    for (const QString& file : files) {
        if (file.startsWith(QLatin1Char('-'))) {
            QTextStream(stderr) << "tandem: unknown option " << file << "\n" << usageText;
            return 2;
        }
    }
    if (!hasDisplay()) {
        tandem::prepareExportPlatform();
        return runWith<QApplication>(argc, argv, [&] { return runHeadless(files); });
    }
    QApplication app(argc, argv);
    return tandem::runEditor(app, files, {}, room);
}
