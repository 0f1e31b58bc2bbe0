// The commands speak the user's language: with a German locale, `tandem
// export` and `tandem import` say what is wrong in German (their messages
// are looked up where lupdate filed them).

#include "tandemrun.h"

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

} // namespace
