// The traceability matrix dock: rows, columns, cell clicks with undo,
// filtering, sorting and the CSV copy.

#include "linkfeature.h"
#include "linkmatrixmodel.h"
#include "matrixdock.h"
#include "uitesthelpers.h"

#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>

namespace tandem::test {

namespace {

class MatrixTest : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        LinkFeature* feature = window->feature<LinkFeature>();
        ASSERT_NE(feature, nullptr);
        dock = feature->matrix();
        dock->show();
        dock->resize(1200, 500);
        QCoreApplication::processEvents();
    }

    int rowOf(const QString& id) const {
        for (int row = 0; row < dock->model()->rowCount(); ++row) {
            if (dock->model()->rowId(row) == id)
                return row;
        }
        return -1;
    }
    int columnOf(const QString& id) const {
        for (int column = 0; column < dock->model()->columnCount(); ++column) {
            if (dock->model()->columnId(column) == id)
                return column;
        }
        return -1;
    }
    // Clicks a cell of the table as shown.
    void clickCell(const QString& rowId, const QString& columnId) {
        const QModelIndex source = dock->model()->index(rowOf(rowId), columnOf(columnId));
        const QModelIndex shown = dock->proxy()->mapFromSource(source);
        ASSERT_TRUE(shown.isValid());
        QTableView* table = dock->table();
        table->scrollTo(shown);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                          table->visualRect(shown).center());
    }
    bool linkedCell(const QString& rowId, const QString& columnId) const {
        return dock->model()->isLinked(rowOf(rowId), columnOf(columnId));
    }

    MatrixDock* dock = nullptr;
};

const QString Refill = QStringLiteral("vp-refill");
const QString Pack = QStringLiteral("st-pack");

TEST_F(MatrixTest, OutwardElementsAgainstStages) {
    const CanvasState& state = doc()->state();
    int outward = 0;
    for (Block block : allBlocks()) {
        if (isOutward(block))
            outward += static_cast<int>(state.elements(block).size());
    }
    EXPECT_EQ(dock->model()->rowCount(), outward);
    int stages = 0;
    for (const ValueChain& chain : state.chains)
        stages += static_cast<int>(chain.stages.size());
    EXPECT_EQ(dock->model()->columnCount(), LinkMatrixModel::FirstTargetColumn + stages);
    // Either direction counts: st-roast -> vp-fresh is stored vp-fresh -> st-roast.
    EXPECT_TRUE(linkedCell(QStringLiteral("vp-fresh"), QStringLiteral("st-roast")));
    EXPECT_FALSE(linkedCell(Refill, Pack));
}

TEST_F(MatrixTest, ClickingACellAddsAndRemovesTheLinkWithUndo) {
    QUndoStack* stack = doc()->undoStack();
    const int steps = stack->count();
    clickCell(Refill, Pack);
    Link link;
    link.from = Refill;
    link.to = Pack;
    EXPECT_GE(doc()->linkIndex(link), 0);
    EXPECT_EQ(stack->count(), steps + 1);
    EXPECT_TRUE(linkedCell(Refill, Pack));
    clickCell(Refill, Pack);
    EXPECT_LT(doc()->linkIndex(link), 0);
    EXPECT_EQ(stack->count(), steps + 2);
    stack->undo();
    QCoreApplication::processEvents();
    EXPECT_TRUE(linkedCell(Refill, Pack));
    stack->undo();
    QCoreApplication::processEvents();
    EXPECT_FALSE(linkedCell(Refill, Pack));
}

TEST_F(MatrixTest, FollowsTheDocument) {
    doc()->addLink(Link{Refill, Pack, LinkKind::Delivers, {}, {}});
    QCoreApplication::processEvents();
    EXPECT_TRUE(linkedCell(Refill, Pack));
    doc()->removeElements({Refill});
    QCoreApplication::processEvents();
    EXPECT_EQ(rowOf(Refill), -1);
}

TEST_F(MatrixTest, FiltersAndSortsRows) {
    dock->filterEdit()->setText(QStringLiteral("refill"));
    EXPECT_EQ(dock->proxy()->rowCount(), 1);
    // The block's name matches too.
    dock->filterEdit()->setText(QStringLiteral("channels"));
    EXPECT_EQ(dock->proxy()->rowCount(),
              static_cast<int>(doc()->state().elements(Block::Channels).size()));
    dock->filterEdit()->clear();
    // Sorting by a stage puts the rows linked to it first.
    const int roast = columnOf(QStringLiteral("st-roast"));
    dock->table()->sortByColumn(roast, Qt::DescendingOrder);
    EXPECT_EQ(dock->proxy()->index(0, 0).data(LinkMatrixModel::ElementIdRole).toString(),
              QStringLiteral("vp-fresh"));
}

TEST_F(MatrixTest, CopiesTheShownTableAsCsv) {
    dock->filterEdit()->setText(QStringLiteral("subscriptions"));
    const QString csv = dock->csv();
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Element,Block,Take subscription order,")));
    // A text with a comma is quoted; the linked cell names the kind.
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral(
        "\"Subscriptions, \u20ac18 to \u20ac32 a month\",Revenue Streams,supports,")))
        << lines[1].toStdString();

    dock->table()->setFocus();
    QTest::keyClick(dock->table(), Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text(), csv);
    dock->copyButton()->click();
    EXPECT_EQ(QApplication::clipboard()->mimeData()->data(QStringLiteral("text/csv")),
              csv.toUtf8());
}

TEST_F(MatrixTest, ColumnsCanBeAnotherInwardBlock) {
    QComboBox* chooser = dock->columnChooser();
    const int organisation = chooser->findData(static_cast<int>(Block::Organisation));
    ASSERT_GE(organisation, 0);
    chooser->setCurrentIndex(organisation);
    Q_EMIT chooser->activated(organisation);
    EXPECT_EQ(dock->model()->columnBlock(), Block::Organisation);
    EXPECT_EQ(dock->model()->columnCount(),
              LinkMatrixModel::FirstTargetColumn +
                  static_cast<int>(doc()->state().elements(Block::Organisation).size()));
}

TEST_F(MatrixTest, ClickingAnElementSelectsItOnTheCanvas) {
    const QModelIndex name = dock->proxy()->mapFromSource(
        dock->model()->index(rowOf(QStringLiteral("ch-market")), LinkMatrixModel::TextColumn));
    dock->activate(name);
    EXPECT_EQ(scene()->selectedIds(), QStringList{QStringLiteral("ch-market")});
}

} // namespace

} // namespace tandem::test
