#include "reportfindings.h"

#include "notetext.h"
#include "reportstyle.h"
#include "textdrawing.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace tandem {

namespace {

constexpr qreal HeadingHeight = 26;
constexpr qreal SummaryHeight = 18;
constexpr qreal CoverageRowHeight = 20;
constexpr qreal TableHeaderHeight = 20;
constexpr qreal RowPadding = 5;
constexpr qreal SeverityWidth = 76;
constexpr qreal RuleWidth = 34;
constexpr qreal BarWidth = 170;

QString tr(const char* text) {
    return QCoreApplication::translate("ReportFindings", text);
}

QString countText(int count, Severity severity) {
    switch (severity) {
    case Severity::Gap:
        return count == 1 ? tr("1 gap") : tr("%1 gaps").arg(count);
    case Severity::Warning:
        return count == 1 ? tr("1 warning") : tr("%1 warnings").arg(count);
    case Severity::Info:
        return tr("%1 info").arg(count);
    }
    return {};
}

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Gap:
        return tr("Gap");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

// "3 of 4 (75 %)", or "none to count" when there is nothing.
QString shareText(int part, int whole, double share) {
    if (whole == 0)
        return tr("none to count");
    return tr("%1 of %2 (%3 %)").arg(part).arg(whole).arg(qRound(share * 100));
}

} // namespace

ReportFindings::ReportFindings(AlignmentReport report)
    : m_report(std::move(report)) {}

qreal ReportFindings::messageWidth(qreal bodyWidth) const {
    return bodyWidth - SeverityWidth - RuleWidth - 8;
}

qreal ReportFindings::introHeight() const {
    return HeadingHeight + SummaryHeight + 10 + 2 * CoverageRowHeight + 18;
}

void ReportFindings::paginate(const QSizeF& body) {
    m_rowHeights.clear();
    m_pages.clear();
    const qreal width = messageWidth(body.width());
    for (const Finding& finding : m_report.findings) {
        NoteText text;
        text.setText(finding.message, ReportStyle::tableFont(), width);
        m_rowHeights.push_back(std::max<qreal>(text.height(), 14) + 2 * RowPadding);
    }
    qreal available = body.height() - introHeight() - TableHeaderHeight;
    PageRows page;
    for (int row = 0; row < static_cast<int>(m_rowHeights.size()); ++row) {
        if (m_rowHeights[row] > available && page.count > 0) {
            m_pages.push_back(page);
            page = PageRows{row, 0};
            available = body.height() - HeadingHeight - 8 - TableHeaderHeight;
        }
        available -= m_rowHeights[row];
        ++page.count;
    }
    m_pages.push_back(page);
}

void ReportFindings::paintIntro(QPainter* painter, const QRectF& body) const {
    qreal y = body.top();
    painter->setFont(ReportStyle::headingFont());
    painter->setPen(ReportStyle::ink());
    paintText(painter, QRectF(body.left(), y, body.width(), HeadingHeight),
              Qt::AlignLeft | Qt::AlignTop, tr("Alignment findings"));
    y += HeadingHeight;

    // "3 gaps · 5 warnings · 2 info", each in its severity's colour.
    painter->setFont(ReportStyle::subheadingFont());
    const QFontMetricsF metrics(painter->font());
    qreal x = body.left();
    if (m_report.findings.empty()) {
        painter->setPen(ReportStyle::subtleInk());
        paintText(painter, QPointF(x, y + metrics.ascent()),
                  tr("No findings: every promise has work behind it."));
    } else {
        for (int i = 0; i < SeverityCount; ++i) {
            const auto severity = static_cast<Severity>(i);
            const QString text = countText(m_report.count(severity), severity);
            painter->setPen(ReportStyle::severityColor(severity));
            paintText(painter, QPointF(x, y + metrics.ascent()), text);
            x += metrics.horizontalAdvance(text);
            if (i + 1 < SeverityCount) {
                const QString separator = QStringLiteral("  ·  ");
                painter->setPen(ReportStyle::faintInk());
                paintText(painter, QPointF(x, y + metrics.ascent()), separator);
                x += metrics.horizontalAdvance(separator);
            }
        }
    }
    y += SummaryHeight + 10;

    const Coverage& coverage = m_report.coverage;
    const struct {
        QString label;
        int part;
        int whole;
        double share;
    } bars[] = {
        {tr("Value propositions delivered by a stage"), coverage.deliveredValuePropositions,
         coverage.valuePropositions, coverage.deliveredShare()},
        {tr("Stages that serve an outward element"), coverage.servingStages, coverage.stages,
         coverage.servingShare()},
    };
    painter->setFont(ReportStyle::bodyFont());
    const QFontMetricsF bodyMetrics(painter->font());
    const qreal labelWidth = std::min<qreal>(240, body.width() / 3);
    for (const auto& bar : bars) {
        const qreal baseline = y + (CoverageRowHeight + bodyMetrics.ascent()) / 2 - 2;
        painter->setPen(ReportStyle::ink());
        paintText(painter, QPointF(body.left(), baseline),
                  bodyMetrics.elidedText(bar.label, Qt::ElideRight, labelWidth - 8));
        const QRectF track(body.left() + labelWidth, y + CoverageRowHeight / 2 - 5, BarWidth, 7);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ReportStyle::bandStrong());
        painter->drawRoundedRect(track, 3.5, 3.5);
        if (bar.whole > 0 && bar.part > 0) {
            painter->setBrush(ReportStyle::tick());
            painter->drawRoundedRect(
                QRectF(track.topLeft(), QSizeF(track.width() * bar.share, track.height())), 3.5,
                3.5);
        }
        painter->setPen(ReportStyle::subtleInk());
        paintText(painter, QPointF(track.right() + 10, baseline),
                  shareText(bar.part, bar.whole, bar.share));
        y += CoverageRowHeight;
    }
    painter->setBrush(Qt::NoBrush);
}

qreal ReportFindings::paintTableHeader(QPainter* painter, const QRectF& body, qreal top) const {
    painter->setFont(ReportStyle::tableHeaderFont());
    painter->setPen(ReportStyle::subtleInk());
    const qreal baseline = top + TableHeaderHeight - 7;
    paintText(painter, QPointF(body.left(), baseline), tr("SEVERITY"));
    paintText(painter, QPointF(body.left() + SeverityWidth, baseline), tr("RULE"));
    paintText(painter, QPointF(body.left() + SeverityWidth + RuleWidth + 8, baseline),
              tr("FINDING"));
    painter->setPen(QPen(ReportStyle::ink(), 0.8));
    const qreal line = top + TableHeaderHeight - 1;
    painter->drawLine(QPointF(body.left(), line), QPointF(body.right(), line));
    return top + TableHeaderHeight;
}

void ReportFindings::paintPage(QPainter* painter, const QRectF& body, int page) const {
    if (page < 0 || page >= pageCount())
        return;
    painter->save();
    qreal y = body.top();
    if (page == 0) {
        paintIntro(painter, body);
        y += introHeight();
    } else {
        painter->setFont(ReportStyle::headingFont());
        painter->setPen(ReportStyle::ink());
        paintText(painter, QRectF(body.left(), y, body.width(), HeadingHeight),
                  Qt::AlignLeft | Qt::AlignTop, tr("Alignment findings (continued)"));
        y += HeadingHeight + 8;
    }
    const PageRows rows = m_pages[page];
    if (rows.count == 0) {
        painter->restore();
        return;
    }
    y = paintTableHeader(painter, body, y);

    const qreal width = messageWidth(body.width());
    const QFontMetricsF labelMetrics(ReportStyle::labelFont());
    for (int row = rows.first; row < rows.first + rows.count; ++row) {
        const Finding& finding = m_report.findings[row];
        const qreal height = m_rowHeights[row];
        const QColor color = ReportStyle::severityColor(finding.severity);
        const qreal baseline = y + RowPadding + labelMetrics.ascent() + 1;

        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(QPointF(body.left() + 4, baseline - labelMetrics.xHeight() / 2), 3.2,
                             3.2);
        painter->setFont(ReportStyle::labelFont());
        painter->setPen(color);
        paintText(painter, QPointF(body.left() + 13, baseline), severityLabel(finding.severity));
        painter->setPen(ReportStyle::subtleInk());
        paintText(painter, QPointF(body.left() + SeverityWidth, baseline), finding.rule);

        NoteText message;
        message.setText(finding.message, ReportStyle::tableFont(), width);
        painter->setPen(ReportStyle::ink());
        message.draw(painter, QPointF(body.left() + SeverityWidth + RuleWidth + 8, y + RowPadding));

        y += height;
        painter->setPen(QPen(ReportStyle::rule(), 0.5));
        painter->drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    }
    painter->restore();
}

} // namespace tandem
