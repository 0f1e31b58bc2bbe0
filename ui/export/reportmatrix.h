#pragma once

#include "model.h"

#include <QRectF>
#include <QSet>
#include <QSizeF>

#include <vector>

class QPainter;

namespace tandem {

// The report's traceability matrix: outward elements of the BMC (value
// propositions, segments, channels, relationships, revenue) down the side,
// the value-chain stages of the OMC across the top grouped by chain, and a
// tick where a link joins the two. Large sessions continue over several
// pages, first down, then across, with the headers repeated.
class ReportMatrix {
public:
    explicit ReportMatrix(const CanvasState& state);

    void paginate(const QSizeF& body);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    void paintPage(QPainter* painter, const QRectF& body, int page) const;

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    int columnCount() const { return static_cast<int>(m_columns.size()); }

private:
    struct Row {
        bool group = false; // a block title row
        Block block = Block::ValuePropositions;
        QString id;
        QString text;
        int linked = 0; // stages linked, on all pages
    };
    struct Column {
        QString id;
        QString text;
        int chain = 0;
    };
    struct Chain {
        QString name;
        int first = 0; // first column
        int count = 0;
    };
    struct Range {
        int first = 0;
        int count = 0;
    };
    struct Page {
        Range rows;
        Range columns;
    };
    struct Geometry {
        qreal labelWidth = 0;
        qreal columnWidth = 0;
        qreal headerHeight = 0;
    };

    struct Grid;

    bool isLinked(const QString& elementId, const QString& stageId) const;
    void paintEmpty(QPainter* painter, const QRectF& body) const;
    void paintHeading(QPainter* painter, const QRectF& body, const Page& page) const;
    // The steps of paintPage, top to bottom.
    void paintChains(QPainter* painter, const Grid& grid) const;
    void paintStageNames(QPainter* painter, const Grid& grid) const;
    void paintRows(QPainter* painter, const QRectF& body, const Grid& grid) const;
    void paintRules(QPainter* painter, const QRectF& body, const Grid& grid) const;
    void paintLegend(QPainter* painter, const QRectF& body, const Grid& grid) const;

    std::vector<Row> m_rows;
    std::vector<Column> m_columns;
    std::vector<Chain> m_chains;
    QSet<QString> m_links; // "elementId\nstageId"
    int m_elementRows = 0;
    Geometry m_geometry;
    std::vector<Page> m_pages;
};

} // namespace tandem
