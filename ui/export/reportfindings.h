#pragma once

#include "alignment.h"

#include <QRectF>
#include <QSizeF>

#include <vector>

class QPainter;

namespace tandem {

// The report's alignment pages: the coverage figures as bars, then every
// finding of checkAlignment() in a table (severity, rule, what is wrong),
// split over as many pages as it needs with the table header repeated.
class ReportFindings {
public:
    explicit ReportFindings(AlignmentReport report);

    // Splits the rows over pages whose body (inside the header and footer)
    // has this size. Call before pageCount() and paintPage().
    void paginate(const QSizeF& body);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    void paintPage(QPainter* painter, const QRectF& body, int page) const;

private:
    struct PageRows {
        int first = 0;
        int count = 0;
    };
    qreal introHeight() const;
    void paintIntro(QPainter* painter, const QRectF& body) const;
    qreal paintTableHeader(QPainter* painter, const QRectF& body, qreal top) const;
    qreal messageWidth(qreal bodyWidth) const;

    AlignmentReport m_report;
    std::vector<qreal> m_rowHeights;
    std::vector<PageRows> m_pages;
};

} // namespace tandem
