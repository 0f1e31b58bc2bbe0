// `tandem export -o OUT.csv|.md|.xml` and `tandem import`: the real
// executable, its exit codes, its messages and the files it writes (or not).

#include "tandemrun.h"
#include "testtime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using tandem::test::runTandem;
using tandem::test::TandemRun;

QByteArray bytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

const QString example = QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml");

class InOutCli : public ::testing::Test {
protected:
    QString path(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
    QTemporaryDir dir;
};

} // namespace

TEST_F(InOutCli, ExportsEachDataFormat) {
    for (const char* name : {"out.csv", "out.md", "out.xml"}) {
        const TandemRun run =
            runTandem({QStringLiteral("export"), example, QStringLiteral("-o"), path(name)});
        EXPECT_EQ(run.exitCode, 0) << name << run.err.toStdString();
    }
    EXPECT_TRUE(bytes(path("out.csv")).startsWith("\xEF\xBB\xBFid,block,text,"));
    EXPECT_TRUE(bytes(path("out.md")).startsWith("# Northwind Coffee strategy offsite\n"));
    EXPECT_TRUE(bytes(path("out.xml"))
                    .contains("<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\""));
    const TandemRun links = runTandem({QStringLiteral("export"), example, QStringLiteral("--links"),
                                       QStringLiteral("-o"), path("links.csv")});
    EXPECT_EQ(links.exitCode, 0);
    EXPECT_TRUE(bytes(path("links.csv"))
                    .startsWith("\xEF\xBB\xBF"
                                "from,to,kind,note,weight\r\n"));
}

TEST_F(InOutCli, ImportRoundTripsTheCsvExport) {
    ASSERT_EQ(runTandem({QStringLiteral("export"), example, QStringLiteral("-o"), path("a.csv")})
                  .exitCode,
              0);
    const TandemRun imported = runTandem(
        {QStringLiteral("import"), path("a.csv"), QStringLiteral("-o"), path("b.tandem.yaml")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_EQ(runTandem({QStringLiteral("export"), path("b.tandem.yaml"), QStringLiteral("-o"),
                         path("b.csv")})
                  .exitCode,
              0);
    EXPECT_EQ(bytes(path("b.csv")), bytes(path("a.csv")));
}

TEST_F(InOutCli, BadRowsExitTwoNameEachRowAndWriteNothing) {
    ASSERT_TRUE(write(path("in.csv"),
                      "block;text;colour\nmoon base;x;\nchannels;Shop;beige\nchannels;Ok;\n"));
    const TandemRun run = runTandem(
        {QStringLiteral("import"), path("in.csv"), QStringLiteral("-o"), path("out.tandem.yaml")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(path("in.csv") + QStringLiteral(":2: unknown block “moon base”")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(path("in.csv") + QStringLiteral(":3: bad colour “beige”")));
    EXPECT_FALSE(QFile::exists(path("out.tandem.yaml")));
}

TEST_F(InOutCli, IntoAddsToTheSessionAndPlainTextNeedsABlock) {
    ASSERT_TRUE(QFile::copy(example, path("s.tandem.yaml")));
    ASSERT_TRUE(write(path("ideas.txt"), "Pop-up stall\nMarket van\n"));
    EXPECT_EQ(runTandem({QStringLiteral("import"), path("ideas.txt"), QStringLiteral("--into"),
                         path("s.tandem.yaml")})
                  .exitCode,
              2);
    const TandemRun run =
        runTandem({QStringLiteral("import"), path("ideas.txt"), QStringLiteral("--block"),
                   QStringLiteral("Kanäle"), QStringLiteral("--into"), path("s.tandem.yaml")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray saved = bytes(path("s.tandem.yaml"));
    EXPECT_TRUE(saved.contains("text: Pop-up stall"));
    EXPECT_TRUE(saved.contains("text: Market van"));
}
