#pragma once

#include "money.h"

#include <QColor>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace tandem {

class Document;

// One key of a lens's legend: a colour and what it means.
struct LegendKey {
    QColor color;
    QString label;
    bool operator==(const LegendKey& other) const = default;
};

// What a lens's colours mean, drawn in the canvas header on screen and in
// every export. Either a scale, drawn as one bar from the first key to the
// last with each key's label under its place, or separate keys side by side.
struct LensLegend {
    QString title;   // "Money lens"
    QString caption; // what is measured: "margin per value proposition, per year"
    std::vector<LegendKey> keys;
    bool scale = false;
    QString lowEnd; // under the scale's ends: "losing", "earning"
    QString highEnd;
    bool isEmpty() const { return title.isEmpty(); }
    bool operator==(const LensLegend& other) const = default;
};

// What a lens reads from the session.
struct LensContext {
    const Document& document;
    const money::MoneyReport& money; // computed once for all decorations
    QLocale locale;
};

// A colour scale a lens maps its measure through: the colours spread evenly
// from `low` to `high`; a diverging scale puts its middle colour at `centre`,
// each half spread over its own side.
struct ColourScale {
    std::vector<QColor> colours;
    double low = 0;
    double high = 1;
    std::optional<double> centre;
    QColor colourOf(double value) const;
};

// The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) not
// below `value`: the ends of a scale people read at a glance.
double roundScaleEnd(double value);

// What a lens shows: a measure per note (an element id, its value) mapped to
// colours, and a legend that says what they mean. Notes it does not measure
// are shown muted, so the measured ones stand out.
struct LensReading {
    QHash<QString, QColor> fills;
    LensLegend legend;
};

// A way of colouring the notes by one measure (money, votes, open findings):
// a measure per note, a colour scale, a legend. Lenses plug in by name: the
// View menu lists what lensRegistry() holds and the scene shows the one
// chosen, on screen and in every export alike.
class Lens {
public:
    virtual ~Lens() = default;
    // A stable name, never translated: "money", "votes", "findings".
    virtual QString key() const = 0;
    // The menu's title, translated, with its mnemonic: "&Money".
    virtual QString menuTitle() const = 0;
    virtual LensReading read(const LensContext& context) const = 0;
};

// The lenses there are, in menu order. A new one is one line in lens.cpp.
const std::vector<std::unique_ptr<Lens>>& lensRegistry();
// The lens of this name, or null.
const Lens* findLens(const QString& key);

// The fill of a note a lens does not measure.
QColor mutedFill();

} // namespace tandem
