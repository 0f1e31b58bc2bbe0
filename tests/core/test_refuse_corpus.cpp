// Every file in tests/data/bad (also the fuzzing seed corpus) is refused,
// quickly, with a message that starts with the file name.

#include "sessiontesthelpers.h"

#include <QDir>

using namespace tandem;

namespace {

TEST(RefuseCorpus, everyBadFileIsRefusedWithItsName) {
    const QDir dir(QStringLiteral(TANDEM_TEST_DATA "/bad"));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 50);
    for (const QString& name : files) {
        const QString path = dir.filePath(name);
        LoadError error;
        QElapsedTimer timer;
        timer.start();
        EXPECT_FALSE(SessionReader::readFile(path, &error).has_value()) << name.toStdString();
        EXPECT_LT(timer.elapsed(), tandem::test::scaledMs(1000)) << name.toStdString();
        EXPECT_FALSE(error.message.isEmpty()) << name.toStdString();
        EXPECT_TRUE(error.toString().startsWith(path + QLatin1Char(':'))) << name.toStdString();
    }
}

} // namespace
