#pragma once

#include "alignment.h"

#include <QColor>
#include <QRectF>
#include <QString>

#include <vector>

class QFont;
class QPainter;

namespace tandem {

class Exporter;

// The first page of the report: who, when and what for (title,
// organisation, date, facilitator, participants, the session's notes), the
// session and its alignment at a glance, the contents, and a picture of
// both canvases in the room that is left.
class ReportTitlePage {
public:
    struct Entry {
        QString title;
        int page = 0;
    };

    ReportTitlePage(const Exporter& exporter, const AlignmentReport& report, QString date);

    void paint(QPainter* painter, const QRectF& content, const std::vector<Entry>& contents) const;

private:
    struct Row {
        QString label;
        QString value;
    };
    struct Line {
        QString figure;
        QString text;
        QColor color;
    };
    Line moneyLine() const;
    // Label and value rows; returns the bottom of the last one.
    static qreal paintRows(QPainter* painter, const QRectF& area, const std::vector<Row>& rows,
                           qreal labelWidth, const QFont& valueFont);
    static qreal paintLabel(QPainter* painter, const QPointF& topLeft, const QString& text);
    qreal paintMeta(QPainter* painter, const QRectF& area) const;
    qreal paintGlance(QPainter* painter, const QRectF& area) const;
    qreal paintContents(QPainter* painter, const QRectF& area,
                        const std::vector<Entry>& contents) const;

    const Exporter& m_exporter;
    const AlignmentReport& m_report;
    QString m_date;
};

} // namespace tandem
