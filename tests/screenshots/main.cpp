// tandem_screenshots [GoogleTest options] [DIRECTORY]: writes the editor's
// screenshots to DIRECTORY (./screenshots unless given). The same set-up as
// the UI tests: offscreen unless QT_QPA_PLATFORM says otherwise (run under
// Xvfb with QT_QPA_PLATFORM=xcb for real fonts and window decorations),
// throwaway settings, the bundled font.

#include "editorapp.h"
#include "screenshots.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

namespace {

QString shotDirectory;

} // namespace

QString tandem::test::shotPath(const QString& fileName) {
    return QDir(shotDirectory).filePath(fileName);
}

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Recent files and window state of the shots stay out of the user's settings.
    QTemporaryDir home;
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable,
                QFile::encodeName(home.path() + QLatin1Char('/') + QString::fromLatin1(variable)));
    ::testing::InitGoogleTest(&argc, argv); // takes the --gtest_ options out of argv
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TandemTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tandem_screenshots"));
    tandem::initializeApplicationResources();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 2) {
        std::fputs("usage: tandem_screenshots [--gtest_filter=...] [DIRECTORY]\n", stderr);
        return 2;
    }
    shotDirectory = QDir(arguments.size() == 2 ? arguments.at(1) : QStringLiteral("screenshots"))
                        .absolutePath();
    if (!QDir().mkpath(shotDirectory)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(shotDirectory));
        return 1;
    }
    const int result = RUN_ALL_TESTS();
    std::printf("screenshots in %s\n", qPrintable(shotDirectory));
    return result;
}
