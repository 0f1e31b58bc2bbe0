// Screenshots of the links, the matrix and the alignment panel.

#include "alignmentdock.h"
#include "inspectordock.h"
#include "linkfeature.h"
#include "linkhighlighter.h"
#include "matrixdock.h"
#include "screenshots.h"

namespace tandem::test {

namespace {

TEST(LinkScreenshots, ExampleWithLinksMatrixAndAlignment) {
    MainWindow window;
    window.resize(1920, 1080);
    window.document()->resetSession(exampleSession());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window, scaledMs(5000)));
    LinkFeature* feature = window.feature<LinkFeature>();
    ASSERT_NE(feature, nullptr);
    settle(200);
    window.view()->zoomToFit();
    settle(100);
    shoot(&window, QStringLiteral("links-rest.png"));

    window.scene()->selectIds({QStringLiteral("vp-fresh")});
    settle(100);
    shoot(&window, QStringLiteral("links-selected.png"));

    window.scene()->selectIds({QStringLiteral("st-w-order")});
    settle(100);
    shoot(&window, QStringLiteral("links-stage.png"));

    feature->matrix()->show();
    window.resizeDocks({feature->matrix()}, {380}, Qt::Vertical);
    window.scene()->selectIds({QStringLiteral("vp-cafe-menu")});
    settle(200);
    shoot(&window, QStringLiteral("links-matrix.png"));

    window.inspector()->show();
    window.inspector()->raise();
    window.scene()->selectIds({QStringLiteral("vp-fresh")});
    settle(200);
    shoot(window.inspector(), QStringLiteral("links-inspector.png"));
    shoot(feature->alignment(), QStringLiteral("links-alignment.png"));

    // Zoomed in on the chains, where the curves are densest.
    feature->matrix()->hide();
    window.scene()->selectIds({QStringLiteral("st-roast")});
    window.view()->zoomToRect(window.scene()->canvasRect(Canvas::Operating));
    settle(200);
    shoot(&window, QStringLiteral("links-omc.png"));
    window.document()->markSaved();
}

} // namespace

} // namespace tandem::test
