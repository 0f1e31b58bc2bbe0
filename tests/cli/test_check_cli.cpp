// `tandem check`: runs the real executable on session files written to a
// temporary folder, and checks exit codes, stdout and stderr.

#include "testtime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessResult runTandem(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TANDEM_BINARY), arguments);
    ProcessResult run;
    if (!process.waitForStarted(tandem::test::scaledMs(10000))) {
        ADD_FAILURE() << "cannot start " << TANDEM_BINARY;
        return run;
    }
    if (!process.waitForFinished(tandem::test::scaledMs(60000))) {
        ADD_FAILURE() << "tandem did not finish";
        process.kill();
        process.waitForFinished(tandem::test::scaledMs(30000));
        return run;
    }
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Fully aligned: every rule passes.
const char* const alignedYaml = R"(format: tandem/1
session:
  title: Aligned coffee
business_model:
  value_propositions:
    - id: vp-fresh
      text: Beans roasted to order
  customer_segments:
    - id: cs-home
      text: Home espresso enthusiasts
operating_model:
  value_chains:
    - id: vc-sub
      name: Subscription delivery
      stages:
        - id: st-roast
          text: Roast to order
  organisation:
    - id: org-roastery
      text: Roastery team
links:
  - from: vp-fresh
    to: cs-home
  - from: st-roast
    to: vp-fresh
  - from: st-roast
    to: org-roastery
    kind: depends-on
)";

// One gap (A1: vp-tasting), one warning (A4: ka-sourcing), one info (A6: st-ship).
const char* const gapYaml = R"(format: tandem/1
session:
  title: Northwind offsite
business_model:
  key_activities:
    - id: ka-sourcing
      text: Green coffee sourcing
  value_propositions:
    - id: vp-fresh
      text: Beans roasted to order
    - id: vp-tasting
      text: Free tasting
  customer_segments:
    - id: cs-home
      text: Home espresso enthusiasts
operating_model:
  value_chains:
    - id: vc-sub
      name: Subscription delivery
      stages:
        - id: st-roast
          text: Roast to order
        - id: st-ship
          text: Pack and ship
  organisation:
    - id: org-roastery
      text: Roastery team
links:
  - from: vp-fresh
    to: cs-home
  - from: vp-tasting
    to: cs-home
  - from: vp-fresh
    to: st-roast
  - from: st-roast
    to: org-roastery
)";

class CheckCli : public ::testing::Test {
protected:
    QString write(const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CheckCli, AlignedSessionExitsZero) {
    const QString path = write("aligned.tandem.yaml", alignedYaml);
    const ProcessResult run = runTandem({"check", path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("Alignment check: Aligned coffee\n")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("No findings")) << run.out.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST_F(CheckCli, GapExitsOneWithTextReport) {
    const QString path = write("gap.tandem.yaml", gapYaml);
    const ProcessResult run = runTandem({"check", path});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.startsWith("Alignment check: Northwind offsite\n")) << out.toStdString();
    EXPECT_TRUE(out.contains("File: " + path));
    EXPECT_TRUE(out.contains("Summary: 1 gap, 1 warning, 1 info")) << out.toStdString();
    EXPECT_TRUE(out.contains("1 of 2 value propositions delivered (50%)")) << out.toStdString();
    EXPECT_TRUE(out.contains("2 of 2 value-chain stages serve something (100%)"));
    // Grouped by severity, gaps first.
    const qsizetype gaps = out.indexOf("\nGaps (1)\n");
    const qsizetype warnings = out.indexOf("\nWarnings (1)\n");
    const qsizetype info = out.indexOf("\nInfo (1)\n");
    EXPECT_GE(gaps, 0);
    EXPECT_LT(gaps, warnings);
    EXPECT_LT(warnings, info);
    EXPECT_TRUE(out.contains("A1  Value proposition “Free tasting”")) << out.toStdString();
    EXPECT_TRUE(out.contains("[vp-tasting]"));
    EXPECT_TRUE(out.contains("[ka-sourcing]"));
    EXPECT_TRUE(out.contains("[st-ship]"));
}

TEST_F(CheckCli, MarkdownFormat) {
    const QString path = write("gap.tandem.yaml", gapYaml);
    const ProcessResult run = runTandem({"check", "--format", "markdown", path});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.startsWith("# Alignment check: Northwind offsite\n")) << out.toStdString();
    EXPECT_TRUE(out.contains("## Gaps (1)"));
    EXPECT_TRUE(out.contains("- **A1** Value proposition “Free tasting”"));
    EXPECT_TRUE(out.contains("(`vp-tasting`)"));
}

TEST_F(CheckCli, JsonFormatHasTheDocumentedShape) {
    const QString path = write("gap.tandem.yaml", gapYaml);
    const ProcessResult run = runTandem({"check", path, "--format=json"}); // option after the file
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << run.out.toStdString();
    ASSERT_TRUE(doc.isObject());
    const QJsonObject root = doc.object();
    EXPECT_EQ(root["format"].toString(), "tandem-check/1");
    EXPECT_EQ(root["file"].toString(), path);
    EXPECT_EQ(root["title"].toString(), "Northwind offsite");
    EXPECT_TRUE(root["snapshot"].isNull());

    const QJsonObject summary = root["summary"].toObject();
    EXPECT_EQ(summary.keys(), (QStringList{"gap", "info", "warning"}));
    EXPECT_EQ(summary["gap"].toInt(), 1);
    EXPECT_EQ(summary["warning"].toInt(), 1);
    EXPECT_EQ(summary["info"].toInt(), 1);

    const QJsonObject coverage = root["coverage"].toObject();
    EXPECT_EQ(coverage["value_propositions"].toInt(), 2);
    EXPECT_EQ(coverage["delivered"].toInt(), 1);
    EXPECT_DOUBLE_EQ(coverage["delivered_share"].toDouble(), 0.5);
    EXPECT_EQ(coverage["stages"].toInt(), 2);
    EXPECT_EQ(coverage["serving"].toInt(), 2);
    EXPECT_DOUBLE_EQ(coverage["serving_share"].toDouble(), 1.0);

    const QJsonArray findings = root["findings"].toArray();
    ASSERT_EQ(findings.size(), 3);
    QStringList rules;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        rules << finding["rule"].toString() + '/' + finding["severity"].toString();
        EXPECT_TRUE(finding["message"].isString());
        EXPECT_TRUE(finding["elements"].isArray());
        EXPECT_TRUE(finding.contains("block"));
    }
    EXPECT_EQ(rules, (QStringList{"A1/gap", "A4/warning", "A6/info"}));
    const QJsonObject element = findings[0].toObject()["elements"].toArray()[0].toObject();
    EXPECT_EQ(element["id"].toString(), "vp-tasting");
    EXPECT_EQ(element["text"].toString(), "Free tasting");
    EXPECT_EQ(element["block"].toString(), "value_propositions");
    EXPECT_EQ(element["kind"].toString(), "element");
    const QJsonObject stage = findings[2].toObject()["elements"].toArray()[0].toObject();
    EXPECT_EQ(stage["block"].toString(), "value_chains");
    EXPECT_EQ(stage["chain"].toString(), "vc-sub");
}

TEST_F(CheckCli, UnloadableFileGivesFileAndLineOnStderr) {
    // A link to an unknown id on line 12.
    const QString path = write("broken.tandem.yaml", R"(format: tandem/1
session:
  title: Broken
business_model:
  value_propositions:
    - id: vp-one
      text: One
operating_model:
  value_chains: []
links:
  - from: vp-one
    to: nowhere
)");
    const ProcessResult run = runTandem({"check", path});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    const QString err = QString::fromUtf8(run.err);
    EXPECT_TRUE(err.startsWith(path + ':')) << err.toStdString();
    // FILE:LINE: problem, with a line number after the path.
    const QString rest = err.mid(path.size() + 1);
    bool isNumber = false;
    const int line = rest.section(':', 0, 0).toInt(&isNumber);
    EXPECT_TRUE(isNumber) << err.toStdString();
    EXPECT_GT(line, 0) << err.toStdString();
}

TEST_F(CheckCli, NotYamlAndMissingFileExitTwo) {
    const QString notYaml = write("not.tandem.yaml", "format: tandem/1\nsession: [unclosed\n");
    ProcessResult run = runTandem({"check", notYaml});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(run.err).startsWith(notYaml + ':')) << run.err.toStdString();

    const QString missing = m_dir.filePath("missing.tandem.yaml");
    run = runTandem({"check", missing});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(missing)) << run.err.toStdString();
}

TEST_F(CheckCli, BadUsageExitsTwo) {
    const QString path = write("aligned.tandem.yaml", alignedYaml);

    ProcessResult run = runTandem({"check", "--format", "bogus", path});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains("bogus")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("usage: tandem check")) << run.err.toStdString();

    run = runTandem({"check"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("usage: tandem check")) << run.err.toStdString();

    run = runTandem({"check", path, path});
    EXPECT_EQ(run.exitCode, 2);

    run = runTandem({"check", "--no-such-option", path});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("no-such-option")) << run.err.toStdString();
}

TEST_F(CheckCli, HelpExitsZero) {
    const ProcessResult run = runTandem({"check", "--help"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("Usage: tandem check")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("--format"));
}

TEST_F(CheckCli, SnapshotOption) {
    QByteArray yaml = alignedYaml;
    yaml += R"(snapshots:
  - name: as-is
    taken: 2026-11-26T09:30:00Z
    business_model:
      value_propositions:
        - id: vp-old
          text: Supermarket beans
    operating_model:
      value_chains: []
    links: []
)";
    const QString path = write("snap.tandem.yaml", yaml);
    ProcessResult run = runTandem({"check", "--snapshot", "as-is", "--format", "json", path});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root["snapshot"].toString(), "as-is");
    EXPECT_EQ(root["coverage"].toObject()["value_propositions"].toInt(), 1);

    run = runTandem({"check", "--snapshot", "to-be", path});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("to-be")) << run.err.toStdString();
}
