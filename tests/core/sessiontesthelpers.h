#pragma once

// Shared by the reader and writer tests: loading the bad-input corpus and
// asserting that a refusal names the file, the line and the problem.

#include "loaderror.h"
#include "sessionreader.h"
#include "sessionwriter.h"
#include "testtime.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>

#include <cctype>
#include <optional>
#include <ostream>
#include <string>

namespace tandemtest {

// A note with an id and a text, for sessions built in a test.
inline tandem::Element note(const QString& id, const QString& text) {
    tandem::Element element;
    element.id = id;
    element.text = text;
    return element;
}

inline QString badFile(const char* name) {
    return QStringLiteral(TANDEM_TEST_DATA "/bad/") + QString::fromUtf8(name);
}

inline QString resourceFile(const char* name) {
    return QStringLiteral(TANDEM_RESOURCE_DIR "/") + QString::fromUtf8(name);
}

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// One file of tests/data/bad and what its refusal must say.
struct RefusalCase {
    const char* file;
    int line; // 0: the message has no line
    const char* fragment;
};

inline std::ostream& operator<<(std::ostream& out, const RefusalCase& refusal) {
    return out << refusal.file;
}

// Test names from file names: "id-too-long.yaml" -> "id_too_long".
inline std::string refusalName(const ::testing::TestParamInfo<RefusalCase>& info) {
    std::string name = info.param.file;
    name = name.substr(0, name.find('.'));
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}

// Reads text as a session named test.tandem.yaml.
inline std::optional<tandem::Session> readText(const QByteArray& yaml,
                                               tandem::LoadError* error = nullptr) {
    tandem::LoadError ignored;
    return tandem::SessionReader::readBytes(yaml, QStringLiteral("test.tandem.yaml"),
                                            error ? error : &ignored);
}

// Loads a file that must be refused, from disk and from a QBuffer, and
// checks the message and that refusing took well under a second.
inline void expectRefused(const RefusalCase& refusal) {
    const QString path = badFile(refusal.file);
    ASSERT_TRUE(QFile::exists(path)) << refusal.file;
    tandem::LoadError error;
    QElapsedTimer timer;
    timer.start();
    const auto session = tandem::SessionReader::readFile(path, &error);
    EXPECT_LT(timer.elapsed(), tandem::test::scaledMs(1000)) << refusal.file;
    ASSERT_FALSE(session.has_value()) << refusal.file << " was not refused";
    const std::string text = error.toString().toStdString();
    EXPECT_EQ(error.file, path) << text;
    EXPECT_EQ(error.line, refusal.line) << text;
    EXPECT_TRUE(error.message.contains(QString::fromUtf8(refusal.fragment)))
        << text << "\n  expected to contain: " << refusal.fragment;
    const QString prefix =
        refusal.line > 0 ? QStringLiteral("%1:%2: ").arg(path).arg(refusal.line) : path + ": ";
    EXPECT_TRUE(error.toString().startsWith(prefix)) << text;

    // The same bytes through a QIODevice give the same answer.
    QByteArray bytes = fileBytes(path);
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    tandem::LoadError fromDevice;
    EXPECT_FALSE(tandem::SessionReader::read(buffer, path, &fromDevice).has_value());
    EXPECT_EQ(fromDevice.toString(), error.toString());
}

} // namespace tandemtest
