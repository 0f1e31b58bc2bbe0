#include "reportmoneychart.h"

#include "moneylocale.h"
#include "reportstyle.h"
#include "textdrawing.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tandem {

namespace {

constexpr qreal TitleHeight = 20;
constexpr qreal LegendHeight = 18;
constexpr qreal TickHeight = 16;
constexpr qreal Gutter = 10;
constexpr qreal RowPadding = 5;
constexpr qreal BarHeight = 6.5;
constexpr qreal BarGap = 1.5;
constexpr qreal LabelGap = 3;

// The context lupdate files this class's strings under.
QString tr(const char* text) {
    return QCoreApplication::translate("tandem::ReportMoneyChart", text);
}

// The step of a scale with about `count` steps over `span` cents: 1, 2 or
// 5 times a power of ten, a whole number of cents.
qint64 niceStep(qint64 span, int count) {
    const double rough = std::max(1.0, static_cast<double>(span) / std::max(count, 1));
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * power;
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= rough) {
            step = factor * power;
            break;
        }
    }
    return std::max<qint64>(1, static_cast<qint64>(std::llround(step)));
}

qint64 floorTo(qint64 value, qint64 step) {
    const qint64 quotient = value / step;
    return (value % step != 0 && value < 0 ? quotient - 1 : quotient) * step;
}

qint64 ceilTo(qint64 value, qint64 step) {
    const qint64 quotient = value / step;
    return (value % step != 0 && value > 0 ? quotient + 1 : quotient) * step;
}

} // namespace

ReportMoneyChart::ReportMoneyChart(std::vector<Row> rows, QString currency, QLocale locale)
    : m_rows(std::move(rows))
    , m_currency(std::move(currency))
    , m_locale(std::move(locale)) {
    std::vector<qint64> figures;
    for (const Row& row : m_rows) {
        figures.insert(figures.end(), {row.revenue, row.cost});
        m_anyLoss |= row.margin() < 0;
    }
    m_decimals = money::decimalsFor(figures);
    // Bars are read by their length: from a thousand on, whole units say
    // enough, and the table below gives the cents.
    for (const qint64 figure : figures) {
        if (std::llabs(figure) >= 100000)
            m_decimals = 0;
    }
}

QString ReportMoneyChart::amount(qint64 cents) const {
    return money::localCents(cents, m_currency, m_locale, m_decimals);
}

QString ReportMoneyChart::tickText(qint64 cents) const {
    return money::localCents(cents, m_currency, m_locale, cents % 100 == 0 ? 0 : 2);
}

void ReportMoneyChart::layout(qreal width) {
    const QFontMetricsF values(ReportStyle::smallFont());
    qint64 low = 0;
    qint64 high = 0;
    qreal rightReserve = 0;
    qreal leftReserve = 0;
    for (const Row& row : m_rows) {
        low = std::min(low, row.margin());
        high = std::max({high, row.revenue, row.cost, row.margin()});
        for (const qint64 figure : {row.revenue, row.cost, row.margin()}) {
            const qreal text = values.horizontalAdvance(amount(figure)) + LabelGap + 2;
            (figure < 0 ? leftReserve : rightReserve) =
                std::max(figure < 0 ? leftReserve : rightReserve, text);
        }
    }
    if (high == low)
        high = low + 100;
    m_labelWidth = std::clamp(width * 0.3, 90.0, 210.0);
    const qreal plotWidth =
        std::max<qreal>(60, width - m_labelWidth - Gutter - leftReserve - rightReserve);
    // As many ticks as their values have room for, two to eight.
    const qreal tickWidth = std::max(values.horizontalAdvance(tickText(high)),
                                     values.horizontalAdvance(tickText(low))) +
                            20;
    const int count = std::clamp(static_cast<int>(plotWidth / tickWidth), 2, 8);
    const qint64 step = niceStep(high - low, count);
    m_low = floorTo(low, step);
    m_high = ceilTo(high, step);
    m_ticks.clear();
    for (qint64 tick = m_low; tick <= m_high; tick += step)
        m_ticks.push_back(tick);
    m_plotLeft = m_labelWidth + Gutter + leftReserve;
    m_plotRight = m_plotLeft + plotWidth;
}

qreal ReportMoneyChart::xOf(qint64 cents) const {
    const double share = static_cast<double>(cents - m_low) / static_cast<double>(m_high - m_low);
    return m_plotLeft + share * (m_plotRight - m_plotLeft);
}

qreal ReportMoneyChart::headHeight() const {
    return TitleHeight + LegendHeight + TickHeight;
}

qreal ReportMoneyChart::rowHeight() const {
    return 2 * RowPadding + 3 * BarHeight + 2 * BarGap;
}

void ReportMoneyChart::paintHead(QPainter* painter, const QRectF& area, bool continued) const {
    painter->save();
    painter->setFont(ReportStyle::subheadingFont());
    painter->setPen(ReportStyle::ink());
    const QFontMetricsF title(painter->font());
    paintText(painter, QPointF(area.left(), area.top() + title.ascent()),
              continued ? tr("Revenue, cost to serve and margin per value proposition "
                             "(continued)")
                        : tr("Revenue, cost to serve and margin per value proposition"));

    // The legend: a swatch and a name for each bar.
    std::vector<std::pair<QColor, QString>> legend{{MoneyColors::revenue(), tr("Revenue")},
                                                   {MoneyColors::cost(), tr("Cost to serve")},
                                                   {MoneyColors::gain(), tr("Margin")}};
    if (m_anyLoss)
        legend.emplace_back(MoneyColors::loss(), tr("Negative margin"));
    painter->setFont(ReportStyle::labelFont());
    const QFontMetricsF label(painter->font());
    qreal x = area.left();
    const qreal legendTop = area.top() + TitleHeight;
    for (const auto& [color, name] : legend) {
        painter->fillRect(QRectF(x, legendTop + 2, 9, 9), color);
        painter->setPen(ReportStyle::subtleInk());
        paintText(painter, QPointF(x + 13, legendTop + 2 + label.ascent() - 1), name);
        x += 13 + label.horizontalAdvance(name) + 18;
    }

    // The scale's values, centred over their gridlines.
    painter->setFont(ReportStyle::smallFont());
    const QFontMetricsF small(painter->font());
    const qreal baseline = area.top() + TitleHeight + LegendHeight + small.ascent();
    for (const qint64 tick : m_ticks) {
        const QString text = tickText(tick);
        const qreal centre = area.left() + xOf(tick);
        painter->setPen(tick == 0 ? ReportStyle::ink() : ReportStyle::subtleInk());
        paintText(painter, QPointF(centre - small.horizontalAdvance(text) / 2, baseline), text);
    }
    painter->restore();
}

void ReportMoneyChart::paintBar(QPainter* painter, const QPointF& origin, qreal top, qint64 cents,
                                const QColor& color, const QColor& textColor) const {
    const qreal zero = origin.x() + xOf(0);
    const qreal end = origin.x() + xOf(cents);
    painter->fillRect(
        QRectF(QPointF(std::min(zero, end), top), QPointF(std::max(zero, end), top + BarHeight)),
        color);
    const QString text = amount(cents);
    const QFontMetricsF metrics(painter->font());
    const qreal width = metrics.horizontalAdvance(text);
    const qreal x = cents < 0 ? end - LabelGap - width : end + LabelGap;
    painter->setPen(textColor);
    paintText(painter, QPointF(x, top + (BarHeight + metrics.capHeight()) / 2), text);
}

void ReportMoneyChart::paintRow(QPainter* painter, const QRectF& area, int index) const {
    if (index < 0 || index >= rowCount())
        return;
    const Row& row = m_rows[static_cast<std::size_t>(index)];
    painter->save();
    // Gridlines first, then the zero line over them, then the bars.
    painter->setPen(QPen(ReportStyle::bandStrong(), 0.5));
    for (const qint64 tick : m_ticks) {
        if (tick != 0) {
            const qreal x = area.left() + xOf(tick);
            painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        }
    }
    painter->setPen(QPen(ReportStyle::ink(), 0.9));
    const qreal zero = area.left() + xOf(0);
    painter->drawLine(QPointF(zero, area.top()), QPointF(zero, area.bottom()));

    painter->setFont(ReportStyle::tableFont());
    painter->setPen(ReportStyle::ink());
    const QFontMetricsF labelMetrics(painter->font());
    const QString label = labelMetrics.elidedText(row.label, Qt::ElideRight, m_labelWidth);
    paintText(painter, QPointF(area.left(), area.center().y() + labelMetrics.capHeight() / 2),
              label);

    painter->setFont(ReportStyle::smallFont());
    const QPointF origin = area.topLeft();
    qreal top = area.top() + RowPadding;
    paintBar(painter, origin, top, row.revenue, MoneyColors::revenue(), ReportStyle::subtleInk());
    top += BarHeight + BarGap;
    paintBar(painter, origin, top, row.cost, MoneyColors::cost(), ReportStyle::subtleInk());
    top += BarHeight + BarGap;
    const bool loss = row.margin() < 0;
    QFont bold = ReportStyle::font(7, QFont::DemiBold);
    painter->setFont(bold);
    paintBar(painter, origin, top, row.margin(), loss ? MoneyColors::loss() : MoneyColors::gain(),
             loss ? MoneyColors::lossText() : MoneyColors::gainText());
    painter->restore();
}

} // namespace tandem
