#include "reporttitlepage.h"

#include "canvasscene.h"
#include "exporter.h"
#include "moneylocale.h"
#include "notetext.h"
#include "reportmoneychart.h"
#include "reportstyle.h"
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
    return QCoreApplication::translate("ReportTitlePage", text);
}

// Draws wrapped text from the top-left of `area` and returns its height.
qreal drawWrapped(QPainter* painter, const QString& text, const QFont& font, const QRectF& area,
                  qreal maxHeight = -1) {
    NoteText layout;
    layout.setText(text, font, area.width());
    layout.draw(painter, area.topLeft(), maxHeight);
    return maxHeight < 0 ? layout.height() : layout.heightWithin(maxHeight);
}

QString plural(int count, const char* one, const char* many) {
    return count == 1 ? tr(one) : tr(many).arg(count);
}

} // namespace

ReportTitlePage::ReportTitlePage(const Exporter& exporter, const AlignmentReport& report,
                                 QString date)
    : m_exporter(exporter)
    , m_report(report)
    , m_date(std::move(date)) {}

void ReportTitlePage::paint(QPainter* painter, const QRectF& content,
                            const std::vector<Entry>& contents) const {
    const SessionInfo& info = m_exporter.scene()->document()->info();
    // The two canvases' colours side by side: the report's signature.
    const qreal half = content.width() / 2;
    painter->fillRect(QRectF(content.left(), content.top(), half - 2, 5),
                      Theme::accent(Canvas::Business));
    painter->fillRect(QRectF(content.left() + half + 2, content.top(), half - 2, 5),
                      Theme::accent(Canvas::Operating));

    const bool landscape = content.width() > content.height();
    const qreal columnGap = 40;
    const qreal leftWidth = landscape ? (content.width() - columnGap) * 0.55 : content.width();
    qreal y = content.top() + 30;
    y += paintLabel(painter, QPointF(content.left(), y), tr("Strategy workshop report")) + 8;
    painter->setPen(ReportStyle::ink());
    const QString title = info.title.isEmpty() ? tr("Untitled session") : info.title;
    y += drawWrapped(painter, title, ReportStyle::titleFont(),
                     QRectF(content.left(), y, leftWidth, 0));
    if (!info.organisation.isEmpty()) {
        painter->setPen(ReportStyle::subtleInk());
        y += 2 + drawWrapped(painter, info.organisation, ReportStyle::subtitleFont(),
                             QRectF(content.left(), y + 2, leftWidth, 0));
    }
    y += 26;

    // Who and when on the left; the figures and the contents on the right.
    // On a landscape page the canvases get the lower part; on a portrait
    // page they take whatever the text leaves.
    const qreal columnsBottom =
        landscape ? content.bottom() - content.height() * 0.3 : content.bottom();
    qreal bottom = 0;
    if (landscape) {
        const QRectF left(content.left(), y, leftWidth, columnsBottom - y);
        const QRectF right(content.left() + leftWidth + columnGap, y,
                           content.width() - leftWidth - columnGap, columnsBottom - y);
        bottom = paintMeta(painter, left);
        const qreal glance = paintGlance(painter, right);
        bottom = std::max(
            bottom, paintContents(painter, right.adjusted(0, glance - y + 20, 0, 0), contents));
    } else {
        const QRectF column(content.left(), y, content.width(), columnsBottom - y);
        bottom = paintMeta(painter, column);
        bottom = paintGlance(painter, column.adjusted(0, bottom - y + 20, 0, 0));
        bottom = paintContents(painter, column.adjusted(0, bottom - y + 20, 0, 0), contents);
    }

    // Both canvases, as large as the rest of the page allows.
    const QRectF picture(content.left(), bottom + 26, content.width(),
                         content.bottom() - bottom - 30);
    if (picture.height() > 90) {
        const CanvasPlacement both =
            CanvasPlacement::into(ExportCanvas::Both, picture, m_exporter.scene()->layout());
        m_exporter.renderCanvas(painter, both);
        painter->setPen(QPen(ReportStyle::rule(), 0.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(both.target.adjusted(-6, -6, 6, 6));
    }
}

qreal ReportTitlePage::paintLabel(QPainter* painter, const QPointF& topLeft, const QString& text) {
    painter->setFont(ReportStyle::kickerFont());
    painter->setPen(ReportStyle::subtleInk());
    const QFontMetricsF metrics(painter->font());
    painter->drawText(QPointF(topLeft.x(), topLeft.y() + metrics.ascent()), text);
    return metrics.height();
}

qreal ReportTitlePage::paintRows(QPainter* painter, const QRectF& area,
                                 const std::vector<Row>& rows, qreal labelWidth,
                                 const QFont& valueFont) {
    const QFontMetricsF valueMetrics(valueFont);
    const QFontMetricsF labelMetrics(ReportStyle::kickerFont());
    // Labels sit on the baseline of the value's first line.
    const qreal labelDrop = valueMetrics.ascent() - labelMetrics.ascent();
    qreal y = area.top();
    for (const Row& row : rows) {
        if (row.value.isEmpty())
            continue;
        if (y + valueMetrics.height() > area.bottom())
            break;
        paintLabel(painter, QPointF(area.left(), y + labelDrop), row.label);
        painter->setPen(ReportStyle::ink());
        y += drawWrapped(painter, row.value, valueFont,
                         QRectF(area.left() + labelWidth, y, area.width() - labelWidth, 0),
                         area.bottom() - y) +
             7;
    }
    return y;
}

qreal ReportTitlePage::paintMeta(QPainter* painter, const QRectF& area) const {
    const SessionInfo& info = m_exporter.scene()->document()->info();
    qreal y = paintRows(
        painter, area,
        {
            {tr("Date"), m_date},
            {tr("Facilitator"), info.facilitator},
            {tr("Participants"), info.participants.join(QStringLiteral(", "))},
            {tr("Exported"), QLocale().toString(QDate::currentDate(), QLocale::LongFormat)},
        },
        96, ReportStyle::font(12));
    const QString notes = info.notes.trimmed();
    if (!notes.isEmpty() && area.bottom() - y > 50) {
        y += 12;
        y += paintLabel(painter, QPointF(area.left(), y), tr("Notes")) + 5;
        painter->setPen(ReportStyle::ink());
        y += drawWrapped(painter, notes, ReportStyle::font(11),
                         QRectF(area.left(), y, area.width(), 0), area.bottom() - y);
    }
    return y;
}

qreal ReportTitlePage::paintGlance(QPainter* painter, const QRectF& area) const {
    const CanvasState& state = m_exporter.scene()->document()->state();
    int business = 0;
    int operating = 0;
    for (Block block : allBlocks()) {
        const int count = static_cast<int>(state.elements(block).size());
        (canvasOf(block) == Canvas::Business ? business : operating) += count;
    }
    int stages = 0;
    for (const ValueChain& chain : state.chains)
        stages += static_cast<int>(chain.stages.size());
    const Coverage& coverage = m_report.coverage;
    const int chains = static_cast<int>(state.chains.size());

    qreal y = area.top();
    y += paintLabel(painter, QPointF(area.left(), y), tr("At a glance")) + 8;
    const QFont font = ReportStyle::font(11);
    const QFontMetricsF metrics(font);
    std::vector<Line> lines{
        {QString::number(business), tr("notes on the Business Model Canvas"), ReportStyle::ink()},
        {QString::number(operating + stages),
         tr("elements on the Operating Model Canvas, %1 and %2")
             .arg(plural(chains, QT_TRANSLATE_NOOP("ReportTitlePage", "1 value chain"),
                         QT_TRANSLATE_NOOP("ReportTitlePage", "%1 value chains")),
                  plural(stages, QT_TRANSLATE_NOOP("ReportTitlePage", "1 stage"),
                         QT_TRANSLATE_NOOP("ReportTitlePage", "%1 stages"))),
         ReportStyle::ink()},
        {QString::number(state.links.size()), tr("links between the canvases and within them"),
         ReportStyle::ink()},
        {QString::number(m_report.count(Severity::Gap)), tr("gaps found by the alignment check"),
         ReportStyle::severityColor(Severity::Gap)},
        {QString::number(m_report.count(Severity::Warning)), tr("warnings to look at"),
         ReportStyle::severityColor(Severity::Warning)},
        {coverage.valuePropositions
             ? QStringLiteral("%1 %").arg(qRound(coverage.deliveredShare() * 100))
             : QStringLiteral("–"),
         tr("of the value propositions delivered by a value-chain stage"), ReportStyle::tick()},
    };
    if (m_report.money.present)
        lines.push_back(moneyLine());
    const qreal figureWidth = 44;
    for (const auto& line : lines) {
        if (y + metrics.height() > area.bottom())
            break;
        painter->setFont(ReportStyle::font(11, QFont::Bold));
        painter->setPen(line.color);
        const QFontMetricsF bold(painter->font());
        painter->drawText(
            QPointF(area.left() + figureWidth - 8 - bold.horizontalAdvance(line.figure),
                    y + metrics.ascent()),
            line.figure);
        painter->setPen(ReportStyle::ink());
        y += drawWrapped(painter, line.text, font,
                         QRectF(area.left() + figureWidth, y, area.width() - figureWidth, 0)) +
             5;
    }
    return y;
}

// The profit at a glance: its share of revenue, and the figures.
ReportTitlePage::Line ReportTitlePage::moneyLine() const {
    const money::MoneyReport& money = m_report.money;
    const SessionInfo& info = m_exporter.scene()->document()->info();
    const QLocale locale;
    const int decimals = money::decimalsFor({money.revenue, money.cost});
    const auto amount = [&](qint64 cents) {
        return money::localCents(cents, info.currency, locale, decimals);
    };
    const QString period = info.period == QLatin1String("month")     ? tr("month")
                           : info.period == QLatin1String("quarter") ? tr("quarter")
                                                                     : tr("year");
    const qint64 profit = money.profit();
    const QString share =
        money.revenue == 0
            ? QStringLiteral("–")
            : QStringLiteral("%1 %").arg(locale.toString(100.0 * static_cast<double>(profit) /
                                                             static_cast<double>(money.revenue),
                                                         'f', 0));
    return {share,
            tr("profit margin: %1 profit per %2 on %3 revenue")
                .arg(amount(profit), period, amount(money.revenue)),
            profit < 0 ? MoneyColors::lossText() : MoneyColors::gainText()};
}

qreal ReportTitlePage::paintContents(QPainter* painter, const QRectF& area,
                                     const std::vector<Entry>& contents) const {
    const QFont font = ReportStyle::font(11);
    const QFontMetricsF metrics(font);
    if (area.height() < 3 * metrics.height())
        return area.top();
    qreal y = area.top();
    y += paintLabel(painter, QPointF(area.left(), y), tr("Contents")) + 4;
    painter->setFont(font);
    for (const Entry& entry : contents) {
        if (y + metrics.height() + 6 > area.bottom())
            break;
        const QString number = QString::number(entry.page);
        const qreal baseline = y + metrics.ascent() + 3;
        painter->setPen(ReportStyle::ink());
        paintText(painter, QPointF(area.left(), baseline), entry.title);
        painter->setPen(ReportStyle::subtleInk());
        painter->drawText(QPointF(area.right() - metrics.horizontalAdvance(number), baseline),
                          number);
        y += metrics.height() + 6;
        painter->setPen(QPen(ReportStyle::rule(), 0.5));
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    return y;
}

} // namespace tandem
