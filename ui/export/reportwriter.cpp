#include "reportwriter.h"

#include "alignment.h"
#include "canvasscene.h"
#include "exporter.h"
#include "reportfindings.h"
#include "reportmatrix.h"
#include "reportmoney.h"
#include "reportstyle.h"
#include "reporttitlepage.h"
#include "textdrawing.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace tandem {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ReportWriter", text);
}

} // namespace

struct ReportWriter::Tables {
    Tables(const CanvasState& state, const SessionInfo& info)
        : report(checkAlignment(state))
        , findings(report)
        , money(state, info)
        , matrix(state) {}

    AlignmentReport report;
    ReportFindings findings;
    ReportMoney money;
    ReportMatrix matrix;
};

ReportWriter::ReportWriter(const Exporter& exporter, const ExportOptions& options)
    : m_exporter(exporter)
    , m_options(options)
    , m_tables(std::make_unique<Tables>(exporter.scene()->document()->state(),
                                        exporter.scene()->document()->info())) {}

ReportWriter::~ReportWriter() = default;

QString ReportWriter::businessCredit() {
    return QCoreApplication::translate("CanvasFrameItem",
                                       "Business Model Canvas: Strategyzer AG, CC BY-SA 3.0");
}

QString ReportWriter::operatingCredit() {
    return QCoreApplication::translate(
        "CanvasFrameItem", "Operating Model Canvas: Campbell, Gutierrez and Lancelott (2017)");
}

QRectF ReportWriter::contentRect(const QSizeF& page) const {
    return PagePlan::forPaper(page, m_options).area();
}

QRectF ReportWriter::bodyRect(const QRectF& content) {
    return content.adjusted(0, ReportStyle::HeaderHeight, 0, -ReportStyle::FooterHeight);
}

void ReportWriter::build(const QSizeF& page) {
    if (m_builtFor == page && !m_pages.empty())
        return;
    m_builtFor = page;
    m_pages.clear();
    const QRectF body = bodyRect(contentRect(page));

    m_pages.push_back({tr("Session"), [this](QPainter* painter, const QRectF& content) {
                           std::vector<ReportTitlePage::Entry> contents;
                           for (int i = 1; i < static_cast<int>(m_pages.size()); ++i) {
                               if (m_pages[i].firstOfSection)
                                   contents.push_back({m_pages[i].title, i + 1});
                           }
                           ReportTitlePage(m_exporter, m_tables->report, sessionDate())
                               .paint(painter, content, contents);
                       }});
    const std::pair<ExportCanvas, QString> canvases[] = {
        {ExportCanvas::Business, tr("Business Model Canvas")},
        {ExportCanvas::Operating, tr("Operating Model Canvas")},
        {ExportCanvas::Both, tr("Both canvases and their links")},
    };
    for (const auto& [canvas, title] : canvases) {
        Page canvasPage{title, [this, canvas = canvas](QPainter* painter, const QRectF& area) {
                            m_exporter.renderCanvas(
                                painter,
                                CanvasPlacement::into(canvas, area, m_exporter.scene()->layout()));
                        }};
        // A single canvas is wide: give it a landscape page even in a
        // portrait report. Both canvases stack on a portrait page.
        if (canvas != ExportCanvas::Both)
            canvasPage.orientation = QPageLayout::Landscape;
        m_pages.push_back(canvasPage);
    }
    m_tables->findings.paginate(body.size());
    for (int i = 0; i < m_tables->findings.pageCount(); ++i) {
        m_pages.push_back({tr("Alignment findings"),
                           [this, i](QPainter* painter, const QRectF& area) {
                               m_tables->findings.paintPage(painter, area, i);
                           },
                           i == 0});
    }
    // Money only where the session has amounts (issue 15).
    if (m_tables->money.isPresent()) {
        m_tables->money.paginate(body.size());
        for (int i = 0; i < m_tables->money.pageCount(); ++i) {
            m_pages.push_back({tr("Money"),
                               [this, i](QPainter* painter, const QRectF& area) {
                                   m_tables->money.paintPage(painter, area, i);
                               },
                               i == 0});
        }
    }
    m_tables->matrix.paginate(body.size());
    for (int i = 0; i < m_tables->matrix.pageCount(); ++i) {
        m_pages.push_back({tr("Traceability matrix"),
                           [this, i](QPainter* painter, const QRectF& area) {
                               m_tables->matrix.paintPage(painter, area, i);
                           },
                           i == 0});
    }
}

QStringList ReportWriter::pageTitles(const QSizeF& page) {
    build(page);
    QStringList titles;
    for (const Page& p : m_pages)
        titles.append(p.title);
    return titles;
}

bool ReportWriter::paint(QPainter* painter, const QSizeF& page, const PageStarter& startPage) {
    build(page);
    const int total = static_cast<int>(m_pages.size());
    for (int i = 0; i < total; ++i) {
        const std::optional<QSizeF> size =
            startPage(i, m_pages[i].orientation.value_or(m_options.orientation));
        if (!size)
            return false;
        const QRectF content = contentRect(*size);
        painter->save();
        const bool titlePage = i == 0;
        m_pages[i].paint(painter, titlePage ? content.adjusted(0, 0, 0, -ReportStyle::FooterHeight)
                                            : bodyRect(content));
        painter->restore();
        paintChrome(painter, content, i + 1, total, !titlePage);
    }
    return true;
}

void ReportWriter::paintChrome(QPainter* painter, const QRectF& content, int number, int total,
                               bool header) const {
    painter->save();
    if (header) {
        painter->setFont(ReportStyle::chromeBoldFont());
        painter->setPen(ReportStyle::ink());
        const QFontMetricsF bold(painter->font());
        const qreal baseline = content.top() + bold.ascent();
        const QString title = sessionTitle();
        const QString date = sessionDate();
        painter->setFont(ReportStyle::chromeFont());
        const QFontMetricsF regular(painter->font());
        const qreal dateWidth = regular.horizontalAdvance(date);
        painter->setPen(ReportStyle::subtleInk());
        painter->drawText(QPointF(content.right() - dateWidth, baseline), date);
        const qreal room = content.width() - dateWidth - 24;
        painter->setFont(ReportStyle::chromeBoldFont());
        painter->setPen(ReportStyle::ink());
        const QString shownTitle = bold.elidedText(title, Qt::ElideRight, room * 0.6);
        paintText(painter, QPointF(content.left(), baseline), shownTitle);
        const QString organisation = m_exporter.scene()->document()->info().organisation;
        if (!organisation.isEmpty()) {
            painter->setFont(ReportStyle::chromeFont());
            painter->setPen(ReportStyle::subtleInk());
            const qreal x = content.left() + bold.horizontalAdvance(shownTitle) + 10;
            paintText(painter, QPointF(x, baseline),
                      regular.elidedText(organisation, Qt::ElideRight, content.left() + room - x));
        }
        painter->setPen(QPen(ReportStyle::rule(), 0.6));
        const qreal rule = content.top() + ReportStyle::HeaderHeight - 9;
        painter->drawLine(QPointF(content.left(), rule), QPointF(content.right(), rule));
    }

    const qreal ruleY = content.bottom() - ReportStyle::FooterHeight + 8;
    painter->setPen(QPen(ReportStyle::rule(), 0.6));
    painter->drawLine(QPointF(content.left(), ruleY), QPointF(content.right(), ruleY));
    painter->setFont(ReportStyle::chromeFont());
    const QFontMetricsF metrics(painter->font());
    const QString pageText = QStringLiteral("%1 / %2").arg(number).arg(total);
    const qreal baseline = content.bottom() - 2;
    painter->setPen(ReportStyle::subtleInk());
    painter->drawText(QPointF(content.right() - metrics.horizontalAdvance(pageText), baseline),
                      pageText);
    painter->setFont(ReportStyle::smallFont());
    painter->setPen(ReportStyle::faintInk());
    const QFontMetricsF small(painter->font());
    const QString credits = businessCredit() + QStringLiteral("  ·  ") + operatingCredit() +
                            QStringLiteral("  ·  ") + tr("Made with Tandem");
    painter->drawText(QPointF(content.left(), baseline),
                      small.elidedText(credits, Qt::ElideRight, content.width() - 60));
    painter->restore();
}

QString ReportWriter::sessionTitle() const {
    const QString title = m_exporter.scene()->document()->info().title;
    return title.isEmpty() ? tr("Untitled session") : title;
}

QString ReportWriter::sessionDate() const {
    const QString iso = m_exporter.scene()->document()->info().date;
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : iso;
}

} // namespace tandem
