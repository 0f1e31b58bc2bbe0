// `tandem diff`: runs the real executable on session files written to a
// temporary folder and checks exit codes, stdout and stderr; and runs git with
// the textconv driver of docs/git-diff.md when git is installed.

#include "testtime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

struct DiffRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

DiffRun run(const QString& program, const QStringList& arguments,
            const QString& workingDirectory = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // git must not read the user's configuration or ask anything.
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"),
               workingDirectory.isEmpty() ? QDir::tempPath() : workingDirectory);
    env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    DiffRun result;
    if (!process.waitForStarted(tandem::test::scaledMs(10000))) {
        ADD_FAILURE() << "cannot start " << program.toStdString();
        return result;
    }
    if (!process.waitForFinished(tandem::test::scaledMs(60000))) {
        ADD_FAILURE() << program.toStdString() << " did not finish";
        process.kill();
        process.waitForFinished(tandem::test::scaledMs(30000));
        return result;
    }
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

DiffRun runDiff(const QStringList& arguments) {
    return run(QStringLiteral(TANDEM_BINARY), QStringList{QStringLiteral("diff")} + arguments);
}

// The as-is state as current canvases, with a snapshot of an older state.
const char* const oldYaml = R"(format: tandem/1
session:
  title: Northwind offsite
business_model:
  key_partners:
    - id: kp-importer
      text: Green coffee importers
  key_activities:
    - id: ka-roast
      text: Roast weekly
  value_propositions:
    - id: vp-cheap
      text: Cheapest beans in town
  channels:
    - id: ch-market
      text: Farmers' market stall
operating_model:
  value_chains:
    - id: vc-retail
      name: Retail
      stages:
        - id: st-roast
          text: Roast
links:
  - from: st-roast
    to: vp-cheap
snapshots:
  - name: as-is
    taken: 2026-11-26T10:00:00Z
    business_model:
      key_partners:
        - id: kp-importer
          text: Green coffee importers
      channels:
        - id: ch-market
          text: Farmers' market stall
    operating_model: {}
    links: []
)";

// Changed from oldYaml: a note added, one removed, one changed, one moved,
// a link added and one removed.
const char* const newYaml = R"(format: tandem/1
session:
  title: Northwind offsite
business_model:
  key_activities:
    - id: ka-roast
      text: Roast to order
  value_propositions:
    - id: vp-cheap
      text: Cheapest beans in town
    - id: vp-fresh
      text: Beans roasted to order
operating_model:
  value_chains:
    - id: vc-retail
      name: Retail
      stages:
        - id: st-roast
          text: Roast
  suppliers:
    - id: kp-importer
      text: Green coffee importers
links:
  - from: st-roast
    to: vp-fresh
)";

const char* const brokenYaml =
    "format: tandem/1\nsession:\n  title: Broken\nlinks:\n  - from: a\n    to: b\n";

class DiffCli : public ::testing::Test {
protected:
    QString write(const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DiffCli, EqualFilesExitZero) {
    const QString a = write(QStringLiteral("a.tandem.yaml"), oldYaml);
    const QString b = write(QStringLiteral("b.tandem.yaml"), oldYaml);
    const DiffRun result = runDiff({a, b});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty());
    EXPECT_TRUE(result.out.endsWith("no differences\n")) << result.out.toStdString();
}

TEST_F(DiffCli, DifferentFilesExitOneWithOneLinePerChange) {
    const QString a = write(QStringLiteral("a.tandem.yaml"), oldYaml);
    const QString b = write(QStringLiteral("b.tandem.yaml"), newYaml);
    const DiffRun result = runDiff({a, b});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    const QString expected =
        QStringLiteral("--- %1\n"
                       "+++ %2\n"
                       "~ [Key Activities] \"Roast weekly\" -> \"Roast to order\"\n"
                       "+ [Value Propositions] Beans roasted to order\n"
                       "> [Key Partners -> Suppliers] Green coffee importers\n"
                       "- [Channels] Farmers' market stall\n"
                       "+ link: Roast delivers Beans roasted to order\n"
                       "- link: Roast delivers Cheapest beans in town\n"
                       "\n"
                       "notes: 1 added, 1 removed, 1 changed, 1 moved; links: 1 added, 1 removed\n")
            .arg(a, b);
    EXPECT_EQ(QString::fromUtf8(result.out), expected);
}

TEST_F(DiffCli, JsonFormat) {
    const QString a = write(QStringLiteral("a.tandem.yaml"), oldYaml);
    const QString b = write(QStringLiteral("b.tandem.yaml"), newYaml);
    const DiffRun result = runDiff({QStringLiteral("--format"), QStringLiteral("json"), a, b});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
    const QJsonObject root = json.object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("tandem-diff/1"));
    EXPECT_EQ(root.value(QStringLiteral("old")).toObject().value(QStringLiteral("file")).toString(),
              a);
    EXPECT_EQ(root.value(QStringLiteral("new")).toObject().value(QStringLiteral("file")).toString(),
              b);
    EXPECT_EQ(root.value(QStringLiteral("elements")).toArray().size(), 4);
    EXPECT_EQ(root.value(QStringLiteral("links")).toArray().size(), 2);
    EXPECT_FALSE(root.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("equal"))
                     .toBool(true));
}

TEST_F(DiffCli, SnapshotAgainstCurrentOfTheSameFile) {
    const QString a = write(QStringLiteral("a.tandem.yaml"), oldYaml);
    const DiffRun result = runDiff({QStringLiteral("--snapshot"), QStringLiteral("as-is"), a});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(
        QStringLiteral("--- %1 (snapshot “as-is”)\n+++ %1\n").arg(a).toUtf8()))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains("+ [Key Activities] Roast weekly\n"));
    EXPECT_TRUE(result.out.contains("+ chain: Retail\n"));
    EXPECT_FALSE(result.out.contains("Farmers")) << "unchanged since the snapshot";
}

TEST_F(DiffCli, SnapshotAgainstAnotherFile) {
    const QString a = write(QStringLiteral("a.tandem.yaml"), oldYaml);
    const QString b = write(QStringLiteral("b.tandem.yaml"), newYaml);
    const DiffRun result = runDiff({QStringLiteral("-f"), QStringLiteral("json"),
                                    QStringLiteral("--snapshot"), QStringLiteral("as-is"), a, b});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(
        root.value(QStringLiteral("old")).toObject().value(QStringLiteral("snapshot")).toString(),
        QStringLiteral("as-is"));
    EXPECT_TRUE(
        root.value(QStringLiteral("new")).toObject().value(QStringLiteral("snapshot")).isNull());
}

TEST_F(DiffCli, UnknownSnapshotExitsTwo) {
    const QString a = write(QStringLiteral("a.tandem.yaml"), oldYaml);
    const DiffRun result = runDiff({QStringLiteral("--snapshot"), QStringLiteral("to-be"), a});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.contains("to-be")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("as-is")) << "names the snapshots there are";
}

TEST_F(DiffCli, UnloadableFileGivesFileAndLineOnStderr) {
    const QString a = write(QStringLiteral("a.tandem.yaml"), oldYaml);
    const QString broken = write(QStringLiteral("broken.tandem.yaml"), brokenYaml);
    for (const QStringList& arguments : {QStringList{a, broken}, QStringList{broken, a}}) {
        const DiffRun result = runDiff(arguments);
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_TRUE(result.out.isEmpty());
        const QRegularExpression fileAndLine(
            QStringLiteral("^%1:\\d+: ").arg(QRegularExpression::escape(broken)));
        EXPECT_TRUE(fileAndLine.match(QString::fromUtf8(result.err)).hasMatch())
            << result.err.toStdString();
    }
    const DiffRun missing = runDiff({a, m_dir.filePath(QStringLiteral("missing.tandem.yaml"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("missing.tandem.yaml"));
}

TEST_F(DiffCli, BadUsageExitsTwo) {
    const QString a = write(QStringLiteral("a.tandem.yaml"), oldYaml);
    const QList<QStringList> cases{
        {},
        {a},
        {a, a, a},
        {QStringLiteral("--format"), QStringLiteral("xml"), a, a},
        {QStringLiteral("--bogus"), a, a},
        {QStringLiteral("--snapshot")},
        {QStringLiteral("--textconv")},
        {QStringLiteral("--textconv"), a, a},
        {QStringLiteral("--textconv"), QStringLiteral("--snapshot"), QStringLiteral("as-is"), a},
    };
    for (const QStringList& arguments : cases) {
        const DiffRun result = runDiff(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(result.err.contains("usage: tandem diff"))
            << arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString();
    }
}

TEST_F(DiffCli, HelpExitsZero) {
    const DiffRun result = runDiff({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.startsWith("Usage: tandem diff")) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains("--textconv"));
}

TEST_F(DiffCli, TextconvPrintsOneNotePerLine) {
    const QString a = write(QStringLiteral("a.tandem.yaml"), oldYaml);
    const DiffRun result = runDiff({QStringLiteral("--textconv"), a});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString out = QString::fromUtf8(result.out);
    EXPECT_TRUE(out.startsWith(QStringLiteral("Session: Northwind offsite\n")))
        << result.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("\n[Key Activities]\n  Roast weekly\n")));
    EXPECT_TRUE(out.contains(QStringLiteral("\n[Value chain: Retail]\n  Roast\n")));
    EXPECT_TRUE(out.contains(QStringLiteral("\n  Roast delivers Cheapest beans in town\n")));
    EXPECT_TRUE(out.contains(QStringLiteral("Snapshot “as-is”")));
    // Stable: the same file gives the same bytes.
    EXPECT_EQ(runDiff({QStringLiteral("--textconv"), a}).out, result.out);
}

TEST_F(DiffCli, TextconvShowsAnInvalidFileAsItIs) {
    const QString broken = write(QStringLiteral("broken.tandem.yaml"), brokenYaml);
    const DiffRun result = runDiff({QStringLiteral("--textconv"), broken});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, QByteArray(brokenYaml));
    EXPECT_TRUE(result.err.contains("broken.tandem.yaml"));
}

TEST_F(DiffCli, GitDiffWithTheTextconvDriver) {
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        GTEST_SKIP() << "git is not installed";
    const QString repo = m_dir.filePath(QStringLiteral("repo"));
    ASSERT_TRUE(QDir().mkpath(repo));
    const auto gitRun = [&](const QStringList& arguments) {
        const DiffRun result = run(git, arguments, repo);
        EXPECT_EQ(result.exitCode, 0)
            << arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString();
        return result;
    };
    gitRun({QStringLiteral("init"), QStringLiteral("-q")});
    gitRun(
        {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("t@example.org")});
    gitRun({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")});
    gitRun({QStringLiteral("config"), QStringLiteral("diff.tandem.textconv"),
            QStringLiteral("'%1' diff --textconv").arg(QStringLiteral(TANDEM_BINARY))});
    {
        QFile attributes(QDir(repo).filePath(QStringLiteral(".gitattributes")));
        ASSERT_TRUE(attributes.open(QIODevice::WriteOnly));
        attributes.write("*.tandem.yaml diff=tandem\n");
    }
    const QString session = QDir(repo).filePath(QStringLiteral("offsite.tandem.yaml"));
    {
        QFile file(session);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(oldYaml);
    }
    gitRun({QStringLiteral("add"), QStringLiteral(".")});
    gitRun({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
            QStringLiteral("as-is")});
    {
        QFile file(session);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(newYaml);
    }
    const DiffRun diff = gitRun({QStringLiteral("diff"), QStringLiteral("--no-color")});
    const QString out = QString::fromUtf8(diff.out);
    EXPECT_TRUE(out.contains(QStringLiteral("\n-  Roast weekly\n"))) << diff.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("\n+  Roast to order\n"))) << diff.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("\n+  Beans roasted to order\n")));
    EXPECT_TRUE(out.contains(QStringLiteral("\n+  Roast delivers Beans roasted to order\n")));
    EXPECT_FALSE(out.contains(QStringLiteral("id: vp-fresh"))) << "git shows the outline, not YAML";
}
