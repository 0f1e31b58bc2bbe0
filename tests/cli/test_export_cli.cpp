// `tandem export`: runs the real executable, with and without a display,
// and checks exit codes, messages and the files it writes (or does not).

#include "testtime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

#include <memory>

namespace {

struct ExportRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Like a user's shell on a server: no display at all, unless asked.
ExportRun runTandem(const QStringList& arguments, bool display = false) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!display) {
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TANDEM_BINARY), QStringList{QStringLiteral("export")} + arguments);
    ExportRun run;
    if (!process.waitForStarted(tandem::test::scaledMs(10000)) ||
        !process.waitForFinished(tandem::test::scaledMs(60000))) {
        ADD_FAILURE() << "tandem export did not run";
        process.kill();
        process.waitForFinished(tandem::test::scaledMs(30000));
        return run;
    }
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << process.readAllStandardError().data();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray tool(const QString& name, const QStringList& arguments) {
    QProcess process;
    process.start(name, arguments);
    process.waitForFinished(tandem::test::scaledMs(60000));
    return process.readAllStandardOutput();
}

bool hasTool(const QString& name) {
    return !QStandardPaths::findExecutable(name).isEmpty();
}

const QString example = QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml");

class ExportCli : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    QString path(const QString& name) const { return dir.filePath(name); }
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files); }

    QTemporaryDir dir;
};

TEST_F(ExportCli, WritesEachFormatWithoutADisplay) {
    for (const QString& name :
         {QStringLiteral("out.pdf"), QStringLiteral("out.svg"), QStringLiteral("out.png")}) {
        const ExportRun run = runTandem({example, QStringLiteral("-o"), path(name)});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_GT(QFileInfo(path(name)).size(), 10000) << name.toStdString();
    }
    QFile svg(path(QStringLiteral("out.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<text"));
    EXPECT_EQ(QImage(path(QStringLiteral("out.png"))).size(), QSize(2480, 1754)); // A3, 150 dpi
}

TEST_F(ExportCli, PageCanvasAndResolutionOptions) {
    ExportRun run = runTandem(
        {example, QStringLiteral("-o"), path(QStringLiteral("a4.png")), QStringLiteral("--canvas"),
         QStringLiteral("operating"), QStringLiteral("--page"), QStringLiteral("A4"),
         QStringLiteral("--portrait"), QStringLiteral("--dpi"), QStringLiteral("300"),
         QStringLiteral("--margin"), QStringLiteral("5")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QImage(path(QStringLiteral("a4.png"))).size(), QSize(2480, 3508));

    if (!hasTool(QStringLiteral("pdfinfo")))
        GTEST_SKIP() << "pdfinfo is not installed";
    run =
        runTandem({example, QStringLiteral("-o"), path(QStringLiteral("a3.pdf")),
                   QStringLiteral("--page"), QStringLiteral("A3"), QStringLiteral("--landscape")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString info = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {path("a3.pdf")}));
    EXPECT_TRUE(info.contains(QLatin1String("1190.55 x 841.89 pts"))) << info.toStdString();

    run = runTandem({example, QStringLiteral("-o"), path(QStringLiteral("report.pdf")),
                     QStringLiteral("--report")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString report = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {path("report.pdf")}));
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(report);
    ASSERT_TRUE(pages.hasMatch());
    EXPECT_GE(pages.captured(1).toInt(), 6);
}

TEST_F(ExportCli, UnloadableFileExitsTwoWithTheLoadersMessage) {
    const QString broken = path(QStringLiteral("broken.tandem.yaml"));
    {
        QFile file(broken);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("format: tandem/1\nsession:\n  title: [unclosed\n");
    }
    const QString out = path(QStringLiteral("out.pdf"));
    ExportRun run = runTandem({broken, QStringLiteral("-o"), out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(QRegularExpression(QRegularExpression::escape(broken) + QStringLiteral(":\\d+: "))
                    .match(QString::fromUtf8(run.err))
                    .hasMatch())
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    run = runTandem({path(QStringLiteral("missing.tandem.yaml")), QStringLiteral("-o"), out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("missing.tandem.yaml")) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ExportCli, BadOptionsExplainThemselvesAndWriteNothing) {
    const QString out = path(QStringLiteral("out.pdf"));
    const QList<QStringList> bad = {
        {example},                                                      // no -o
        {QStringLiteral("-o"), out},                                    // no file
        {example, QStringLiteral("-o"), path(QStringLiteral("x.jpg"))}, // unknown format
        {example, QStringLiteral("-o"), out, QStringLiteral("--canvas"), QStringLiteral("both2")},
        {example, QStringLiteral("-o"), out, QStringLiteral("--page"), QStringLiteral("B5")},
        {example, QStringLiteral("-o"), out, QStringLiteral("--landscape"),
         QStringLiteral("--portrait")},
        {example, QStringLiteral("-o"), out, QStringLiteral("--margin"), QStringLiteral("wide")},
        {example, QStringLiteral("-o"), out, QStringLiteral("--margin"), QStringLiteral("200")},
        {example, QStringLiteral("-o"), path(QStringLiteral("x.png")), QStringLiteral("--dpi"),
         QStringLiteral("0")},
        {example, QStringLiteral("-o"), path(QStringLiteral("x.svg")), QStringLiteral("--report")},
        {example, QStringLiteral("-o"), out, QStringLiteral("--report"), QStringLiteral("--page"),
         QStringLiteral("fit")},
        {example, QStringLiteral("-o"), out, QStringLiteral("--frobnicate")},
        {example, QStringLiteral("-o"), out, QStringLiteral("--snapshot"), QStringLiteral("nope")},
    };
    for (const QStringList& arguments : bad) {
        const ExportRun run = runTandem(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(' ').toStdString();
        EXPECT_TRUE(run.err.contains("tandem export: ") || run.err.contains(": no snapshot"))
            << run.err.toStdString();
        EXPECT_TRUE(files().isEmpty()) << arguments.join(' ').toStdString();
    }
}

TEST_F(ExportCli, UnwritableOutputLeavesNoFile) {
    const QString missingFolder = path(QStringLiteral("no/such/folder/out.pdf"));
    ExportRun run = runTandem({example, QStringLiteral("-o"), missingFolder});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("cannot write")) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(missingFolder));

    // A read-only folder (root ignores permissions, so only as a user).
    if (::geteuid() != 0) {
        const QString locked = path(QStringLiteral("locked"));
        ASSERT_TRUE(QDir().mkdir(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        run = runTandem({example, QStringLiteral("-o"), locked + QStringLiteral("/out.svg")});
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(QDir(locked).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }

    // An existing file stays as it was when the export fails.
    const QString existing = path(QStringLiteral("keep.png"));
    {
        QFile file(existing);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    run = runTandem({example, QStringLiteral("-o"), existing, QStringLiteral("--page"),
                     QStringLiteral("A0"), QStringLiteral("--dpi"), QStringLiteral("1200")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("too large")) << run.err.toStdString();
    QFile kept(existing);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("keep me"));
    EXPECT_EQ(files(), QStringList{QStringLiteral("keep.png")});
}

TEST_F(ExportCli, SpecialCharactersComeOutAsWritten) {
    const QString session = path(QStringLiteral("special.tandem.yaml"));
    {
        QFile file(session);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"(format: tandem/1
session:
  title: "Tom & Jerry's <plan>"
business_model:
  value_propositions:
    - id: vp-1
      text: "Less < more & \"quotes\""
    - id: vp-2
      text: "שלום עולם"
    - id: vp-3
      text: "Coffee ☕ 🍰"
  customer_segments:
    - id: cs-1
      text: Everyone
operating_model:
  value_chains:
    - id: vc-1
      name: Main
      stages:
        - id: st-1
          text: Make it
)");
    }
    const QString svg = path(QStringLiteral("special.svg"));
    const ExportRun run = runTandem({session, QStringLiteral("-o"), svg, QStringLiteral("--canvas"),
                                     QStringLiteral("business")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("<title>Tom &amp; Jerry's &lt;plan&gt;</title>")))
        << text.left(600).toStdString();
    // The note wraps after "&": one <text> per line.
    EXPECT_TRUE(text.contains(QStringLiteral(">Less &lt; more &amp;")));
    EXPECT_TRUE(text.contains(QStringLiteral(">&quot;quotes&quot;</text>")));
    // Right-to-left words are placed one by one, in the order they show.
    EXPECT_TRUE(text.contains(QStringLiteral(">שלום<")));
    EXPECT_TRUE(text.contains(QStringLiteral(">עולם<")));
    EXPECT_TRUE(text.contains(QStringLiteral("Coffee ☕ 🍰")) ||
                (text.contains(QStringLiteral("☕")) && text.contains(QStringLiteral("🍰"))));
}

TEST_F(ExportCli, HelpListsTheOptions) {
    const ExportRun run = runTandem({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    for (const char* option : {"--output", "--canvas", "--page", "--landscape", "--portrait",
                               "--margin", "--dpi", "--report"})
        EXPECT_TRUE(run.out.contains(option)) << option;
}

} // namespace
