#pragma once

#include "money.h"

#include <QColor>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace tandem {

// The colours of the money figures in the report: Okabe-Ito blue, orange,
// bluish green and vermilion, told apart with every common colour
// blindness, and the sign of a margin is also its side of the zero line.
struct MoneyColors {
    static QColor revenue() { return QColor(0x00, 0x72, 0xb2); }
    static QColor cost() { return QColor(0xe6, 0x9f, 0x00); }
    static QColor gain() { return QColor(0x00, 0x9e, 0x73); }
    static QColor loss() { return QColor(0xd5, 0x5e, 0x00); }
    // Darker, for figures written in those colours on white.
    static QColor gainText() { return QColor(0x00, 0x7a, 0x5e); }
    static QColor lossText() { return QColor(0xc2, 0x3b, 0x00); }
};

// The report's chart of revenue, cost to serve and margin per value
// proposition: grouped horizontal bars, one group per row, on one scale
// for all rows with its zero line, gridlines and tick values, each bar
// labelled with its amount (in whole units once amounts reach a thousand).
// Drawn as vector shapes and text with the
// painter it is given, row by row, so it continues over pages with its
// head (title, legend, scale) repeated.
class ReportMoneyChart {
public:
    struct Row {
        QString label;
        qint64 revenue = 0; // cents
        qint64 cost = 0;
        qint64 margin() const { return revenue - cost; }
    };

    ReportMoneyChart(std::vector<Row> rows, QString currency, QLocale locale);

    // Works out the scale for rows of this width. Call before painting.
    void layout(qreal width);
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    qreal headHeight() const;
    qreal rowHeight() const;
    // The title, the legend and the scale's values above the plot.
    void paintHead(QPainter* painter, const QRectF& area, bool continued) const;
    void paintRow(QPainter* painter, const QRectF& area, int row) const;

    // The scale's ticks in cents, lowest first (for tests).
    const std::vector<qint64>& ticks() const { return m_ticks; }

private:
    // Across the row, from its left edge.
    qreal xOf(qint64 cents) const;
    QString amount(qint64 cents) const;
    QString tickText(qint64 cents) const;
    void paintBar(QPainter* painter, const QPointF& origin, qreal top, qint64 cents,
                  const QColor& color, const QColor& textColor) const;

    std::vector<Row> m_rows;
    QString m_currency;
    QLocale m_locale;
    int m_decimals = 0;
    bool m_anyLoss = false;
    qreal m_labelWidth = 0;
    qreal m_plotLeft = 0;  // relative to the row's left
    qreal m_plotRight = 0; // relative to the row's left
    qint64 m_low = 0;      // the scale's ends, in cents
    qint64 m_high = 1;
    std::vector<qint64> m_ticks;
};

} // namespace tandem
