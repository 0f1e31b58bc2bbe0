// Screenshots of the links, the matrix and the alignment panel, for people
// to look at: written only when TANDEM_SCREENSHOT_DIR names a directory
// (run under Xvfb for real fonts and window decorations), skipped otherwise.

#include "alignmentdock.h"
#include "inspectordock.h"
#include "linkfeature.h"
#include "linkhighlighter.h"
#include "matrixdock.h"
#include "uitesthelpers.h"

#include <QDir>

namespace tandem::test {

namespace {

TEST(LinkScreenshots, ExampleWithLinksMatrixAndAlignment) {
    const QString dir = qEnvironmentVariable("TANDEM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TANDEM_SCREENSHOT_DIR to write screenshots";
    QDir().mkpath(dir);
    MainWindow window;
    window.resize(1920, 1080);
    window.document()->resetSession(exampleSession());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    LinkFeature* feature = window.feature<LinkFeature>();
    ASSERT_NE(feature, nullptr);
    QTest::qWait(200);
    window.view()->zoomToFit();
    QTest::qWait(100);
    EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/links-rest.png")));

    window.scene()->selectIds({QStringLiteral("vp-fresh")});
    QTest::qWait(100);
    EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/links-selected.png")));

    window.scene()->selectIds({QStringLiteral("st-w-order")});
    QTest::qWait(100);
    EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/links-stage.png")));

    feature->matrix()->show();
    window.resizeDocks({feature->matrix()}, {380}, Qt::Vertical);
    window.scene()->selectIds({QStringLiteral("vp-cafe-menu")});
    QTest::qWait(200);
    EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/links-matrix.png")));

    window.inspector()->show();
    window.inspector()->raise();
    window.scene()->selectIds({QStringLiteral("vp-fresh")});
    QTest::qWait(200);
    EXPECT_TRUE(window.inspector()->grab().save(dir + QStringLiteral("/links-inspector.png")));
    EXPECT_TRUE(feature->alignment()->grab().save(dir + QStringLiteral("/links-alignment.png")));

    // Zoomed in on the chains, where the curves are densest.
    feature->matrix()->hide();
    window.scene()->selectIds({QStringLiteral("st-roast")});
    window.view()->zoomToRect(window.scene()->canvasRect(Canvas::Operating));
    QTest::qWait(200);
    EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/links-omc.png")));
    window.document()->markSaved();
}

} // namespace

} // namespace tandem::test
