#pragma once

#include "exporter.h"
#include "exportoptions.h"

#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace tandem {

// The multi-page PDF report of a session, for the people who were in the
// room and those who were not: a title page (title, organisation, date,
// facilitator, participants, notes, the alignment at a glance and the
// contents), a page for each canvas, one with both and their links, the
// alignment findings, the money figures where the session has amounts, and
// the traceability matrix. Every page but the first
// has a header with the session's title; every page has its number "n / N"
// and the canvases' licence credits in small print.
//
// It paints in points on any paged device (PDF writer, printer); the canvas
// pages go through Exporter::renderCanvas, the one rendering path.
class ReportWriter {
public:
    ReportWriter(const Exporter& exporter, const ExportOptions& options);
    ~ReportWriter();

    // The page titles, one per page, for a page of this size in points.
    QStringList pageTitles(const QSizeF& page);
    // Starts page `index` (from 0) in the orientation it asks for, if the
    // device can, and sets the painter up to draw in points from the page's
    // top-left corner. Returns the page's size, or nullopt when the device
    // refuses a page.
    using PageStarter =
        std::function<std::optional<QSizeF>(int index, QPageLayout::Orientation wanted)>;
    // Paints every page. `page` is the size of the report's pages (in its
    // own orientation); the tables are split to fit it.
    bool paint(QPainter* painter, const QSizeF& page, const PageStarter& startPage);

    // The credit lines the canvases' licences ask for.
    static QString businessCredit();
    static QString operatingCredit();

private:
    struct Page {
        QString title;
        std::function<void(QPainter*, const QRectF&)> paint; // body rect in points
        bool firstOfSection = true;
        std::optional<QPageLayout::Orientation> orientation; // the report's if unset
    };
    struct Tables;

    void build(const QSizeF& page);
    QRectF contentRect(const QSizeF& page) const;
    static QRectF bodyRect(const QRectF& content);
    void paintChrome(QPainter* painter, const QRectF& content, int number, int total,
                     bool header) const;
    QString sessionTitle() const;
    QString sessionDate() const;

    Exporter m_exporter; // a pointer to the scene: cheap to copy, never dangles
    ExportOptions m_options;
    std::unique_ptr<Tables> m_tables;
    std::vector<Page> m_pages;
    QSizeF m_builtFor;
};

} // namespace tandem
