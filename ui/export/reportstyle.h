#pragma once

#include "alignment.h"
#include "theme.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace tandem {

// The typography and colours of the printed report, in points (the report
// paints with one unit per point). Kept apart from Theme, which sizes the
// canvases for a projector; the report is read at arm's length on paper.
struct ReportStyle {
    // Pixel sizes are whole numbers, and one pixel is one point here.
    static QFont font(int points, QFont::Weight weight = QFont::Normal, bool italic = false) {
        QFont result;
        result.setFamilies(Theme::fontFamilies());
        result.setPixelSize(points);
        result.setWeight(weight);
        result.setItalic(italic);
        result.setHintingPreference(QFont::PreferNoHinting);
        // No ligatures, so that pdftotext and copy-paste give back "fi".
        result.setLetterSpacing(QFont::PercentageSpacing, 100);
        return result;
    }
    static QFont titleFont() { return font(30, QFont::Bold); }
    static QFont subtitleFont() { return font(16); }
    static QFont kickerFont() {
        // Small capitals, spaced a little: labels that step back from the
        // values they name. (Absolute spacing would be in device pixels.)
        QFont result = font(8, QFont::DemiBold);
        result.setLetterSpacing(QFont::PercentageSpacing, 112);
        result.setCapitalization(QFont::AllUppercase);
        return result;
    }
    static QFont headingFont() { return font(17, QFont::Bold); }
    static QFont subheadingFont() { return font(11, QFont::DemiBold); }
    static QFont bodyFont() { return font(10); }
    static QFont labelFont() { return font(9, QFont::DemiBold); }
    static QFont tableFont() { return font(9); }
    static QFont tableHeaderFont() { return font(8, QFont::DemiBold); }
    static QFont smallFont() { return font(7); }
    static QFont chromeFont() { return font(8); }
    static QFont chromeBoldFont() { return font(8, QFont::DemiBold); }

    static QColor ink() { return Theme::noteText(); }
    static QColor subtleInk() { return Theme::noteSubtleText(); }
    static QColor faintInk() { return Theme::hint(); }
    static QColor rule() { return QColor(0xc9, 0xcf, 0xd6); }
    static QColor band() { return QColor(0xf3, 0xf5, 0xf8); }
    static QColor bandStrong() { return QColor(0xe6, 0xea, 0xef); }
    static QColor tick() { return Theme::accent(Canvas::Operating); }
    // A colour washed out towards white: 0 keeps it, 1 is white.
    static QColor tint(const QColor& color, qreal towardsWhite) {
        const auto mix = [&](int channel) {
            return qRound(channel + (255 - channel) * towardsWhite);
        };
        return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
    }

    // Okabe-Ito vermilion, orange and blue: told apart by deuteranopes.
    static QColor severityColor(Severity severity) {
        switch (severity) {
        case Severity::Gap:
            return QColor(0xc2, 0x3b, 0x00);
        case Severity::Warning:
            return QColor(0xb0, 0x6a, 0x00);
        case Severity::Info:
            return QColor(0x00, 0x5f, 0x9e);
        }
        return ink();
    }

    // Page furniture, in points.
    static constexpr qreal HeaderHeight = 26;
    static constexpr qreal FooterHeight = 22;
    static constexpr qreal SectionGap = 14;
};

} // namespace tandem
