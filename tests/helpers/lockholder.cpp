// tandem_lock_holder SESSION: holds the lock of SESSION the way another
// Tandem would, prints "locked" once it has it, and keeps it until killed.
// The UI lock tests start it as "another Tandem"; it is not a test itself.

#include "filelock.h"

#include <QCoreApplication>
#include <QLockFile>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: tandem_lock_holder SESSION\n", stderr);
        return 2;
    }
    QLockFile lock(tandem::FileLock::lockFilePath(arguments.at(1)));
    if (!lock.tryLock(0)) {
        std::fputs("the lock is taken\n", stderr);
        return 1;
    }
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
