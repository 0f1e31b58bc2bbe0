// The commands speak the user's language: with a German locale, `tandem
// export` and `tandem import` say what is wrong in German (their messages
// are looked up where lupdate filed them).

#include "tandemrun.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

const QList<std::pair<QString, QString>> german{
    {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")},
    {QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
    {QStringLiteral("LANGUAGE"), QStringLiteral("de")}};

TEST(GermanCli, ExportSaysWhatIsMissingInGerman) {
    const tandem::test::TandemRun run = tandem::test::runTandem({QStringLiteral("export")}, german);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("keine Sitzungsdatei angegeben")))
        << run.err.toStdString();
}

TEST(GermanCli, ImportSaysWhatIsMissingInGerman) {
    const tandem::test::TandemRun run = tandem::test::runTandem({QStringLiteral("import")}, german);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("keine zu importierende Datei angegeben")))
        << run.err.toStdString();
}

const QString example = QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml");

QByteArray bytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The period is a word of the language too: "pro Jahr", not "pro year".
TEST(GermanCli, CheckAndDiffNameThePeriodInGerman) {
    const tandem::test::TandemRun text =
        tandem::test::runTandem({QStringLiteral("check"), example}, german);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Geld (EUR pro Jahr): Einnahmen 990000")))
        << text.out.toStdString();
    const tandem::test::TandemRun markdown = tandem::test::runTandem(
        {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("markdown"), example},
        german);
    EXPECT_TRUE(markdown.out.contains(QStringLiteral("\n## Geld (EUR pro Jahr)\n")))
        << markdown.out.toStdString();
    const tandem::test::TandemRun diff = tandem::test::runTandem(
        {QStringLiteral("diff"), QStringLiteral(TANDEM_TEST_DATA "/money/asis.tandem.yaml"),
         QStringLiteral(TANDEM_TEST_DATA "/money/tobe.tandem.yaml")},
        german);
    EXPECT_EQ(diff.exitCode, 1) << diff.err.toStdString();
    EXPECT_TRUE(diff.out.contains(QStringLiteral("Geld (EUR pro Jahr):\n")))
        << diff.out.toStdString();
    for (const QString& out : {text.out, markdown.out, diff.out})
        EXPECT_FALSE(out.contains(QStringLiteral("pro year")));
}

// A German team's Markdown, money and all, reads back into the same session.
TEST(GermanCli, MarkdownExportInGermanImportsAgain) {
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.md"));
    const QString session = dir.filePath(QStringLiteral("b.tandem.yaml"));
    const QString second = dir.filePath(QStringLiteral("b.md"));
    ASSERT_EQ(tandem::test::runTandem(
                  {QStringLiteral("export"), example, QStringLiteral("-o"), first}, german)
                  .exitCode,
              0);
    const QByteArray markdown = bytes(first);
    for (const char* part :
         {"- **Währung:** EUR\n- **Zeitraum:** Jahr\n",
          " — 338000 EUR <!-- {\"amount\":\"338000\",", "\n## Geld (EUR pro Jahr)\n"})
        EXPECT_TRUE(markdown.contains(part)) << part << "\n" << markdown.toStdString();
    const tandem::test::TandemRun imported = tandem::test::runTandem(
        {QStringLiteral("import"), first, QStringLiteral("-o"), session}, german);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QByteArray yaml = bytes(session);
    EXPECT_TRUE(yaml.contains("  currency: EUR\n  period: year\n")) << yaml.toStdString();
    EXPECT_TRUE(yaml.contains("      amount: 338000\n")) << yaml.toStdString();
    ASSERT_EQ(tandem::test::runTandem(
                  {QStringLiteral("export"), session, QStringLiteral("-o"), second}, german)
                  .exitCode,
              0);
    // The links are not read back, so the findings and figures differ; every
    // note and its amount, the details and the chains are the same.
    const QByteArray before = markdown.left(markdown.indexOf("\n## Verknüpfungen"));
    const QByteArray after = bytes(second);
    EXPECT_EQ(after.left(after.indexOf("\n## Befunde")), before);
}

} // namespace
