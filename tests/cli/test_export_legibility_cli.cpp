// `tandem export` on a crowded session: a fixed page that would make note
// text too small to read still exports, with a warning naming the page and
// `--page fit` that keep it legible; fit to content never warns (issue 19).

#include "sessionreader.h"
#include "sessionwriter.h"
#include "testtime.h"

#include <QFile>
#include <QProcess>
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

struct ExportResult {
    int exitCode = -1;
    QString err;
};

ExportResult exportWith(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(TANDEM_BINARY), QStringList{QStringLiteral("export")} + arguments);
    ExportResult run;
    if (!process.waitForFinished(tandem::test::scaledMs(60000))) {
        ADD_FAILURE() << "tandem export did not finish";
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

TEST(ExportLegibilityCli, ASmallPageWarnsAndStillExports) {
    QTemporaryDir dir;
    const QString session = crowdedSession(dir, 200);
    const QString out = dir.filePath(QStringLiteral("a4.pdf"));
    const ExportResult run = exportWith(
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
    const ExportResult fitted =
        exportWith({crowded, QStringLiteral("-o"), dir.filePath(QStringLiteral("fit.pdf")),
                    QStringLiteral("--page"), QStringLiteral("fit")});
    EXPECT_EQ(fitted.exitCode, 0);
    EXPECT_FALSE(fitted.err.contains(QLatin1String("warning"))) << fitted.err.toStdString();

    const ExportResult ordinary =
        exportWith({QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml"),
                    QStringLiteral("-o"), dir.filePath(QStringLiteral("a4.pdf")),
                    QStringLiteral("--page"), QStringLiteral("A4")});
    EXPECT_EQ(ordinary.exitCode, 0);
    EXPECT_FALSE(ordinary.err.contains(QLatin1String("warning"))) << ordinary.err.toStdString();
}

} // namespace
