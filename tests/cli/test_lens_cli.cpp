// `tandem export --lens`: a poster coloured by one measure, with its legend,
// exactly as View > Lens shows it in the editor; a lens that does not exist,
// or a lens on a data export, is a command-line error that writes nothing.

#include "tandemrun.h"

#include <QFile>
#include <QTemporaryDir>

namespace tandem::test {

namespace {

const QString example = QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml");

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(LensCli, ExportsThePosterWithTheLensAndItsLegend) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("money.svg"));
    const TandemRun run = runTandem({QStringLiteral("export"), example, QStringLiteral("-o"), out,
                                     QStringLiteral("--canvas"), QStringLiteral("business"),
                                     QStringLiteral("--lens"), QStringLiteral("money")},
                                    {{QStringLiteral("LANGUAGE"), QStringLiteral("en")}});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray svg = readAll(out);
    EXPECT_TRUE(svg.contains(">Money lens</text>"));
    EXPECT_TRUE(svg.contains(">earning</text>"));
    // Without the lens the same poster has no legend, but its money.
    const QString plain = dir.filePath(QStringLiteral("plain.svg"));
    ASSERT_EQ(runTandem({QStringLiteral("export"), example, QStringLiteral("-o"), plain,
                         QStringLiteral("--canvas"), QStringLiteral("business")})
                  .exitCode,
              0);
    const QByteArray plainSvg = readAll(plain);
    EXPECT_FALSE(plainSvg.contains("Money lens"));
    EXPECT_TRUE(plainSvg.contains("874"));
}

TEST(LensCli, UnknownLensesAndDataExportsAreRefused) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("heat.pdf"));
    const TandemRun unknown = runTandem({QStringLiteral("export"), example, QStringLiteral("-o"),
                                         out, QStringLiteral("--lens"), QStringLiteral("heat")},
                                        {{QStringLiteral("LANGUAGE"), QStringLiteral("en")}});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown lens “heat”")))
        << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("money, votes, findings")));
    EXPECT_FALSE(QFile::exists(out));
    const QString csv = dir.filePath(QStringLiteral("notes.csv"));
    const TandemRun data = runTandem({QStringLiteral("export"), example, QStringLiteral("-o"), csv,
                                      QStringLiteral("--lens"), QStringLiteral("money")},
                                     {{QStringLiteral("LANGUAGE"), QStringLiteral("en")}});
    EXPECT_EQ(data.exitCode, 2);
    EXPECT_TRUE(data.err.contains(QStringLiteral("--lens only changes a drawing")))
        << data.err.toStdString();
    EXPECT_FALSE(QFile::exists(csv));
}

} // namespace

} // namespace tandem::test
