// The alignment panel: findings and coverage of the example, live updates,
// clicking a finding, and the marks on the canvas.

#include "alignmentdock.h"
#include "linkfeature.h"
#include "uitesthelpers.h"

#include <QLabel>
#include <QTreeWidget>
#include <QUndoStack>

namespace tandem::test {

namespace {

class AlignmentDockTest : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        LinkFeature* feature = window->feature<LinkFeature>();
        ASSERT_NE(feature, nullptr);
        dock = feature->alignment();
        dock->show();
        QCoreApplication::processEvents();
    }

    // The finding of this rule ("A1", not "A11") about this element.
    QTreeWidgetItem* findingItem(const QString& rule, const QString& id) const {
        QTreeWidget* tree = dock->findings();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem* group = tree->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem* item = group->child(i);
                if (item->text(0).section(QLatin1Char(' '), 0, 0) == rule &&
                    item->data(0, Qt::UserRole + 1).toStringList().contains(id))
                    return item;
            }
        }
        return nullptr;
    }
    void addRefillLink() {
        Link link;
        link.from = QStringLiteral("vp-refill");
        link.to = QStringLiteral("st-pack");
        ASSERT_TRUE(doc()->addLink(link).isEmpty());
        QCoreApplication::processEvents();
    }

    AlignmentDock* dock = nullptr;
};

TEST_F(AlignmentDockTest, ShowsTheFindingsAndCoverageOfTheExample) {
    EXPECT_EQ(dock->report().count(Severity::Gap), 2);
    // A3 four times, A5; the money of A9 (the market stall) and A11 (café
    // blends and the refill pilot lose money).
    EXPECT_EQ(dock->report().count(Severity::Warning), 8);
    EXPECT_NE(findingItem(QStringLiteral("A9"), QStringLiteral("co-market")), nullptr);
    EXPECT_NE(findingItem(QStringLiteral("A11"), QStringLiteral("vp-cafe-menu")), nullptr);
    EXPECT_EQ(dock->findings()->topLevelItemCount(), 3); // gaps, warnings, info
    EXPECT_TRUE(
        dock->coverageText().contains(QStringLiteral("3 of 4 value propositions delivered (75 %)")))
        << dock->coverageText().toStdString();
    EXPECT_NE(findingItem(QStringLiteral("A1"), QStringLiteral("vp-refill")), nullptr);
}

TEST_F(AlignmentDockTest, UpdatesOncePerBurstOfEdits) {
    const int checks = dock->checkCount();
    addRefillLink();
    EXPECT_EQ(dock->report().count(Severity::Gap), 1);
    EXPECT_EQ(findingItem(QStringLiteral("A1"), QStringLiteral("vp-refill")), nullptr);
    EXPECT_TRUE(dock->coverageText().contains(QStringLiteral("4 of 4")));
    EXPECT_EQ(dock->checkCount(), checks + 1);
    // A macro of many edits is checked once.
    const int before = dock->checkCount();
    QUndoStack* stack = doc()->undoStack();
    stack->beginMacro(QStringLiteral("many"));
    for (const QString& id : {QStringLiteral("st-i-cup"), QStringLiteral("st-i-buy")})
        doc()->addLink(Link{QStringLiteral("vp-traceable"), id, LinkKind::Delivers, {}, {}});
    stack->endMacro();
    QCoreApplication::processEvents();
    EXPECT_EQ(dock->checkCount(), before + 1);
    // The intake chain now serves: no A3 left, the A5 and money warnings stay.
    EXPECT_EQ(dock->report().count(Severity::Warning), 4);
    EXPECT_EQ(findingItem(QStringLiteral("A3"), QStringLiteral("st-i-cup")), nullptr);
}

TEST_F(AlignmentDockTest, ClickingAFindingSelectsItsElements) {
    QTreeWidgetItem* item = findingItem(QStringLiteral("A2"), QStringLiteral("cs-offices"));
    ASSERT_NE(item, nullptr);
    QTreeWidget* tree = dock->findings();
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier,
                      tree->visualItemRect(item).center());
    EXPECT_EQ(scene()->selectedIds(), QStringList{QStringLiteral("cs-offices")});
    // And brings it into view.
    const QRectF shown = view()->mapToScene(viewport()->rect()).boundingRect();
    EXPECT_TRUE(
        shown.contains(scene()->noteItem(QStringLiteral("cs-offices"))->sceneBoundingRect()));
}

TEST_F(AlignmentDockTest, GapMarksAppearAndDisappear) {
    NoteItem* refill = scene()->noteItem(QStringLiteral("vp-refill"));
    NoteItem* mirror = scene()->mirrorItem(QStringLiteral("vp-refill"));
    EXPECT_EQ(refill->marker(), AlignmentDock::severityColor(Severity::Gap));
    EXPECT_EQ(mirror->marker(), AlignmentDock::severityColor(Severity::Gap));
    EXPECT_TRUE(refill->toolTip().contains(QStringLiteral("A1")));
    // Warnings are marked too, information is not.
    EXPECT_EQ(scene()->noteItem(QStringLiteral("kp-machines"))->marker(),
              AlignmentDock::severityColor(Severity::Warning));
    EXPECT_FALSE(scene()->noteItem(QStringLiteral("st-order"))->marker().isValid());

    // Delivered, the refill tins are no gap; they still lose money (A11).
    addRefillLink();
    EXPECT_EQ(refill->marker(), AlignmentDock::severityColor(Severity::Warning));
    EXPECT_EQ(mirror->marker(), AlignmentDock::severityColor(Severity::Warning));
    EXPECT_FALSE(refill->toolTip().contains(QStringLiteral("A1:")));
    doc()->undoStack()->undo();
    QCoreApplication::processEvents();
    EXPECT_EQ(refill->marker(), AlignmentDock::severityColor(Severity::Gap));
    // Without the money, nothing is marked at all once it is delivered. (The
    // tins lose their margin badge too, so the canvas lays the block out
    // again, and the panel catches up a turn of the event loop later.)
    for (const QString& id : idsIn(Block::CostStructure))
        doc()->setElementAmount(id, std::nullopt);
    addRefillLink();
    EXPECT_TRUE(waitUntil([&] { return !refill->marker().isValid(); }))
        << refill->toolTip().toStdString();
    EXPECT_FALSE(mirror->marker().isValid());
}

// Money figures appear live once an amount is set, and only then (issue 15).
TEST_F(AlignmentDockTest, ShowsTheMoneyFiguresOnceThereAreAmounts) {
    // The example without its money.
    Session plain = exampleSession();
    plain.info.currency.clear();
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (Element& element : plain.state.elements(block))
            element.amount.reset();
    }
    doc()->resetSession(plain);
    dock->refreshNow();
    EXPECT_TRUE(dock->moneyLabel()->isHidden());
    SessionInfo info = doc()->info();
    info.currency = QStringLiteral("EUR");
    doc()->setSessionInfo(info);
    dock->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    doc()->setElementAmount(QStringLiteral("rs-subscriptions"), Figure{420000, {}});
    dock->refreshNow();
    ASSERT_FALSE(dock->moneyLabel()->isHidden());
    const QString text = dock->moneyLabel()->text();
    EXPECT_TRUE(text.contains(QString::fromUtf8("revenue €420,000"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromUtf8("Profit €420,000 per year"))) << text.toStdString();
    doc()->undoStack()->undo();
    dock->refreshNow();
    EXPECT_TRUE(dock->moneyLabel()->isHidden());
}

// A loss is a minus amount in the user's locale, as on the canvas, never
// the accounting brackets of en_US ("(€38,500)").
TEST_F(AlignmentDockTest, ShowsALossWithAMinusSign) {
    Session plain = exampleSession();
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (Element& element : plain.state.elements(block))
            element.amount.reset();
    }
    plain.info.currency = QStringLiteral("EUR");
    doc()->resetSession(plain);
    doc()->setElementAmount(QStringLiteral("co-market"), Figure{38500, {}});
    dock->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    dock->refreshNow();
    QString text = dock->moneyLabel()->text();
    EXPECT_TRUE(text.contains(QString::fromUtf8("Profit \u2212€38,500 per year")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromUtf8("cost €38,500"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1Char('('))) << text.toStdString();
    dock->setLocale(QLocale(QLocale::German, QLocale::Germany));
    dock->refreshNow();
    text = dock->moneyLabel()->text();
    EXPECT_TRUE(text.contains(QString::fromUtf8("Profit \u221238.500\u00a0€ per year")))
        << text.toStdString();
}

} // namespace

} // namespace tandem::test
