#pragma once

#include "money.h"
#include "reportmoneychart.h"

#include <QLocale>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <vector>

class QFont;
class QPainter;

namespace tandem {

// The report's money pages (issue 15), only for a session with amounts: the
// totals (revenue, cost, profit, what reaches no value proposition), the
// chart of revenue, cost to serve and margin per value proposition, a table
// of the same figures that adds up to the totals, and where the amounts
// that reach no value proposition stopped, by the element's text. Amounts
// are in the given locale with the session's currency and period. The
// sections flow over as many pages as they need, a section's head repeated
// where it continues.
class ReportMoney {
public:
    ReportMoney(const CanvasState& state, const SessionInfo& info, QLocale locale = QLocale());

    // Some element has an amount: the report has money pages.
    bool isPresent() const { return m_report.present; }
    const money::MoneyReport& figures() const { return m_report; }

    // Lays the sections out on pages whose body has this size.
    void paginate(const QSizeF& body);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    void paintPage(QPainter* painter, const QRectF& body, int page) const;

private:
    // In points, as the rest of the report.
    static constexpr qreal HeadingHeight = 26;
    static constexpr qreal TileHeight = 70;
    static constexpr qreal TileGap = 10;
    static constexpr qreal TitleHeight = 20;
    static constexpr qreal ColumnHeadHeight = 20;
    static constexpr qreal ExplanationHeight = 16;
    static constexpr qreal RowPadding = 5;
    static constexpr qreal SumHeight = 20;
    static constexpr qreal GapHeight = 22;
    static constexpr qreal ContinuedHeight = 34;
    static constexpr qreal PercentWidth = 58;

    // One horizontal strip of a page: a section's head, one of its rows, or
    // the space between sections.
    enum class Piece {
        Intro,
        ChartHead,
        ChartRow,
        TableHead,
        TableRow,
        TableSum,
        StopsHead,
        StopRow,
        NoStops,
        Gap
    };
    struct Placed {
        Piece piece = Piece::Gap;
        int index = 0; // the row, for rows
        qreal height = 0;
        bool continued = false; // a head repeated on a later page
    };
    // What an element is called and where it sits, for the stops table.
    struct Named {
        QString text;
        QString where;
        QString why;
    };

    // A figure of the intro, on a tile of its own.
    struct Tile {
        QString label;
        QString value;
        QString caption;
        QColor accent;
        QColor valueColor;
    };

    qreal heightOf(Piece piece, int index) const;
    void paintPiece(QPainter* painter, const QRectF& area, const Placed& placed) const;
    void paintIntro(QPainter* painter, const QRectF& area) const;
    QString introText() const;
    std::vector<Tile> tiles() const;
    int tileColumns() const;
    qreal introHeight() const;
    void paintTile(QPainter* painter, const QRectF& area, const Tile& tile) const;
    void paintTableHead(QPainter* painter, const QRectF& area, bool continued) const;
    void paintTableRow(QPainter* painter, const QRectF& area, int row) const;
    void paintTableSum(QPainter* painter, const QRectF& area, int row) const;
    void paintStopsHead(QPainter* painter, const QRectF& area, bool continued) const;
    void paintStopRow(QPainter* painter, const QRectF& area, int row) const;
    void paintNumbers(QPainter* painter, const QRectF& area, const std::vector<QString>& cells,
                      const std::vector<QColor>& colors, qreal baseline) const;

    // Wrapped text at a width: its height (one line at least), and drawing it.
    static qreal wrappedHeight(const QString& text, const QFont& font, qreal width);
    static void drawWrapped(QPainter* painter, const QString& text, const QFont& font,
                            const QPointF& at, qreal width);
    QString amount(qint64 cents) const;
    QString share(qint64 part, qint64 whole) const;
    QString unitPhrase() const;
    qreal numbersWidth() const;
    qreal labelColumnWidth() const;
    qreal tableWidth() const;
    // The stops table: the element's text, then where it is and why the
    // amount stopped, then revenue and cost at the right.
    struct StopColumns {
        qreal text = 0;
        qreal whyLeft = 0; // from the table's left
        qreal why = 0;
    };
    StopColumns stopColumns() const;

    money::MoneyReport m_report;
    QString m_currency;
    QString m_period;
    QLocale m_locale;
    int m_decimals = 0;
    std::vector<QString> m_promiseLabels; // in the order of the value propositions
    std::vector<Named> m_stops;           // in the order of m_report.unallocated
    ReportMoneyChart m_chart;
    qreal m_width = 0;
    std::vector<qreal> m_numberColumns; // widths of the table's figure columns
    std::vector<qreal> m_promiseHeights;
    std::vector<qreal> m_stopHeights;
    std::vector<std::vector<Placed>> m_pages;
};

} // namespace tandem
