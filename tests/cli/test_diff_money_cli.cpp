// `tandem diff` on sessions with amounts (issue 15, item 5): the money
// figures as-is -> to-be in text and JSON, from the real executable. The
// figures are worked out by hand in tests/core/test_moneydiff.cpp.

#include "tandemrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using tandem::test::runTandem;

QString dataFile(const char* name) {
    return QStringLiteral(TANDEM_TEST_DATA "/money/") + QString::fromUtf8(name);
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(DiffMoneyCli, TextShowsTotalsAndMarginsAsIsToBe) {
    const auto run = runTandem(
        {QStringLiteral("diff"), dataFile("asis.tandem.yaml"), dataFile("tobe.tandem.yaml")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    for (const char* line :
         {"~ [Revenue Streams] Subscriptions: amount 100000 -> 150000\n", "Money (EUR per year):\n",
          "  Profit 39000.50 -> 69000 (+29999.50)\n", "  Unallocated cost 5000 -> 3000 (-2000)\n",
          "    Brewing app: none -> -25000 (-25000)\n"})
        EXPECT_TRUE(run.out.contains(QString::fromUtf8(line))) << line << run.out.toStdString();
}

TEST(DiffMoneyCli, JsonHasTheMoneyObject) {
    const auto run =
        runTandem({QStringLiteral("diff"), QStringLiteral("--format"), QStringLiteral("json"),
                   dataFile("asis.tandem.yaml"), dataFile("tobe.tandem.yaml")});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject money = QJsonDocument::fromJson(run.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("money"))
                                  .toObject();
    const QJsonObject profit = money.value(QStringLiteral("profit")).toObject();
    EXPECT_EQ(profit.value(QStringLiteral("old")).toDouble(), 39000.5);
    EXPECT_EQ(profit.value(QStringLiteral("new")).toDouble(), 69000);
    EXPECT_EQ(profit.value(QStringLiteral("change")).toDouble(), 29999.5);
    EXPECT_EQ(money.value(QStringLiteral("value_propositions")).toArray().size(), 4);
}

// The as-is canvases kept as a snapshot of the to-be session: the same
// figures through --snapshot.
TEST(DiffMoneyCli, SnapshotAgainstTheCurrentCanvases) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tobe.tandem.yaml"));
    QByteArray asIs = fileBytes(dataFile("asis.tandem.yaml"));
    const QByteArray canvases = asIs.mid(asIs.indexOf("business_model:"));
    QByteArray snapshot = "snapshots:\n  - name: as-is\n    taken: 2026-01-05T10:00:00Z\n";
    for (const QByteArray& line : canvases.split('\n')) {
        if (!line.isEmpty())
            snapshot += "    " + line + '\n';
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(fileBytes(dataFile("tobe.tandem.yaml")) + snapshot);
    file.close();

    const auto run = runTandem(
        {QStringLiteral("diff"), QStringLiteral("--snapshot"), QStringLiteral("as-is"), path});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("  Revenue 112000.50 -> 177000 (+64999.50)\n")))
        << run.out.toStdString();
}

TEST(DiffMoneyCli, NoMoneyObjectWithoutAmounts) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.tandem.yaml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(fileBytes(dataFile("asis.tandem.yaml")))
                   .replace("      amount: 60000\n", "")
                   .replace("      amount: 8000\n", "")
                   .replace("      amount: 5000\n", "")
                   .replace("      amount: 100000\n", "")
                   .replace("      amount: 12000.50\n", ""));
    file.close();
    const auto json = runTandem(
        {QStringLiteral("diff"), QStringLiteral("--format"), QStringLiteral("json"), path, path});
    EXPECT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_FALSE(
        QJsonDocument::fromJson(json.out.toUtf8()).object().contains(QStringLiteral("money")));
    const auto text = runTandem({QStringLiteral("diff"), path, path});
    EXPECT_EQ(text.out, QStringLiteral("--- %1\n+++ %1\nno differences\n").arg(path));
}

} // namespace
