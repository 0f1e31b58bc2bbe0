#include "reportmoney.h"

#include "moneylocale.h"
#include "notetext.h"
#include "reportstyle.h"
#include "textdrawing.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace tandem {

namespace {

// The context lupdate files this class's strings under.
QString tr(const char* text) {
    return QCoreApplication::translate("tandem::ReportMoney", text);
}

std::vector<ReportMoneyChart::Row> chartRows(const money::MoneyReport& report,
                                             const CanvasState& state) {
    QHash<QString, QString> texts;
    for (const Element& element : state.elements(Block::ValuePropositions))
        texts.insert(element.id, element.text.simplified());
    std::vector<ReportMoneyChart::Row> rows;
    for (const money::PromiseFigures& promise : report.valuePropositions) {
        const QString text = texts.value(promise.id);
        rows.push_back({text.isEmpty() ? promise.id : text, promise.revenue, promise.cost});
    }
    return rows;
}

} // namespace

qreal ReportMoney::wrappedHeight(const QString& text, const QFont& font, qreal width) {
    NoteText layout;
    layout.setText(text, font, width);
    return std::max<qreal>(layout.height(), QFontMetricsF(font).height());
}

void ReportMoney::drawWrapped(QPainter* painter, const QString& text, const QFont& font,
                              const QPointF& at, qreal width) {
    NoteText layout;
    layout.setText(text, font, width);
    layout.draw(painter, at);
}

ReportMoney::ReportMoney(const CanvasState& state, const SessionInfo& info, QLocale locale)
    : m_report(money::analyse(state))
    , m_currency(info.currency)
    , m_period(info.period)
    , m_locale(locale)
    , m_chart(chartRows(m_report, state), info.currency, locale) {
    std::vector<qint64> figures{m_report.revenue, m_report.cost};
    for (const money::PromiseFigures& promise : m_report.valuePropositions)
        figures.insert(figures.end(), {promise.revenue, promise.cost});
    for (const money::Stop& stop : m_report.unallocated)
        figures.insert(figures.end(), {stop.revenue, stop.cost});
    m_decimals = money::decimalsFor(figures);
    for (const ReportMoneyChart::Row& row : chartRows(m_report, state))
        m_promiseLabels.push_back(row.label);

    // Where each stop is, and why an amount stops there (money.md's rules).
    QHash<QString, Named> named;
    for (Block block : allBlocks()) {
        for (const Element& element : state.elements(block)) {
            QString why = tr("Linked to no value-chain stage or value proposition.");
            if (block == Block::RevenueStreams)
                why = tr("A revenue stream linked to no value proposition.");
            else if (block == Block::CostStructure)
                why = tr("A cost linked to nothing.");
            named.insert(element.id, {element.text.simplified(), blockTitle(block), why});
        }
    }
    for (const ValueChain& chain : state.chains) {
        for (const Element& stage : chain.stages)
            named.insert(stage.id,
                         {stage.text.simplified(),
                          tr("Value chain: %1").arg(chain.name.simplified()),
                          tr("No stage of its value chain is linked to a value proposition.")});
    }
    for (const money::Stop& stop : m_report.unallocated) {
        Named entry = named.value(stop.id);
        if (entry.text.isEmpty())
            entry.text = stop.id;
        m_stops.push_back(entry);
    }
}

QString ReportMoney::amount(qint64 cents) const {
    return money::localCents(cents, m_currency, m_locale, m_decimals);
}

QString ReportMoney::share(qint64 part, qint64 whole) const {
    if (whole == 0)
        return QStringLiteral("\u2013");
    return tr("%1 %").arg(
        m_locale.toString(100.0 * static_cast<double>(part) / static_cast<double>(whole), 'f', 0));
}

QString ReportMoney::unitPhrase() const {
    const QString period = m_period == QLatin1String("month")     ? tr("month")
                           : m_period == QLatin1String("quarter") ? tr("quarter")
                                                                  : tr("year");
    return m_currency.isEmpty() ? tr("Amounts per %1.").arg(period)
                                : tr("Amounts in %1 per %2.").arg(m_currency, period);
}

qreal ReportMoney::numbersWidth() const {
    qreal numbers = PercentWidth;
    for (const qreal width : m_numberColumns)
        numbers += width;
    return numbers;
}

// Texts wider than this are read as paragraphs, and the figures drift away
// from the names they belong to: a wide page keeps the tables narrower.
qreal ReportMoney::labelColumnWidth() const {
    return std::clamp<qreal>(m_width - numbersWidth(), 80, 400);
}

qreal ReportMoney::tableWidth() const {
    return std::min(m_width, labelColumnWidth() + numbersWidth());
}

ReportMoney::StopColumns ReportMoney::stopColumns() const {
    const qreal text = tableWidth() - m_numberColumns[0] - m_numberColumns[1];
    StopColumns columns;
    columns.text = text * 0.4 - 12;
    columns.whyLeft = text * 0.4;
    columns.why = text * 0.6 - 12;
    return columns;
}

void ReportMoney::paginate(const QSizeF& body) {
    m_width = body.width();
    m_chart.layout(body.width());

    // The figure columns as wide as their widest amount.
    const QFontMetricsF numbers(ReportStyle::font(9, QFont::DemiBold));
    const QFontMetricsF heads(ReportStyle::tableHeaderFont());
    m_numberColumns.assign(3, 0);
    const auto widen = [&](int column, qint64 cents) {
        m_numberColumns[column] =
            std::max(m_numberColumns[column], numbers.horizontalAdvance(amount(cents)) + 16);
    };
    for (const money::PromiseFigures& promise : m_report.valuePropositions) {
        widen(0, promise.revenue);
        widen(1, promise.cost);
        widen(2, promise.margin());
    }
    for (const qint64 cents : {m_report.revenue, m_report.unallocatedRevenue}) {
        widen(0, cents);
        widen(2, cents);
    }
    widen(1, m_report.cost);
    widen(2, m_report.profit());
    widen(2, -m_report.unallocatedCost);
    const QString columnHeads[] = {tr("REVENUE"), tr("COST TO SERVE"), tr("MARGIN")};
    for (int column = 0; column < 3; ++column)
        m_numberColumns[column] = std::max(
            {m_numberColumns[column], heads.horizontalAdvance(columnHeads[column]) + 16, 64.0});

    m_promiseHeights.clear();
    for (int i = 0; i < m_chart.rowCount(); ++i)
        m_promiseHeights.push_back(wrappedHeight(m_promiseLabels[static_cast<std::size_t>(i)],
                                                 ReportStyle::tableFont(),
                                                 labelColumnWidth() - 10) +
                                   2 * RowPadding);
    m_stopHeights.clear();
    const StopColumns columns = stopColumns();
    for (const Named& stop : m_stops)
        m_stopHeights.push_back(
            std::max(wrappedHeight(stop.text, ReportStyle::tableFont(), columns.text),
                     wrappedHeight(stop.where, ReportStyle::labelFont(), columns.why) +
                         wrappedHeight(stop.why, ReportStyle::tableFont(), columns.why)) +
            2 * RowPadding);

    // The sections in order, then onto pages.
    // Without value propositions there is nothing to chart; the table
    // still adds up what stopped elsewhere.
    std::vector<Placed> flow{{Piece::Intro}, {Piece::Gap}};
    if (m_chart.rowCount() > 0) {
        flow.push_back({Piece::ChartHead});
        for (int i = 0; i < m_chart.rowCount(); ++i)
            flow.push_back({Piece::ChartRow, i});
        flow.push_back({Piece::Gap});
    }
    flow.push_back({Piece::TableHead});
    for (int i = 0; i < m_chart.rowCount(); ++i)
        flow.push_back({Piece::TableRow, i});
    const bool unallocated = m_report.unallocatedRevenue != 0 || m_report.unallocatedCost != 0;
    for (int i = unallocated ? 0 : 2; i < 3; ++i)
        flow.push_back({Piece::TableSum, i});
    flow.push_back({Piece::Gap});
    if (m_stops.empty()) {
        flow.push_back({Piece::NoStops});
    } else {
        flow.push_back({Piece::StopsHead});
        for (int i = 0; i < static_cast<int>(m_stops.size()); ++i)
            flow.push_back({Piece::StopRow, i});
    }
    for (Placed& placed : flow)
        placed.height = heightOf(placed.piece, placed.index);

    m_pages.assign(1, {});
    qreal available = body.height();
    for (std::size_t i = 0; i < flow.size(); ++i) {
        const Placed& placed = flow[i];
        const bool head = placed.piece == Piece::ChartHead || placed.piece == Piece::TableHead ||
                          placed.piece == Piece::StopsHead;
        // A head stays with its first rows (three, or as many as there are).
        qreal needed = placed.height;
        for (std::size_t next = i + 1; head && next < flow.size() && next <= i + 3; ++next) {
            if (flow[next].piece == Piece::Gap)
                break;
            needed += flow[next].height;
        }
        if (needed > available && !m_pages.back().empty()) {
            if (placed.piece == Piece::Gap)
                continue; // a page does not start with space
            m_pages.emplace_back();
            available = body.height() - ContinuedHeight;
            const Piece repeated =
                placed.piece == Piece::ChartRow  ? Piece::ChartHead
                : placed.piece == Piece::StopRow ? Piece::StopsHead
                : placed.piece == Piece::TableRow || placed.piece == Piece::TableSum
                    ? Piece::TableHead
                    : Piece::Gap;
            if (repeated != Piece::Gap) {
                const qreal height = heightOf(repeated, 0);
                m_pages.back().push_back({repeated, 0, height, true});
                available -= height;
            }
        }
        m_pages.back().push_back(placed);
        available -= placed.height;
    }
}

qreal ReportMoney::heightOf(Piece piece, int index) const {
    switch (piece) {
    case Piece::Intro:
        return introHeight();
    case Piece::ChartHead:
        return m_chart.headHeight();
    case Piece::ChartRow:
        return m_chart.rowHeight();
    case Piece::TableHead:
        return TitleHeight + ColumnHeadHeight;
    case Piece::TableRow:
        return m_promiseHeights[static_cast<std::size_t>(index)];
    case Piece::TableSum:
        return SumHeight + (index == 2 ? 4 : 0);
    case Piece::StopsHead:
        return TitleHeight + ExplanationHeight + ColumnHeadHeight;
    case Piece::StopRow:
        return m_stopHeights[static_cast<std::size_t>(index)];
    case Piece::NoStops:
        return TitleHeight + ExplanationHeight;
    case Piece::Gap:
        return GapHeight;
    }
    return 0;
}

void ReportMoney::paintPage(QPainter* painter, const QRectF& body, int page) const {
    if (page < 0 || page >= pageCount())
        return;
    painter->save();
    qreal y = body.top();
    if (page > 0) {
        painter->setFont(ReportStyle::headingFont());
        painter->setPen(ReportStyle::ink());
        paintText(painter, QRectF(body.left(), y, body.width(), HeadingHeight),
                  Qt::AlignLeft | Qt::AlignTop, tr("Money (continued)"));
        y += ContinuedHeight;
    }
    for (const Placed& placed : m_pages[static_cast<std::size_t>(page)]) {
        paintPiece(painter, QRectF(body.left(), y, body.width(), placed.height), placed);
        y += placed.height;
    }
    painter->restore();
}

void ReportMoney::paintPiece(QPainter* painter, const QRectF& area, const Placed& placed) const {
    painter->save();
    switch (placed.piece) {
    case Piece::Intro:
        paintIntro(painter, area);
        break;
    case Piece::ChartHead:
        m_chart.paintHead(painter, area, placed.continued);
        break;
    case Piece::ChartRow:
        m_chart.paintRow(painter, area, placed.index);
        break;
    case Piece::TableHead:
        paintTableHead(painter, area, placed.continued);
        break;
    case Piece::TableRow:
        paintTableRow(painter, area, placed.index);
        break;
    case Piece::TableSum:
        paintTableSum(painter, area, placed.index);
        break;
    case Piece::StopsHead:
        paintStopsHead(painter, area, placed.continued);
        break;
    case Piece::StopRow:
        paintStopRow(painter, area, placed.index);
        break;
    case Piece::NoStops: {
        painter->setFont(ReportStyle::subheadingFont());
        painter->setPen(ReportStyle::ink());
        const QFontMetricsF title(painter->font());
        paintText(painter, QPointF(area.left(), area.top() + title.ascent()),
                  tr("Where unallocated amounts stopped"));
        painter->setFont(ReportStyle::bodyFont());
        painter->setPen(ReportStyle::subtleInk());
        paintText(painter, QPointF(area.left(), area.top() + TitleHeight + title.ascent() - 2),
                  tr("Nowhere: every amount reaches a value proposition."));
        break;
    }
    case Piece::Gap:
        break;
    }
    painter->restore();
}

QString ReportMoney::introText() const {
    return unitPhrase() + QLatin1Char(' ') +
           tr("Each cost is followed through the work it pays for to the value propositions "
              "that work delivers.");
}

std::vector<ReportMoney::Tile> ReportMoney::tiles() const {
    const qint64 profit = m_report.profit();
    std::vector<Tile> tiles{
        {tr("Revenue"), amount(m_report.revenue),
         tr("%1 allocated").arg(amount(m_report.revenue - m_report.unallocatedRevenue)),
         MoneyColors::revenue(), ReportStyle::ink()},
        {tr("Cost"), amount(m_report.cost),
         tr("%1 allocated").arg(amount(m_report.cost - m_report.unallocatedCost)),
         MoneyColors::cost(), ReportStyle::ink()},
        {tr("Profit"), amount(profit),
         m_report.revenue != 0 ? tr("%1 of revenue").arg(share(profit, m_report.revenue))
                               : QString(),
         profit < 0 ? MoneyColors::loss() : MoneyColors::gain(),
         profit < 0 ? MoneyColors::lossText() : MoneyColors::gainText()},
    };
    if (m_report.unallocatedRevenue != 0)
        tiles.push_back({tr("Unallocated revenue"), amount(m_report.unallocatedRevenue),
                         tr("linked to no value proposition"),
                         ReportStyle::severityColor(Severity::Warning), ReportStyle::ink()});
    if (m_report.unallocatedCost != 0)
        tiles.push_back({tr("Unallocated cost"), amount(m_report.unallocatedCost),
                         tr("reaches no value proposition"),
                         ReportStyle::severityColor(Severity::Warning), ReportStyle::ink()});
    return tiles;
}

// Tiles of 150 points or more, in as few rows as that allows, the rows
// filled evenly (three and two rather than four and one).
int ReportMoney::tileColumns() const {
    const int count = static_cast<int>(tiles().size());
    const int fit = std::clamp(static_cast<int>((m_width + TileGap) / (150 + TileGap)), 1, count);
    const int rows = (count + fit - 1) / fit;
    return (count + rows - 1) / rows;
}

qreal ReportMoney::introHeight() const {
    const int count = static_cast<int>(tiles().size());
    const int columns = tileColumns();
    const int rows = (count + columns - 1) / columns;
    return HeadingHeight + wrappedHeight(introText(), ReportStyle::bodyFont(), m_width) + 10 +
           rows * TileHeight + (rows - 1) * TileGap;
}

void ReportMoney::paintIntro(QPainter* painter, const QRectF& area) const {
    painter->setFont(ReportStyle::headingFont());
    painter->setPen(ReportStyle::ink());
    paintText(painter, QRectF(area.left(), area.top(), area.width(), HeadingHeight),
              Qt::AlignLeft | Qt::AlignTop, tr("Money"));
    painter->setPen(ReportStyle::subtleInk());
    drawWrapped(painter, introText(), ReportStyle::bodyFont(),
                QPointF(area.left(), area.top() + HeadingHeight), area.width());
    const qreal top = area.top() + HeadingHeight +
                      wrappedHeight(introText(), ReportStyle::bodyFont(), area.width()) + 10;

    const std::vector<Tile> all = tiles();
    const int columns = tileColumns();
    const qreal width = (area.width() - TileGap * (columns - 1)) / columns;
    for (int i = 0; i < static_cast<int>(all.size()); ++i) {
        const Tile& tile = all[static_cast<std::size_t>(i)];
        const QRectF place(area.left() + (i % columns) * (width + TileGap),
                           top + (i / columns) * (TileHeight + TileGap), width, TileHeight);
        paintTile(painter, place, tile);
    }
}

void ReportMoney::paintTile(QPainter* painter, const QRectF& area, const Tile& tile) const {
    const QString& value = tile.value;
    painter->fillRect(area, ReportStyle::band());
    painter->fillRect(QRectF(area.left(), area.top(), area.width(), 3), tile.accent);
    const qreal inner = area.width() - 20;
    painter->setFont(ReportStyle::kickerFont());
    painter->setPen(ReportStyle::subtleInk());
    const QFontMetricsF kicker(painter->font());
    paintText(painter, QPointF(area.left() + 10, area.top() + 10 + kicker.ascent()),
              kicker.elidedText(tile.label, Qt::ElideRight, inner));
    // The figure as large as the tile allows, 20 points at most.
    int size = 20;
    while (size > 10 &&
           QFontMetricsF(ReportStyle::font(size, QFont::Bold)).horizontalAdvance(value) > inner)
        --size;
    painter->setFont(ReportStyle::font(size, QFont::Bold));
    painter->setPen(tile.valueColor);
    const QFontMetricsF figure(painter->font());
    paintText(painter, QPointF(area.left() + 10, area.top() + 24 + figure.ascent()), value);
    if (!tile.caption.isEmpty()) {
        painter->setFont(ReportStyle::chromeFont());
        painter->setPen(ReportStyle::subtleInk());
        const QFontMetricsF small(painter->font());
        paintText(painter, QPointF(area.left() + 10, area.bottom() - 9),
                  small.elidedText(tile.caption, Qt::ElideRight, inner));
    }
}

} // namespace tandem
