#include "snapshotmoneyview.h"

#include "moneylocale.h"
#include "oneline.h"

#include <QEvent>
#include <QHeaderView>

namespace tandem {

namespace {

// Okabe-Ito bluish green and vermilion, darker on a light list and lighter
// on a dark one, so that both read as text.
QColor betterColor(const QPalette& palette) {
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0x5c, 0xd6, 0xb0)
                                                           : QColor(0x00, 0x7a, 0x5e);
}

QColor worseColor(const QPalette& palette) {
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8f, 0x66)
                                                           : QColor(0xc2, 0x3b, 0x00);
}

} // namespace

SnapshotMoneyView::SnapshotMoneyView(QWidget* parent)
    : QTreeWidget(parent) {
    setAccessibleName(tr("Money compared"));
    setColumnCount(4);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    setIndentation(12);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(FigureColumn, QHeaderView::Stretch);
    for (int column : {FromColumn, ToColumn, ChangeColumn})
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    hide();
}

QTreeWidgetItem* SnapshotMoneyView::addRow(QTreeWidgetItem* parent, const QString& name,
                                           qint64 from, qint64 to, bool hasFrom, bool hasTo,
                                           bool moreIsBetter) {
    const QLocale here = locale();
    const auto amount = [&](qint64 cents, bool has) {
        return has ? money::localCents(cents, m_currency, here, m_decimals) : tr("none");
    };
    const qint64 change = (hasTo ? to : 0) - (hasFrom ? from : 0);
    const bool same = hasFrom == hasTo && from == to;
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(FigureColumn, oneLine(name, 60));
    item->setToolTip(FigureColumn, name);
    item->setText(FromColumn, amount(from, hasFrom));
    item->setText(ToColumn, amount(to, hasTo));
    item->setText(ChangeColumn, same ? QStringLiteral("\u2013")
                                     : money::localChange(change, m_currency, here, m_decimals));
    item->setToolTip(ChangeColumn, same ? tr("unchanged") : item->text(ChangeColumn));
    for (int column : {FromColumn, ToColumn, ChangeColumn})
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    if (same) {
        item->setForeground(ChangeColumn, palette().color(QPalette::PlaceholderText));
    } else if (change != 0) {
        const bool better = (change > 0) == moreIsBetter;
        item->setForeground(ChangeColumn, better ? betterColor(palette()) : worseColor(palette()));
    }
    return item;
}

void SnapshotMoneyView::showDiff(const MoneyDiff& diff, const QString& currency,
                                 const QString& period, const QString& fromName,
                                 const QString& toName) {
    clear();
    m_diff = diff;
    m_currency = currency;
    m_period = period;
    m_fromName = fromName;
    m_toName = toName;
    setVisible(diff.present);
    if (!diff.present)
        return;
    std::vector<qint64> figures;
    for (const FigureChange* figure :
         {&diff.revenue, &diff.cost, &diff.unallocatedRevenue, &diff.unallocatedCost}) {
        figures.push_back(figure->before);
        figures.push_back(figure->after);
    }
    for (const PromiseChange& promise : diff.valuePropositions) {
        for (const auto& side : {promise.before, promise.after}) {
            if (side) {
                figures.push_back(side->revenue);
                figures.push_back(side->cost);
            }
        }
    }
    m_decimals = money::decimalsFor(figures);

    const QString periodName = period == QLatin1String("month")     ? tr("Money per month")
                               : period == QLatin1String("quarter") ? tr("Money per quarter")
                                                                    : tr("Money per year");
    setHeaderLabels({periodName, fromName, toName, tr("Change")});
    headerItem()->setTextAlignment(FigureColumn, Qt::AlignLeft | Qt::AlignVCenter);

    addRow(nullptr, tr("Revenue"), diff.revenue.before, diff.revenue.after, true, true, true);
    addRow(nullptr, tr("Cost"), diff.cost.before, diff.cost.after, true, true, false);
    QTreeWidgetItem* profit =
        addRow(nullptr, tr("Profit"), diff.profit.before, diff.profit.after, true, true, true);
    QFont bold = profit->font(FigureColumn);
    bold.setBold(true);
    for (int column = 0; column < columnCount(); ++column)
        profit->setFont(column, bold);
    if (diff.unallocatedRevenue.before != 0 || diff.unallocatedRevenue.after != 0)
        addRow(nullptr, tr("Unallocated revenue"), diff.unallocatedRevenue.before,
               diff.unallocatedRevenue.after, true, true, false)
            ->setToolTip(FigureColumn, tr("Revenue of streams linked to no value proposition"));
    if (diff.unallocatedCost.before != 0 || diff.unallocatedCost.after != 0)
        addRow(nullptr, tr("Unallocated cost"), diff.unallocatedCost.before,
               diff.unallocatedCost.after, true, true, false)
            ->setToolTip(FigureColumn, tr("Cost spent on work that reaches no value proposition"));
    if (diff.valuePropositions.empty())
        return;

    auto* margins = new QTreeWidgetItem(this, {tr("Margin per value proposition")});
    margins->setFirstColumnSpanned(true);
    margins->setFont(FigureColumn, bold);
    margins->setExpanded(true);
    const QLocale here = locale();
    for (const PromiseChange& promise : diff.valuePropositions) {
        const QString name = promise.text.trimmed().isEmpty() ? promise.id : promise.text;
        QTreeWidgetItem* row = addRow(margins, name, promise.before ? promise.before->margin() : 0,
                                      promise.after ? promise.after->margin() : 0,
                                      promise.before.has_value(), promise.after.has_value(), true);
        const auto side = [&](const std::optional<money::PromiseFigures>& at) {
            return at ? tr("revenue %1, cost to serve %2")
                            .arg(money::localCents(at->revenue, currency, here, m_decimals),
                                 money::localCents(at->cost, currency, here, m_decimals))
                      : tr("not on the canvas");
        };
        row->setToolTip(FromColumn, side(promise.before));
        row->setToolTip(ToColumn, side(promise.after));
        row->setToolTip(FigureColumn, tr("%1\n%2: %3\n%4: %5")
                                          .arg(name, fromName, side(promise.before), toName,
                                               side(promise.after)));
    }
    expandAll();
    updateGeometry();
}

void SnapshotMoneyView::changeEvent(QEvent* event) {
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_diff.present) {
        const MoneyDiff diff = m_diff;
        showDiff(diff, m_currency, m_period, m_fromName, m_toName);
    }
}

QTreeWidgetItem* SnapshotMoneyView::rowNamed(const QString& name) const {
    const QList<QTreeWidgetItem*> found =
        findItems(oneLine(name, 60), Qt::MatchExactly | Qt::MatchRecursive, FigureColumn);
    return found.isEmpty() ? nullptr : found.first();
}

QSize SnapshotMoneyView::sizeHint() const {
    // Every row while there are few; a dozen and a scroll bar beyond.
    int rows = 0;
    for (QTreeWidgetItemIterator it(const_cast<SnapshotMoneyView*>(this)); *it; ++it)
        ++rows;
    const int row = rows > 0 ? std::max(rowHeight(indexFromItem(topLevelItem(0))), 1)
                             : fontMetrics().height() + 4;
    const int height =
        header()->sizeHint().height() + std::min(rows, 12) * row + 2 * frameWidth() + 2;
    return {QTreeWidget::sizeHint().width(), height};
}

} // namespace tandem
