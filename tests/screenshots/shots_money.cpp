// Screenshots of money (issue 15): the example's amounts, totals and margins
// on the canvas, each lens with its legend (and in the far view), a crowded
// money block, the inspector's amount and link weights with a refused
// weight, and the money lens exported to PDF and PNG. Set
// TANDEM_SHOT_LOCALE=de_DE for the German figures.

#include "canvasdecorations.h"
#include "exporter.h"
#include "inspectordock.h"
#include "linklist.h"
#include "screenshots.h"
#include "voting.h"
#include "workshopfeature.h"

#include <QLineEdit>
#include <QUndoStack>

namespace tandem::test {

namespace {

class MoneyShots : public ::testing::Test {
protected:
    void SetUp() override {
        // The figures in a locale people use (the shots' machine may run in C).
        m_locale = QLocale();
        QLocale::setDefault(QLocale(qEnvironmentVariable("TANDEM_SHOT_LOCALE", "en_GB")));
        window = std::make_unique<MainWindow>();
        window->resize(1920, 1080);
        window->document()->resetSession(exampleSession());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get(), scaledMs(5000)));
        settle(200);
    }
    void TearDown() override {
        window->document()->markSaved();
        window.reset();
        QLocale::setDefault(m_locale);
    }
    CanvasScene* scene() const { return window->scene(); }
    CanvasView* view() const { return window->view(); }
    void lens(const char* key) {
        scene()->decorations()->setLens(QString::fromLatin1(key));
        settle();
    }
    std::unique_ptr<MainWindow> window;
    QLocale m_locale;
};

TEST_F(MoneyShots, CanvasFiguresAndLenses) {
    view()->zoomToFit();
    shoot(window.get(), QStringLiteral("money-01-fit.png"));
    view()->zoomToRect(scene()->canvasRect(Canvas::Business));
    settle();
    shoot(window.get(), QStringLiteral("money-02-bmc.png"));
    view()->zoomToRect(scene()->blockRect(Block::CostStructure) |
                       scene()->blockRect(Block::RevenueStreams));
    settle();
    shoot(window.get(), QStringLiteral("money-03-money-blocks.png"));
    view()->zoomToBlock(Block::ValuePropositions);
    settle();
    shoot(window.get(), QStringLiteral("money-04-margins.png"));

    lens("money");
    view()->zoomToRect(scene()->canvasRect(Canvas::Business));
    settle();
    shoot(window.get(), QStringLiteral("money-05-lens-money-bmc.png"));
    view()->zoomToFit();
    settle();
    shoot(window.get(), QStringLiteral("money-06-lens-money-fit.png"));
    // Zoomed far out the notes are plain cards: the lens colours them too.
    view()->setZoom(0.12);
    settle();
    shoot(window.get(), QStringLiteral("money-07-lens-money-far.png"));

    Voting* voting = window->feature<WorkshopFeature>()->voting();
    voting->setVoting(true);
    for (int i = 0; i < 5; ++i)
        voting->vote(QStringLiteral("vp-traceable"));
    for (int i = 0; i < 3; ++i)
        voting->vote(QStringLiteral("st-w-blend"));
    voting->vote(QStringLiteral("cs-offices"));
    voting->setVoting(false);
    lens("votes");
    view()->zoomToFit();
    settle();
    shoot(window.get(), QStringLiteral("money-08-lens-votes.png"));
    lens("findings");
    shoot(window.get(), QStringLiteral("money-09-lens-findings.png"));
}

TEST_F(MoneyShots, CrowdedMoneyBlock) {
    // Twenty costs: the block's notes shrink, the amounts must still read.
    Document* document = window->document();
    document->undoStack()->beginMacro(QStringLiteral("costs"));
    for (int i = 0; i < 20; ++i) {
        Element cost;
        cost.text = QStringLiteral("Cost line %1").arg(i + 1);
        cost.amount = Figure{1000.0 * (i + 1) * 7, {}};
        document->addElement(Place{Block::CostStructure, {}, -1}, cost);
    }
    document->undoStack()->endMacro();
    settle();
    view()->zoomToRect(scene()->blockRect(Block::CostStructure));
    settle();
    shoot(window.get(), QStringLiteral("money-10-crowded-costs.png"));
    // Thirty promises: shrunk notes, each still with its margin.
    document->undoStack()->beginMacro(QStringLiteral("promises"));
    for (int i = 0; i < 30; ++i) {
        Element promise;
        promise.text = QStringLiteral("Promise %1 to a customer").arg(i + 1);
        document->addElement(Place{Block::ValuePropositions, {}, -1}, promise);
    }
    document->undoStack()->endMacro();
    scene()->decorations()->setLens(QStringLiteral("money"));
    settle();
    view()->zoomToRect(scene()->canvasRect(Canvas::Business));
    settle();
    shoot(window.get(), QStringLiteral("money-10b-crowded-promises.png"));
}

TEST_F(MoneyShots, InspectorAmountAndWeights) {
    window->inspector()->show();
    window->inspector()->raise();
    scene()->selectIds({QStringLiteral("rs-subscriptions")});
    settle(200);
    shoot(window->inspector(), QStringLiteral("money-11-inspector-revenue.png"));
    scene()->selectIds({QStringLiteral("co-shipping")});
    settle();
    LinkListWidget* links = window->inspector()->linksList();
    links->weightEditAt(0)->setText(QStringLiteral("0"));
    Q_EMIT links->weightEditAt(0)->editingFinished();
    settle();
    shoot(window->inspector(), QStringLiteral("money-12-inspector-weight-refused.png"));
}

TEST_F(MoneyShots, MoneyLensExported) {
    lens("money");
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    QString error;
    const Exporter exporter(scene());
    EXPECT_TRUE(
        exporter.exportToFile(shotPath(QStringLiteral("money-13-lens.pdf")), options, &error))
        << error.toStdString();
    options.format = ExportFormat::Png;
    options.canvas = ExportCanvas::Business;
    EXPECT_TRUE(
        exporter.exportToFile(shotPath(QStringLiteral("money-14-lens-bmc.png")), options, &error))
        << error.toStdString();
    options.format = ExportFormat::Pdf;
    options.canvas = ExportCanvas::Both;
    options.report = true;
    EXPECT_TRUE(
        exporter.exportToFile(shotPath(QStringLiteral("money-15-report.pdf")), options, &error))
        << error.toStdString();
}

} // namespace

} // namespace tandem::test
