// A save killed at any moment (SIGKILL, power cut) leaves the old file whole
// and loadable: QSaveFile writes beside it and renames only when complete.

#include "sessiongenerator.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace tandem;

TEST(SaveKilled, OldFileStaysWholeWhenTheSavingProcessIsKilled) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("workshop.tandem.yaml"));
    const Session before = generateSession(300, 1);
    const Session after = generateSession(3000, 2); // big enough to be mid-write
    QString error;
    ASSERT_TRUE(SessionWriter::saveFile(before, path, &error)) << error.toStdString();

    // Kill the saving process at different moments of its save loop.
    for (const int delayMs : {1, 5, 20, 60, 150}) {
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            // Alternate between two sessions so any completed save is one of them.
            for (int i = 0;; ++i) {
                QString ignored;
                SessionWriter::saveFile(i % 2 ? before : after, path, &ignored);
            }
        }
        usleep(static_cast<useconds_t>(delayMs) * 1000);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status));

        LoadError loadError;
        const auto loaded = SessionReader::readFile(path, &loadError);
        ASSERT_TRUE(loaded) << "after " << delayMs << " ms: " << loadError.toString().toStdString();
        EXPECT_TRUE(*loaded == before || *loaded == after) << "after " << delayMs << " ms";
    }
}
