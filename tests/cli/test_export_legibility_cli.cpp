// `tandem export` on a crowded session: a fixed page that would make note
// text too small to read still exports, with a warning naming the page and
// `--page fit` that keep it legible; fit to content never warns (issue 19).

#include "sessionreader.h"
#include "sessionwriter.h"
#include "tandemrun.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// The bundled example with `count` more value propositions, as a file.
QString crowdedSession(const QTemporaryDir& dir, int count) {
    tandem::LoadError error;
    auto session = tandem::SessionReader::readFile(
        QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml"), &error);
    EXPECT_TRUE(session.has_value());
    auto& elements = session->state.elements(tandem::Block::ValuePropositions);
    for (int i = 0; i < count; ++i) {
        tandem::Element element;
        element.id = QStringLiteral("vp-crowd-%1").arg(i);
        element.text = QStringLiteral("Idea %1 from the room").arg(i + 1);
        elements.push_back(element);
    }
    const QString path = dir.filePath(QStringLiteral("crowded.tandem.yaml"));
    QString writeError;
    EXPECT_TRUE(tandem::SessionWriter::saveFile(*session, path, &writeError));
    return path;
}

tandem::test::TandemRun exportWith(const QStringList& arguments) {
    return tandem::test::runTandem(QStringList{QStringLiteral("export")} + arguments);
}

TEST(ExportLegibilityCli, ASmallPageWarnsAndStillExports) {
    QTemporaryDir dir;
    const QString session = crowdedSession(dir, 200);
    const QString out = dir.filePath(QStringLiteral("a4.pdf"));
    const tandem::test::TandemRun run = exportWith(
        {session, QStringLiteral("-o"), out, QStringLiteral("--page"), QStringLiteral("A4")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_TRUE(run.err.contains(QLatin1String("warning"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("60 %"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("--page fit"))) << run.err.toStdString();
}

TEST(ExportLegibilityCli, FitToContentAndAnOrdinarySessionDoNotWarn) {
    QTemporaryDir dir;
    const QString crowded = crowdedSession(dir, 200);
    const tandem::test::TandemRun fitted =
        exportWith({crowded, QStringLiteral("-o"), dir.filePath(QStringLiteral("fit.pdf")),
                    QStringLiteral("--page"), QStringLiteral("fit")});
    EXPECT_EQ(fitted.exitCode, 0);
    EXPECT_FALSE(fitted.err.contains(QLatin1String("warning"))) << fitted.err.toStdString();

    const tandem::test::TandemRun ordinary =
        exportWith({QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml"),
                    QStringLiteral("-o"), dir.filePath(QStringLiteral("a4.pdf")),
                    QStringLiteral("--page"), QStringLiteral("A4")});
    EXPECT_EQ(ordinary.exitCode, 0);
    EXPECT_FALSE(ordinary.err.contains(QLatin1String("warning"))) << ordinary.err.toStdString();
}

} // namespace
