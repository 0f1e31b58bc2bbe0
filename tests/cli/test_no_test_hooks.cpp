// The installed tandem reads no test-only environment variable: the hooks
// that edit a session or answer a dialog live in the test driver alone.

#include <QFile>

#include <gtest/gtest.h>

namespace {

QByteArray executable(const char* path) {
    QFile file(QString::fromLocal8Bit(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path;
    return file.readAll();
}

TEST(ShippedProgram, NamesNoTestHookVariable) {
    const QByteArray tandem = executable(TANDEM_BINARY);
    ASSERT_GT(tandem.size(), 100000);
    EXPECT_FALSE(tandem.contains("TANDEM_TEST_"))
        << "the shipped tandem names a TANDEM_TEST_* variable";
}

TEST(ShippedProgram, TheTestDriverHasTheHooks) {
    // The check above looks in the right way: the driver, built from the
    // same editor plus the hooks, does name them.
    const QByteArray driver = executable(TANDEM_TEST_DRIVER);
    EXPECT_TRUE(driver.contains("TANDEM_TEST_REPORT"));
    EXPECT_TRUE(driver.contains("TANDEM_TEST_LOCK_ANSWER"));
}

} // namespace
