#include "reportmatrix.h"

#include "oneline.h"
#include "reportstyle.h"
#include "textdrawing.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tandem {

namespace {

constexpr qreal HeadingHeight = 44;
constexpr qreal ChainBandHeight = 16;
constexpr qreal RowHeight = 14;
constexpr qreal SumWidth = 28;
constexpr qreal LegendHeight = 18;
constexpr qreal MinColumnWidth = 15;
constexpr qreal MaxColumnWidth = 24;

QString tr(const char* text) {
    return QCoreApplication::translate("ReportMatrix", text);
}

QString linkKey(const QString& elementId, const QString& stageId) {
    return elementId + QLatin1Char('\n') + stageId;
}

// Splits `total` items into chunks of at most `size`, as evenly as possible,
// so that the last page is not a lonely column or two.
std::vector<std::pair<int, int>> evenChunks(int total, int size) {
    std::vector<std::pair<int, int>> chunks;
    if (total <= 0) {
        chunks.emplace_back(0, 0);
        return chunks;
    }
    const int count = (total + size - 1) / size;
    const int base = total / count;
    int extra = total % count;
    int first = 0;
    for (int i = 0; i < count; ++i) {
        const int length = base + (extra-- > 0 ? 1 : 0);
        chunks.emplace_back(first, length);
        first += length;
    }
    return chunks;
}

void drawTick(QPainter* painter, const QPointF& centre, qreal size) {
    QPainterPath tick;
    tick.moveTo(centre + QPointF(-0.45, 0.02) * size);
    tick.lineTo(centre + QPointF(-0.12, 0.34) * size);
    tick.lineTo(centre + QPointF(0.48, -0.36) * size);
    painter->setPen(
        QPen(ReportStyle::tick(), size * 0.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(tick);
}

} // namespace

ReportMatrix::ReportMatrix(const CanvasState& state) {
    for (const ValueChain& chain : state.chains) {
        Chain group{chain.name, static_cast<int>(m_columns.size()),
                    static_cast<int>(chain.stages.size())};
        if (group.count == 0)
            continue;
        for (const Element& stage : chain.stages)
            m_columns.push_back({stage.id, oneLine(stage.text), static_cast<int>(m_chains.size())});
        m_chains.push_back(group);
    }
    QSet<QString> stageIds;
    for (const Column& column : m_columns)
        stageIds.insert(column.id);
    // Links count in either direction, as in the alignment rules.
    QHash<QString, int> linkedStages;
    for (const Link& link : state.links) {
        for (const auto& [element, stage] :
             {std::pair(link.from, link.to), std::pair(link.to, link.from)}) {
            if (stageIds.contains(stage) && !m_links.contains(linkKey(element, stage))) {
                m_links.insert(linkKey(element, stage));
                ++linkedStages[element];
            }
        }
    }
    for (Block block : allBlocks()) {
        if (!isOutward(block) || state.elements(block).empty())
            continue;
        m_rows.push_back({true, block, {}, blockTitle(block), 0});
        for (const Element& element : state.elements(block)) {
            m_rows.push_back(
                {false, block, element.id, oneLine(element.text), linkedStages.value(element.id)});
            ++m_elementRows;
        }
    }
}

bool ReportMatrix::isLinked(const QString& elementId, const QString& stageId) const {
    return m_links.contains(linkKey(elementId, stageId));
}

void ReportMatrix::paginate(const QSizeF& body) {
    m_pages.clear();
    if (m_rows.empty() || m_columns.empty()) {
        m_pages.push_back({});
        return;
    }
    Geometry& g = m_geometry;
    g.labelWidth = std::clamp<qreal>(body.width() * 0.26, 140, 230);
    g.headerHeight = std::clamp<qreal>(body.height() * 0.2, 70, 130);
    const qreal gridWidth = body.width() - g.labelWidth - SumWidth;
    const int columnsPerPage = std::max(1, int(gridWidth / MinColumnWidth));
    const auto columnChunks = evenChunks(columnCount(), columnsPerPage);
    int widest = 0;
    for (const auto& chunk : columnChunks)
        widest = std::max(widest, chunk.second);
    g.columnWidth = std::clamp<qreal>(gridWidth / widest, MinColumnWidth, MaxColumnWidth);

    const qreal gridHeight =
        body.height() - HeadingHeight - ChainBandHeight - g.headerHeight - LegendHeight;
    const int rowsPerPage = std::max(2, int(gridHeight / RowHeight));
    // Rows: fill each page, but never end a page on a block title.
    std::vector<Range> rowChunks;
    Range chunk;
    for (int row = 0; row < rowCount(); ++row) {
        if (chunk.count == rowsPerPage) {
            if (m_rows[row - 1].group) {
                --chunk.count;
                rowChunks.push_back(chunk);
                chunk = Range{row - 1, 1};
            } else {
                rowChunks.push_back(chunk);
                chunk = Range{row, 0};
            }
        }
        ++chunk.count;
    }
    rowChunks.push_back(chunk);
    for (const auto& [first, count] : columnChunks) {
        for (const Range& rows : rowChunks)
            m_pages.push_back({rows, Range{first, count}});
    }
}

void ReportMatrix::paintHeading(QPainter* painter, const QRectF& body, const Page& page) const {
    painter->setFont(ReportStyle::headingFont());
    painter->setPen(ReportStyle::ink());
    painter->drawText(QRectF(body.left(), body.top(), body.width(), 26),
                      Qt::AlignLeft | Qt::AlignTop, tr("Traceability matrix"));
    painter->setFont(ReportStyle::bodyFont());
    painter->setPen(ReportStyle::subtleInk());
    QString subtitle = tr("Which value-chain stages (across) deliver each outward element (down).");
    if (pageCount() > 1) {
        int elementsBefore = 0;
        int elementsOn = 0;
        for (int row = 0; row < page.rows.first + page.rows.count; ++row) {
            if (!m_rows[row].group)
                ++(row < page.rows.first ? elementsBefore : elementsOn);
        }
        subtitle += QLatin1String("   ") + tr("Stages %1–%2 of %3, elements %4–%5 of %6.")
                                               .arg(page.columns.first + 1)
                                               .arg(page.columns.first + page.columns.count)
                                               .arg(columnCount())
                                               .arg(elementsBefore + 1)
                                               .arg(elementsBefore + elementsOn)
                                               .arg(m_elementRows);
    }
    const QFontMetricsF metrics(painter->font());
    painter->drawText(QPointF(body.left(), body.top() + 26 + metrics.ascent()),
                      metrics.elidedText(subtitle, Qt::ElideRight, body.width()));
}

void ReportMatrix::paintEmpty(QPainter* painter, const QRectF& body) const {
    paintHeading(painter, body, Page{});
    painter->setFont(ReportStyle::subheadingFont());
    painter->setPen(ReportStyle::subtleInk());
    const QString text = m_columns.empty()
                             ? tr("No value-chain stages yet: there is nothing to trace.")
                             : tr("No outward elements yet: there is nothing to trace.");
    painter->drawText(QRectF(body.left(), body.top() + HeadingHeight + 10, body.width(), 40),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
}

// Where the parts of one page of the matrix go, in points.
struct ReportMatrix::Grid {
    const Page& page;
    qreal left;    // the first stage column
    qreal bandTop; // the chains' names
    qreal top;     // the first row
    qreal bottom;  // under the last row
    qreal sumLeft; // the Σ column
    qreal columnWidth;
    int lastColumn; // one past the page's last stage column

    qreal columnLeft(int column) const {
        return left + (column - page.columns.first) * columnWidth;
    }
};

void ReportMatrix::paintPage(QPainter* painter, const QRectF& body, int pageIndex) const {
    if (pageIndex < 0 || pageIndex >= pageCount())
        return;
    painter->save();
    if (m_rows.empty() || m_columns.empty()) {
        paintEmpty(painter, body);
        painter->restore();
        return;
    }
    const Page& page = m_pages[pageIndex];
    const Geometry& g = m_geometry;
    paintHeading(painter, body, page);

    const qreal gridLeft = body.left() + g.labelWidth;
    const qreal bandTop = body.top() + HeadingHeight;
    const qreal gridTop = bandTop + ChainBandHeight + g.headerHeight;
    const Grid grid{page,
                    gridLeft,
                    bandTop,
                    gridTop,
                    gridTop + page.rows.count * RowHeight,
                    gridLeft + page.columns.count * g.columnWidth,
                    g.columnWidth,
                    page.columns.first + page.columns.count};
    paintChains(painter, grid);
    paintStageNames(painter, grid);
    paintRows(painter, body, grid);
    paintRules(painter, body, grid);
    paintLegend(painter, body, grid);
    painter->restore();
}

void ReportMatrix::paintChains(QPainter* painter, const Grid& grid) const {
    // A band with the name over their columns, and every other chain shaded
    // down the grid so the eye can follow a column.
    painter->setFont(ReportStyle::tableHeaderFont());
    const QFontMetricsF headerMetrics(painter->font());
    for (int c = 0; c < static_cast<int>(m_chains.size()); ++c) {
        const Chain& chain = m_chains[c];
        const int first = std::max(chain.first, grid.page.columns.first);
        const int end = std::min(chain.first + chain.count, grid.lastColumn);
        if (first >= end)
            continue;
        const QRectF band(grid.columnLeft(first), grid.bandTop, (end - first) * grid.columnWidth,
                          ChainBandHeight - 2);
        painter->fillRect(band, ReportStyle::tint(ReportStyle::tick(), c % 2 ? 0.7 : 0.84));
        if (c % 2)
            painter->fillRect(QRectF(band.left(), band.bottom() + 2, band.width(),
                                     grid.bottom - band.bottom() - 2),
                              ReportStyle::band());
        painter->setPen(ReportStyle::ink());
        paintText(painter, band.adjusted(3, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                  headerMetrics.elidedText(chain.name, Qt::ElideRight, band.width() - 5));
    }
}

void ReportMatrix::paintStageNames(QPainter* painter, const Grid& grid) const {
    // Written upwards from the grid.
    painter->setFont(ReportStyle::tableFont());
    const QFontMetricsF stageMetrics(painter->font());
    painter->setPen(ReportStyle::ink());
    const qreal headerHeight = m_geometry.headerHeight;
    for (int column = grid.page.columns.first; column < grid.lastColumn; ++column) {
        painter->save();
        painter->translate(grid.columnLeft(column) + grid.columnWidth / 2 +
                               stageMetrics.xHeight() / 2,
                           grid.top - 5);
        painter->rotate(-90);
        paintText(
            painter, QPointF(0, 0),
            stageMetrics.elidedText(m_columns[column].text, Qt::ElideRight, headerHeight - 8));
        painter->restore();
    }
    painter->setFont(ReportStyle::tableHeaderFont());
    painter->setPen(ReportStyle::subtleInk());
    painter->drawText(QRectF(grid.sumLeft, grid.top - 18, SumWidth, 16), Qt::AlignCenter, tr("Σ"));
}

void ReportMatrix::paintRows(QPainter* painter, const QRectF& body, const Grid& grid) const {
    const QFont labelFont = ReportStyle::tableFont();
    const QFontMetricsF labelMetrics(labelFont);
    const qreal labelWidth = m_geometry.labelWidth;
    const qreal tickSize = std::min(grid.columnWidth, RowHeight) * 0.62;
    const Range& rows = grid.page.rows;
    qreal y = grid.top;
    for (int row = rows.first; row < rows.first + rows.count; ++row) {
        const Row& r = m_rows[row];
        const QRectF line(body.left(), y, grid.sumLeft + SumWidth - body.left(), RowHeight);
        if (r.group) {
            painter->fillRect(line.adjusted(0, 1, 0, 0), ReportStyle::bandStrong());
            painter->setFont(ReportStyle::tableHeaderFont());
            painter->setPen(ReportStyle::ink());
            painter->drawText(line.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              r.text.toUpper());
        } else {
            painter->setFont(labelFont);
            painter->setPen(ReportStyle::ink());
            paintText(painter, QRectF(body.left() + 10, y, labelWidth - 14, RowHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      labelMetrics.elidedText(r.text, Qt::ElideRight, labelWidth - 14));
            for (int column = grid.page.columns.first; column < grid.lastColumn; ++column) {
                if (isLinked(r.id, m_columns[column].id))
                    drawTick(
                        painter,
                        QPointF(grid.columnLeft(column) + grid.columnWidth / 2, y + RowHeight / 2),
                        tickSize);
            }
            // A value proposition with no stage is the gap that matters most.
            const bool gap = r.linked == 0 && r.block == Block::ValuePropositions;
            painter->setFont(gap ? ReportStyle::labelFont() : labelFont);
            painter->setPen(gap ? ReportStyle::severityColor(Severity::Gap)
                                : (r.linked ? ReportStyle::ink() : ReportStyle::faintInk()));
            painter->drawText(QRectF(grid.sumLeft, y, SumWidth, RowHeight), Qt::AlignCenter,
                              QString::number(r.linked));
        }
        y += RowHeight;
        painter->setPen(QPen(ReportStyle::rule(), 0.4));
        painter->drawLine(QPointF(body.left(), y), QPointF(grid.sumLeft + SumWidth, y));
    }
}

void ReportMatrix::paintRules(QPainter* painter, const QRectF& body, const Grid& grid) const {
    // Column rules, and firmer lines where the grid starts and the sum begins.
    painter->setPen(QPen(ReportStyle::rule(), 0.4));
    for (int column = grid.page.columns.first + 1; column < grid.lastColumn; ++column)
        painter->drawLine(QPointF(grid.columnLeft(column), grid.top),
                          QPointF(grid.columnLeft(column), grid.bottom));
    painter->setPen(QPen(ReportStyle::subtleInk(), 0.8));
    painter->drawLine(QPointF(grid.left, grid.bandTop), QPointF(grid.left, grid.bottom));
    painter->drawLine(QPointF(grid.sumLeft, grid.top - 20), QPointF(grid.sumLeft, grid.bottom));
    painter->drawLine(QPointF(body.left(), grid.top), QPointF(grid.sumLeft + SumWidth, grid.top));
}

void ReportMatrix::paintLegend(QPainter* painter, const QRectF& body, const Grid& grid) const {
    const qreal legendY = grid.bottom + 8;
    drawTick(painter, QPointF(body.left() + 6, legendY + 5), 9);
    painter->setFont(ReportStyle::smallFont());
    painter->setPen(ReportStyle::subtleInk());
    const QFontMetricsF smallMetrics(painter->font());
    painter->drawText(QPointF(body.left() + 16, legendY + 5 + smallMetrics.ascent() / 2 - 0.5),
                      tr("a link joins the element and the stage (either way)     "
                         "Σ  stages linked to the element, on all pages"));
}

} // namespace tandem
