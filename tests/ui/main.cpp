// The UI tests' own main: a QApplication on the offscreen platform (unless
// one is chosen), test-mode settings, the bundled font, then GoogleTest.

#include "editorapp.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TandemTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tandem_ui_tests"));
    // Recent files and other settings go to a throwaway test location.
    QStandardPaths::setTestModeEnabled(true);
    tandem::initializeApplicationResources();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
