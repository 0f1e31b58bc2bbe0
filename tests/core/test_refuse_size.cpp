// Files and devices over 64 MiB are refused before their bytes are read, or
// as soon as the limit is passed when the size is not known up front.

#include "sessiontesthelpers.h"

#include <QTemporaryDir>

using namespace tandem;

namespace {

// A sequential device that never ends, like /dev/zero or a runaway pipe.
class EndlessDevice : public QIODevice {
public:
    bool isSequential() const override { return true; }
    qint64 bytesRead = 0;

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        std::fill(data, data + maxSize, '#');
        bytesRead += maxSize;
        return maxSize;
    }
    qint64 writeData(const char*, qint64) override { return -1; }
};

void expectTooLarge(const LoadError& error, const QString& file) {
    EXPECT_EQ(error.file, file);
    EXPECT_EQ(error.line, 0);
    EXPECT_TRUE(error.message.contains(QStringLiteral("larger than 64 MiB")))
        << error.toString().toStdString();
}

TEST(RefuseSize, bytesOverTheLimit) {
    const QByteArray bytes(SessionReader::MaxFileSize + 1, ' ');
    LoadError error;
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(SessionReader::readBytes(bytes, QStringLiteral("big.tandem.yaml"), &error));
    EXPECT_LT(timer.elapsed(), tandem::test::scaledMs(1000));
    expectTooLarge(error, QStringLiteral("big.tandem.yaml"));
}

TEST(RefuseSize, fileOverTheLimitIsNotRead) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.tandem.yaml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(SessionReader::MaxFileSize + 1)); // sparse: costs no disk
    file.close();

    LoadError error;
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(SessionReader::readFile(path, &error));
    EXPECT_LT(timer.elapsed(), tandem::test::scaledMs(200)); // refused from the size alone
    expectTooLarge(error, path);
    EXPECT_TRUE(error.message.contains(QStringLiteral("64.0 MiB")));
}

TEST(RefuseSize, bufferOverTheLimitIsNotRead) {
    QByteArray bytes(SessionReader::MaxFileSize + 10, 'x');
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    LoadError error;
    EXPECT_FALSE(SessionReader::read(buffer, QStringLiteral("buffer"), &error));
    EXPECT_EQ(buffer.pos(), 0); // not a byte read
    expectTooLarge(error, QStringLiteral("buffer"));
}

TEST(RefuseSize, endlessSequentialDeviceStopsAtTheLimit) {
    EndlessDevice device;
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));
    LoadError error;
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(SessionReader::read(device, QStringLiteral("pipe"), &error));
    EXPECT_LT(timer.elapsed(), tandem::test::scaledMs(2000));
    EXPECT_LE(device.bytesRead, SessionReader::MaxFileSize + 2 * 1024 * 1024);
    expectTooLarge(error, QStringLiteral("pipe"));
}

} // namespace
