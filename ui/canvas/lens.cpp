#include "lens.h"

#include "alignment.h"
#include "document.h"
#include "moneytext.h"
#include "votes.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tandem {

namespace {

// Calls f(const Element&) for every note of the session, stages included.
template <typename F> void forEachElement(const CanvasState& state, F&& f) {
    for (Block block : allBlocks()) {
        for (const Element& element : state.elements(block))
            f(element);
    }
    for (const ValueChain& chain : state.chains) {
        for (const Element& stage : chain.stages)
            f(stage);
    }
}

// Margins: red losing, pale yellow breaking even, green earning (the
// ColorBrewer RdYlGn scale, which people read as bad to good without a key).
class MoneyLens : public Lens {
public:
    QString key() const override { return QStringLiteral("money"); }
    QString menuTitle() const override { return QCoreApplication::translate("Lens", "&Money"); }
    LensReading read(const LensContext& context) const override {
        LensReading reading;
        LensLegend& legend = reading.legend;
        legend.title = QCoreApplication::translate("Lens", "Money lens");
        const money::MoneyReport& report = context.money;
        const QString& currency = context.document.info().currency;
        if (!report.present) {
            legend.caption = QCoreApplication::translate(
                "Lens", "no amounts yet: give revenue streams and costs an amount");
            return reading;
        }
        legend.caption = QCoreApplication::translate("Lens", "margin of each value proposition, %1")
                             .arg(moneytext::periodPhrase(context.document.info().period));
        // Each side on its own scale, so that a promise losing a little
        // still shows red beside one earning a lot; but no side reaches less
        // than a tenth of the other, or a loss of a few cents would glare.
        qint64 loss = 0;
        qint64 gain = 0;
        for (const money::PromiseFigures& promise : report.valuePropositions) {
            loss = std::max(loss, -promise.margin());
            gain = std::max(gain, promise.margin());
        }
        const double largest = static_cast<double>(std::max({loss, gain, qint64(1)}));
        const double low = roundScaleEnd(std::max(static_cast<double>(loss), largest / 10));
        const double high = roundScaleEnd(std::max(static_cast<double>(gain), largest / 10));
        const ColourScale scale{{QColor(0xd7, 0x30, 0x27), QColor(0xfc, 0x8d, 0x59),
                                 QColor(0xfe, 0xe0, 0x8b), QColor(0xff, 0xff, 0xbf),
                                 QColor(0xd9, 0xef, 0x8b), QColor(0x91, 0xcf, 0x60),
                                 QColor(0x1a, 0x98, 0x50)},
                                -low,
                                high,
                                0.0};
        for (const money::PromiseFigures& promise : report.valuePropositions)
            reading.fills.insert(promise.id, scale.colourOf(static_cast<double>(promise.margin())));
        legend.scale = true;
        for (const QColor& colour : scale.colours)
            legend.keys.push_back({colour, {}});
        legend.keys.front().label =
            moneytext::signedAmount(-std::llround(low), currency, context.locale);
        legend.keys[scale.colours.size() / 2].label =
            moneytext::amount(0, currency, context.locale);
        legend.keys.back().label =
            moneytext::signedAmount(std::llround(high), currency, context.locale);
        legend.lowEnd = QCoreApplication::translate("Lens", "losing");
        legend.highEnd = QCoreApplication::translate("Lens", "earning");
        return reading;
    }
};

// Dots: from paper white for none to deep blue for the most (ColorBrewer Blues).
class VotesLens : public Lens {
public:
    QString key() const override { return QStringLiteral("votes"); }
    QString menuTitle() const override { return QCoreApplication::translate("Lens", "&Votes"); }
    LensReading read(const LensContext& context) const override {
        LensReading reading;
        QHash<QString, int> dots;
        int most = 0;
        forEachElement(context.document.state(), [&](const Element& element) {
            const int count = voteCount(element);
            dots.insert(element.id, count);
            most = std::max(most, count);
        });
        const ColourScale scale{{QColor(0xf7, 0xfb, 0xff), QColor(0xc6, 0xdb, 0xef),
                                 QColor(0x6b, 0xae, 0xd6), QColor(0x21, 0x71, 0xb5),
                                 QColor(0x08, 0x30, 0x6b)},
                                0,
                                static_cast<double>(std::max(most, 1))};
        for (auto it = dots.cbegin(); it != dots.cend(); ++it)
            reading.fills.insert(it.key(), scale.colourOf(it.value()));
        LensLegend& legend = reading.legend;
        legend.title = QCoreApplication::translate("Lens", "Votes lens");
        legend.caption = most > 0 ? QCoreApplication::translate("Lens", "dots on each note")
                                  : QCoreApplication::translate("Lens", "no dots yet");
        legend.scale = true;
        for (const QColor& colour : scale.colours)
            legend.keys.push_back({colour, {}});
        legend.keys.front().label = context.locale.toString(0);
        legend.keys.back().label = context.locale.toString(std::max(most, 1));
        return reading;
    }
};

// The most serious finding of the alignment check on each note.
class FindingsLens : public Lens {
public:
    QString key() const override { return QStringLiteral("findings"); }
    QString menuTitle() const override {
        return QCoreApplication::translate("Lens", "Open &Findings");
    }
    LensReading read(const LensContext& context) const override {
        // The more serious, the stronger: red gaps, orange warnings, pale
        // blue information.
        const std::array<QColor, SeverityCount> colours{
            QColor(0xd7, 0x30, 0x27), QColor(0xf6, 0xa5, 0x3b), QColor(0xb9, 0xd3, 0xee)};
        const QColor none(0xff, 0xff, 0xff);
        const AlignmentReport report = checkAlignment(context.document.state());
        QHash<QString, Severity> worst;
        std::array<int, SeverityCount> counts{};
        for (const Finding& finding : report.findings) {
            ++counts[static_cast<int>(finding.severity)];
            for (const QString& id : finding.elementIds) {
                const auto known = worst.constFind(id);
                if (known == worst.cend() || finding.severity < *known)
                    worst.insert(id, finding.severity);
            }
        }
        LensReading reading;
        forEachElement(context.document.state(), [&](const Element& element) {
            const auto found = worst.constFind(element.id);
            reading.fills.insert(element.id,
                                 found == worst.cend() ? none : colours[static_cast<int>(*found)]);
        });
        LensLegend& legend = reading.legend;
        legend.title = QCoreApplication::translate("Lens", "Open findings lens");
        legend.caption =
            QCoreApplication::translate("Lens", "the most serious finding on each note");
        legend.keys = {
            {colours[0], QCoreApplication::translate("Lens", "Gap (%1)").arg(counts[0])},
            {colours[1], QCoreApplication::translate("Lens", "Warning (%1)").arg(counts[1])},
            {colours[2], QCoreApplication::translate("Lens", "Info (%1)").arg(counts[2])},
            {none, QCoreApplication::translate("Lens", "No finding")},
        };
        return reading;
    }
};

} // namespace

double roundScaleEnd(double value) {
    if (!(value > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * power >= value * (1 - 1e-12))
            return step * power;
    }
    return 10 * power;
}

QColor ColourScale::colourOf(double value) const {
    if (colours.empty())
        return {};
    if (colours.size() == 1 || high <= low)
        return colours[colours.size() / 2];
    double t = std::clamp((value - low) / (high - low), 0.0, 1.0);
    if (centre && *centre > low && *centre < high) {
        t = value < *centre
                ? 0.5 * std::clamp((value - low) / (*centre - low), 0.0, 1.0)
                : 0.5 + 0.5 * std::clamp((value - *centre) / (high - *centre), 0.0, 1.0);
    }
    const double position = t * static_cast<double>(colours.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, colours.size() - 1);
    const double f = position - static_cast<double>(below);
    const QColor& a = colours[below];
    const QColor& b = colours[above];
    const auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

const std::vector<std::unique_ptr<Lens>>& lensRegistry() {
    static const std::vector<std::unique_ptr<Lens>> lenses = [] {
        std::vector<std::unique_ptr<Lens>> made;
        made.push_back(std::make_unique<MoneyLens>());
        made.push_back(std::make_unique<VotesLens>());
        made.push_back(std::make_unique<FindingsLens>());
        return made;
    }();
    return lenses;
}

const Lens* findLens(const QString& key) {
    for (const auto& lens : lensRegistry()) {
        if (lens->key() == key)
            return lens.get();
    }
    return nullptr;
}

QColor mutedFill() {
    return QColor(0xe4, 0xe7, 0xeb);
}

} // namespace tandem
