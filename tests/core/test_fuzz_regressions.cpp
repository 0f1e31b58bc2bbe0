// Inputs the fuzzer once broke. Each must either be refused with a message
// or load, write and load again to the same session, like every input.

#include "sessionreader.h"
#include "sessionwriter.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace tandem;

TEST(FuzzRegressions, EveryFoundInputLoadsAndRoundTripsOrIsRefused) {
    const QDir dir(QStringLiteral(TANDEM_TEST_DATA "/fuzz"));
    const QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files);
    ASSERT_FALSE(names.isEmpty());
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        LoadError error;
        const auto session = SessionReader::readBytes(file.readAll(), name, &error);
        if (!session) {
            EXPECT_FALSE(error.message.isEmpty()) << name.toStdString();
            continue;
        }
        const QByteArray written = SessionWriter::toBytes(*session);
        const auto again = SessionReader::readBytes(written, name, &error);
        ASSERT_TRUE(again) << name.toStdString() << ": " << error.toString().toStdString();
        EXPECT_TRUE(*again == *session) << name.toStdString();
        EXPECT_EQ(SessionWriter::toBytes(*again), written) << name.toStdString();
    }
}

// A lone CR is a line break in YAML: the note after it is its own key.
TEST(FuzzRegressions, LoneCarriageReturnsAreLineBreaks) {
    const QByteArray text = "format: tandem/1\rsession:\r  title: Old Mac file\r"
                            "business_model:\r  channels:\r    - id: ch-1\r      text: Web\r";
    LoadError error;
    const auto session = SessionReader::readBytes(text, QStringLiteral("mac.tandem.yaml"), &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    EXPECT_EQ(session->info.title, QStringLiteral("Old Mac file"));
    ASSERT_EQ(session->state.elements(Block::Channels).size(), 1u);
    EXPECT_EQ(session->state.elements(Block::Channels)[0].text, QStringLiteral("Web"));
}
