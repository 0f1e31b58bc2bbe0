// tandem-test-driver: the editor exactly as `tandem` starts it, plus the
// test hooks of testhooks.h. Built for the tests and benchmarks only, never
// installed: the shipped tandem reads no TANDEM_TEST_* variable.

#include "roomcontrol.h"
#include "testhooks.h"

#include <QApplication>

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    QApplication app(argc, argv);
    QStringList files = QCoreApplication::arguments();
    files.removeFirst();
    const tandem::RoomStart room = tandem::testdriver::takeRoomArguments(files);
    return tandem::runEditor(app, files, tandem::testdriver::hooksFromEnvironment(), room);
}
