#pragma once

#include "model.h"

#include <QColor>
#include <QPen>

namespace tandem {

// How links look, in one place so that the canvas curves, the rubber curve
// of the link gesture and the traceability matrix agree.
class LinkStyle {
public:
    // At rest links are thin and quiet: they must not compete with the notes.
    // The trunks that bundle them between blocks, and the end dots.
    static QColor quiet() { return QColor(0x6f, 0x8c, 0xad, 165); }
    // The fans from each note to its block's trunk, quieter still.
    static QColor fan() { return QColor(0x6f, 0x8c, 0xad, 120); }
    // Links of other notes while a note is in focus.
    static QColor faint() { return QColor(0x6f, 0x8c, 0xad, 38); }
    // Links of the note in focus: the highlight colour of the notes.
    static QColor strong() { return QColor(0xd5, 0x5e, 0x00); }
    // The rubber curve while dragging a new link.
    static QColor rubber() { return QColor(0x00, 0x5f, 0xcc); }
    static QColor refused() { return QColor(0xb0, 0x3a, 0x2e); }

    static constexpr qreal QuietWidth = 1.0;
    static constexpr qreal TrunkWidth = 2.0;
    static constexpr qreal StrongWidth = 2.6;

    // One colour per kind for the matrix ticks (Okabe-Ito, colour-blind safe).
    static QColor kindColor(LinkKind kind) {
        switch (kind) {
        case LinkKind::Delivers:
            return QColor(0xd5, 0x5e, 0x00);
        case LinkKind::Supports:
            return QColor(0x00, 0x72, 0xb2);
        case LinkKind::DependsOn:
            return QColor(0x6a, 0x5a, 0x9c);
        case LinkKind::Supplies:
            return QColor(0x00, 0x9e, 0x73);
        }
        return quiet();
    }
};

} // namespace tandem
