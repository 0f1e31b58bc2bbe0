// The UI tests' own main: a QApplication on the offscreen platform (unless
// one is chosen), throwaway settings per process, the bundled font, then GoogleTest.

#include "editorapp.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // ctest runs test processes in parallel: each gets its own settings,
    // data and recovery folders, so one test never sees another's window
    // state or recent files. QTemporaryDir removes them at exit.
    QTemporaryDir home;
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable,
                QFile::encodeName(home.path() + QLatin1Char('/') + QString::fromLatin1(variable)));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TandemTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tandem_ui_tests"));
    tandem::initializeApplicationResources();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
