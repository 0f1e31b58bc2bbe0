// The tables of the report's money pages: figures per value proposition
// (adding up to the totals) and where unallocated amounts stopped.

#include "reportmoney.h"
#include "reportstyle.h"
#include "textdrawing.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace tandem {

namespace {

// The context lupdate files ReportMoney's strings under.
QString tr(const char* text) {
    return QCoreApplication::translate("tandem::ReportMoney", text);
}

qreal drawTitle(QPainter* painter, const QRectF& area, const QString& title) {
    painter->setFont(ReportStyle::subheadingFont());
    painter->setPen(ReportStyle::ink());
    const QFontMetricsF metrics(painter->font());
    paintText(painter, QPointF(area.left(), area.top() + metrics.ascent()), title);
    return area.top() + 20;
}

void drawRule(QPainter* painter, const QRectF& area, qreal y, qreal width, const QColor& color) {
    painter->setPen(QPen(color, width));
    painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
}

} // namespace

void ReportMoney::paintNumbers(QPainter* painter, const QRectF& area,
                               const std::vector<QString>& cells, const std::vector<QColor>& colors,
                               qreal baseline) const {
    const QFontMetricsF metrics(painter->font());
    qreal right = area.left() + labelColumnWidth();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        right += i < m_numberColumns.size() ? m_numberColumns[i] : PercentWidth;
        painter->setPen(i < colors.size() ? colors[i] : ReportStyle::ink());
        paintText(painter, QPointF(right - metrics.horizontalAdvance(cells[i]), baseline),
                  cells[i]);
    }
}

void ReportMoney::paintTableHead(QPainter* painter, const QRectF& page, bool continued) const {
    const QRectF area(page.topLeft(), QSizeF(tableWidth(), page.height()));
    const qreal top = drawTitle(painter, area,
                                continued ? tr("Figures per value proposition (continued)")
                                          : tr("Figures per value proposition"));
    painter->setFont(ReportStyle::tableHeaderFont());
    const qreal baseline = top + ColumnHeadHeight - 7;
    painter->setPen(ReportStyle::subtleInk());
    paintText(painter, QPointF(area.left(), baseline), tr("VALUE PROPOSITION"));
    paintNumbers(painter, area, {tr("REVENUE"), tr("COST TO SERVE"), tr("MARGIN"), tr("MARGIN %")},
                 std::vector<QColor>(4, ReportStyle::subtleInk()), baseline);
    drawRule(painter, area, top + ColumnHeadHeight - 1, 0.8, ReportStyle::ink());
}

void ReportMoney::paintTableRow(QPainter* painter, const QRectF& page, int row) const {
    const QRectF area(page.topLeft(), QSizeF(tableWidth(), page.height()));
    const money::PromiseFigures& promise =
        m_report.valuePropositions[static_cast<std::size_t>(row)];
    painter->setPen(ReportStyle::ink());
    drawWrapped(painter, m_promiseLabels[static_cast<std::size_t>(row)], ReportStyle::tableFont(),
                QPointF(area.left(), area.top() + RowPadding), labelColumnWidth() - 10);
    painter->setFont(ReportStyle::tableFont());
    const qreal baseline = area.top() + RowPadding + QFontMetricsF(painter->font()).ascent();
    const bool loss = promise.margin() < 0;
    const QColor margin = loss ? MoneyColors::lossText() : ReportStyle::ink();
    paintNumbers(painter, area,
                 {amount(promise.revenue), amount(promise.cost), amount(promise.margin()),
                  share(promise.margin(), promise.revenue)},
                 {ReportStyle::ink(), ReportStyle::ink(), margin, margin}, baseline);
    drawRule(painter, area, area.bottom(), 0.5, ReportStyle::rule());
}

// 0: what reaches value propositions (the rows above add up to it),
// 1: what reaches none, 2: the totals.
void ReportMoney::paintTableSum(QPainter* painter, const QRectF& page, int row) const {
    const QRectF area(page.topLeft(), QSizeF(tableWidth(), page.height()));
    qint64 revenue = m_report.revenue;
    qint64 cost = m_report.cost;
    QString label = tr("Total");
    if (row == 0) {
        revenue -= m_report.unallocatedRevenue;
        cost -= m_report.unallocatedCost;
        label = tr("Reaching value propositions");
    } else if (row == 1) {
        revenue = m_report.unallocatedRevenue;
        cost = m_report.unallocatedCost;
        label = tr("Reaching no value proposition");
    }
    const bool total = row == 2;
    if (total) {
        painter->fillRect(area.adjusted(0, 2, 0, 0), ReportStyle::band());
        drawRule(painter, area, area.top() + 1, 0.8, ReportStyle::ink());
    }
    const qint64 margin = revenue - cost;
    painter->setFont(total ? ReportStyle::font(9, QFont::Bold) : ReportStyle::tableFont());
    const QFontMetricsF metrics(painter->font());
    const qreal baseline = area.bottom() - (SumHeight - metrics.capHeight()) / 2;
    painter->setPen(total ? ReportStyle::ink() : ReportStyle::subtleInk());
    paintText(painter, QPointF(area.left() + (total ? 4 : 0), baseline),
              metrics.elidedText(label, Qt::ElideRight, labelColumnWidth() - 10));
    const QColor marginColor = margin < 0 ? MoneyColors::lossText()
                               : total    ? MoneyColors::gainText()
                                          : ReportStyle::subtleInk();
    const QColor plain = total ? ReportStyle::ink() : ReportStyle::subtleInk();
    // A margin share of what reaches no promise would mean nothing.
    paintNumbers(painter, area,
                 {amount(revenue), amount(cost), amount(margin),
                  row == 1 ? QString() : share(margin, revenue)},
                 {plain, plain, marginColor, marginColor}, baseline);
    if (!total)
        drawRule(painter, area, area.bottom(), 0.5, ReportStyle::rule());
}

void ReportMoney::paintStopsHead(QPainter* painter, const QRectF& page, bool continued) const {
    const QRectF area(page.topLeft(), QSizeF(tableWidth(), page.height()));
    qreal top = drawTitle(painter, area,
                          continued ? tr("Where unallocated amounts stopped (continued)")
                                    : tr("Where unallocated amounts stopped"));
    painter->setFont(ReportStyle::bodyFont());
    painter->setPen(ReportStyle::subtleInk());
    const QFontMetricsF body(painter->font());
    paintText(painter, QPointF(area.left(), top + body.ascent() - 2),
              body.elidedText(tr("Amounts that reach no value proposition, at the element "
                                 "where they stopped."),
                              Qt::ElideRight, area.width()));
    top += ExplanationHeight;
    painter->setFont(ReportStyle::tableHeaderFont());
    const QFontMetricsF head(painter->font());
    const qreal baseline = top + ColumnHeadHeight - 7;
    const StopColumns columns = stopColumns();
    paintText(painter, QPointF(area.left(), baseline), tr("STOPPED AT"));
    paintText(painter, QPointF(area.left() + columns.whyLeft, baseline), tr("WHERE, AND WHY"));
    qreal right = area.right() - m_numberColumns[1];
    for (const QString& text : {tr("REVENUE"), tr("COST")}) {
        paintText(painter, QPointF(right - head.horizontalAdvance(text), baseline), text);
        right += m_numberColumns[1];
    }
    drawRule(painter, area, top + ColumnHeadHeight - 1, 0.8, ReportStyle::ink());
}

void ReportMoney::paintStopRow(QPainter* painter, const QRectF& page, int row) const {
    const QRectF area(page.topLeft(), QSizeF(tableWidth(), page.height()));
    const money::Stop& stop = m_report.unallocated[static_cast<std::size_t>(row)];
    const Named& named = m_stops[static_cast<std::size_t>(row)];
    const StopColumns columns = stopColumns();
    const qreal top = area.top() + RowPadding;
    painter->setPen(ReportStyle::ink());
    drawWrapped(painter, named.text, ReportStyle::tableFont(), QPointF(area.left(), top),
                columns.text);
    painter->setPen(ReportStyle::subtleInk());
    drawWrapped(painter, named.where, ReportStyle::labelFont(),
                QPointF(area.left() + columns.whyLeft, top), columns.why);
    painter->setPen(ReportStyle::ink());
    drawWrapped(painter, named.why, ReportStyle::tableFont(),
                QPointF(area.left() + columns.whyLeft,
                        top + wrappedHeight(named.where, ReportStyle::labelFont(), columns.why)),
                columns.why);
    painter->setFont(ReportStyle::tableFont());
    const QFontMetricsF metrics(painter->font());
    const qreal baseline = top + metrics.ascent();
    qreal right = area.right() - m_numberColumns[1];
    for (const qint64 cents : {stop.revenue, stop.cost}) {
        const QString text = cents == 0 ? QStringLiteral("\u2013") : amount(cents);
        painter->setPen(cents == 0 ? ReportStyle::faintInk() : ReportStyle::ink());
        paintText(painter, QPointF(right - metrics.horizontalAdvance(text), baseline), text);
        right += m_numberColumns[1];
    }
    drawRule(painter, area, area.bottom(), 0.5, ReportStyle::rule());
}

} // namespace tandem
