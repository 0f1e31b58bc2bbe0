// The snapshot compare panel's money section (issue 15, item 5): totals and
// each value proposition's margin from the as-is snapshot to the current
// canvases, in the user's locale with the session's currency, following
// edits; absent for sessions without amounts. Figures worked out by hand in
// tests/core/test_moneydiff.cpp.

#include "document.h"
#include "sessionreader.h"
#include "snapshotcomparepanel.h"
#include "snapshotdock.h"
#include "snapshotmoneyview.h"
#include "uitesthelpers.h"
#include "workshopfeature.h"

#include <QHeaderView>

namespace tandem::test {

namespace {

Session loadMoney(const char* name) {
    return testDataSession(QStringLiteral("money/") + QString::fromUtf8(name));
}

// The to-be canvases with the as-is ones as a snapshot.
Session asIsToBe() {
    Session session = loadMoney("tobe.tandem.yaml");
    Snapshot asIs;
    asIs.name = QStringLiteral("as-is");
    asIs.taken = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    asIs.state = loadMoney("asis.tandem.yaml").state;
    session.snapshots.push_back(asIs);
    return session;
}

class SnapshotMoneyTest : public WindowTest {
protected:
    void open(const Session& session, const QLocale& locale) {
        doc()->resetSession(session);
        dock()->show();
        dock()->raise();
        money()->setLocale(locale);
        QCoreApplication::processEvents();
        compare()->setSides(QStringLiteral("as-is"), QString());
    }
    SnapshotDock* dock() const { return window->feature<WorkshopFeature>()->snapshotDock(); }
    SnapshotComparePanel* compare() const { return dock()->compare(); }
    SnapshotMoneyView* money() const { return compare()->moneyView(); }
    QStringList row(const QString& name) const {
        QTreeWidgetItem* item = money()->rowNamed(name);
        if (!item)
            return {QStringLiteral("no row %1").arg(name)};
        return {item->text(SnapshotMoneyView::FromColumn), item->text(SnapshotMoneyView::ToColumn),
                item->text(SnapshotMoneyView::ChangeColumn)};
    }
};

TEST_F(SnapshotMoneyTest, TotalsAndMarginsFromAsIsToNow) {
    open(asIsToBe(), QLocale(QLocale::English, QLocale::UnitedStates));
    ASSERT_TRUE(money()->isVisible());
    QTreeWidgetItem* header = money()->headerItem();
    EXPECT_EQ(header->text(SnapshotMoneyView::FigureColumn), QStringLiteral("Money per year"));
    EXPECT_EQ(header->text(SnapshotMoneyView::FromColumn), QStringLiteral("as-is"));
    EXPECT_EQ(header->text(SnapshotMoneyView::ToColumn), QStringLiteral("Current"));
    // Cents in one figure: every figure shows them.
    EXPECT_EQ(row(QStringLiteral("Revenue")),
              (QStringList{"€112,000.50", "€177,000.00", "+€64,999.50"}));
    EXPECT_EQ(row(QStringLiteral("Cost")),
              (QStringList{"€73,000.00", "€108,000.00", "+€35,000.00"}));
    EXPECT_EQ(row(QStringLiteral("Profit")),
              (QStringList{"€39,000.50", "€69,000.00", "+€29,999.50"}));
    EXPECT_EQ(row(QStringLiteral("Unallocated cost")),
              (QStringList{"€5,000.00", "€3,000.00", "-€2,000.00"}));
    EXPECT_EQ(row(QStringLiteral("Beans roasted to order")),
              (QStringList{"€15,000.00", "€52,500.00", "+€37,500.00"}));
    EXPECT_EQ(row(QStringLiteral("Brewing app")),
              (QStringList{"none", "-€25,000.00", "-€25,000.00"}));
    EXPECT_EQ(row(QStringLiteral("Farmers' market bundle")),
              (QStringList{"€4,000.50", "none", "-€4,000.50"}));

    // Less cost and more profit are better; a falling margin is worse.
    const auto changeColour = [&](const QString& name) {
        return money()->rowNamed(name)->foreground(SnapshotMoneyView::ChangeColumn).color();
    };
    EXPECT_EQ(changeColour(QStringLiteral("Unallocated cost")),
              changeColour(QStringLiteral("Profit")));
    EXPECT_NE(changeColour(QStringLiteral("Brewing app")), changeColour(QStringLiteral("Profit")));
    EXPECT_EQ(changeColour(QStringLiteral("Cost")), changeColour(QStringLiteral("Brewing app")));
}

TEST_F(SnapshotMoneyTest, GermanLocaleAndTheSessionsCurrency) {
    Session session = asIsToBe();
    session.info.currency = QStringLiteral("CHF");
    session.info.period = QStringLiteral("month");
    open(session, QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(money()->headerItem()->text(SnapshotMoneyView::FigureColumn),
              QStringLiteral("Money per month"));
    EXPECT_EQ(row(QStringLiteral("Profit")),
              (QStringList{"39.000,50\u00a0CHF", "69.000,00\u00a0CHF", "+29.999,50\u00a0CHF"}));
}

TEST_F(SnapshotMoneyTest, FollowsAnAmountEditAndItsUndo) {
    open(asIsToBe(), QLocale(QLocale::English, QLocale::UnitedStates));
    // App development 40000 -> 10000: the app's cost to serve 45000 -> 15000,
    // its margin -25000 -> +5000; profit 69000 -> 99000.
    doc()->setElementAmount(QStringLiteral("co-dev"), Figure{10000, {}});
    compare()->refresh();
    EXPECT_EQ(row(QStringLiteral("Brewing app")), (QStringList{"none", "€5,000.00", "+€5,000.00"}));
    EXPECT_EQ(row(QStringLiteral("Profit")),
              (QStringList{"€39,000.50", "€99,000.00", "+€59,999.50"}));
    doc()->undoStack()->undo();
    compare()->refresh();
    EXPECT_EQ(row(QStringLiteral("Profit"))[1], QStringLiteral("€69,000.00"));
}

// The snapshot's figures are kept between edits; retaking it brings new ones.
TEST_F(SnapshotMoneyTest, RetakingTheSnapshotComparesWithTheNewOne) {
    open(asIsToBe(), QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(row(QStringLiteral("Profit"))[0], QStringLiteral("€39,000.50"));
    dock()->takeSnapshot(QStringLiteral("as-is"));
    compare()->setSides(QStringLiteral("as-is"), QString());
    EXPECT_EQ(row(QStringLiteral("Profit")), (QStringList{"€69,000", "€69,000", "\u2013"}));
}

TEST_F(SnapshotMoneyTest, UnchangedFiguresShowADash) {
    Session session = loadMoney("asis.tandem.yaml");
    Snapshot same;
    same.name = QStringLiteral("as-is");
    same.state = session.state;
    session.snapshots.push_back(same);
    open(session, QLocale(QLocale::English, QLocale::UnitedStates));
    ASSERT_TRUE(money()->isVisible());
    EXPECT_EQ(row(QStringLiteral("Profit")), (QStringList{"€39,000.50", "€39,000.50", "\u2013"}));
    EXPECT_EQ(money()->rowNamed(QStringLiteral("Profit"))->toolTip(SnapshotMoneyView::ChangeColumn),
              QStringLiteral("unchanged"));
}

TEST_F(SnapshotMoneyTest, WholeAmountsShowNoCents) {
    Session session = asIsToBe();
    for (Snapshot& snapshot : session.snapshots) {
        for (Element& element : snapshot.state.elements(Block::RevenueStreams)) {
            if (element.id == QLatin1String("rs-market"))
                element.amount = Figure{12000, {}};
        }
    }
    open(session, QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(row(QStringLiteral("Profit")), (QStringList{"€39,000", "€69,000", "+€30,000"}));
}

TEST_F(SnapshotMoneyTest, SessionsWithoutAmountsShowNoMoney) {
    window->document()->resetSession(exampleSession());
    Session session = asIsToBe();
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (Element& element : session.state.elements(block))
            element.amount.reset();
        for (Element& element : session.snapshots[0].state.elements(block))
            element.amount.reset();
    }
    open(session, QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_FALSE(compare()->diff().isEmpty());
    EXPECT_FALSE(money()->isVisible());
    EXPECT_EQ(money()->topLevelItemCount(), 0);
}

} // namespace

} // namespace tandem::test
