// Screenshots of the links at rest and in focus, on the example and on a
// generated 300-note session: the editor at fit, and the PNG poster.

#include "exporter.h"
#include "linkfeature.h"
#include "screenshots.h"
#include "sessiongenerator.h"
#include "sessionwriter.h"

namespace tandem::test {

namespace {

void shootSession(const Session& session, const QString& name, const QString& focus) {
    MainWindow window;
    window.resize(1920, 1080);
    window.document()->resetSession(session);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window, scaledMs(5000)));
    settle(200);
    window.view()->zoomToFit();
    settle(100);
    shoot(window.view(), QStringLiteral("links-%1-rest.png").arg(name));
    // Each canvas close up, where a room reads it.
    window.view()->zoomToRect(window.scene()->canvasRect(Canvas::Business));
    settle(100);
    shoot(window.view(), QStringLiteral("links-%1-bmc.png").arg(name));
    window.view()->zoomToRect(window.scene()->canvasRect(Canvas::Operating));
    settle(100);
    shoot(window.view(), QStringLiteral("links-%1-omc.png").arg(name));
    window.view()->zoomToFit();
    window.scene()->selectIds({focus});
    settle(100);
    shoot(window.view(), QStringLiteral("links-%1-selected.png").arg(name));
    window.scene()->clearSelection();
    settle(50);
    ExportOptions options;
    options.format = ExportFormat::Png;
    options.dpi = 60;
    const QImage poster = Exporter(window.scene()).image(options);
    EXPECT_TRUE(poster.save(shotPath(QStringLiteral("links-%1-poster.png").arg(name))));
    window.document()->markSaved();
}

TEST(BundleScreenshots, Example) {
    shootSession(exampleSession(), QStringLiteral("example"), QStringLiteral("vp-fresh"));
}

TEST(BundleScreenshots, Generated300) {
    const Session session = generateSession(300, 42);
    // Also as a file, for `tandem export` of any build to draw.
    QString error;
    EXPECT_TRUE(SessionWriter::saveFile(
        session, shotPath(QStringLiteral("generated-300.tandem.yaml")), &error))
        << error.toStdString();
    shootSession(session, QStringLiteral("300"),
                 session.state.elements(Block::ValuePropositions).front().id);
}

} // namespace

} // namespace tandem::test
