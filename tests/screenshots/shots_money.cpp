// Screenshots of money (issue 15): the example's amounts, totals and margins
// on the canvas, the money lens with its legend, the inspector's amount and
// link weights, and a refused weight.

#include "inspectordock.h"
#include "linklist.h"
#include "screenshots.h"

#include <QLineEdit>

namespace tandem::test {

namespace {

TEST(MoneyScreenshots, InspectorAmountAndWeights) {
    MainWindow window;
    window.resize(1920, 1080);
    window.document()->resetSession(exampleSession());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window, scaledMs(5000)));
    window.inspector()->show();
    window.inspector()->raise();
    window.scene()->selectIds({QStringLiteral("rs-subscriptions")});
    settle(200);
    shoot(window.inspector(), QStringLiteral("money-inspector-revenue.png"));
    window.scene()->selectIds({QStringLiteral("co-shipping")});
    settle(100);
    LinkListWidget* links = window.inspector()->linksList();
    links->weightEditAt(0)->setText(QStringLiteral("0"));
    Q_EMIT links->weightEditAt(0)->editingFinished();
    settle(100);
    shoot(window.inspector(), QStringLiteral("money-inspector-weight-refused.png"));
    window.document()->markSaved();
}

} // namespace

} // namespace tandem::test
