#include "canvasdecorations.h"

#include "blockitem.h"
#include "canvasframeitem.h"
#include "canvasscene.h"
#include "moneytext.h"
#include "noteitem.h"

namespace tandem {

CanvasDecorations::CanvasDecorations(CanvasScene* scene)
    : QObject(scene)
    , m_scene(scene) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &CanvasDecorations::refreshNow);
    Document* document = scene->document();
    connect(document, &Document::changed, this, &CanvasDecorations::schedule);
    connect(document, &Document::sessionReset, this, &CanvasDecorations::refreshNow);
    refreshNow();
}

bool CanvasDecorations::setLens(const QString& key) {
    if (!key.isEmpty() && !findLens(key))
        return false;
    if (key != m_lens) {
        m_lens = key;
        refreshNow();
        Q_EMIT lensChanged(m_lens);
    }
    return true;
}

void CanvasDecorations::setLocale(const QLocale& locale) {
    m_locale = locale;
    refreshNow();
}

void CanvasDecorations::schedule() {
    m_timer.start();
}

void CanvasDecorations::flush() {
    if (m_timer.isActive())
        refreshNow();
}

void CanvasDecorations::refreshNow() {
    m_timer.stop();
    const QHash<QString, NoteLook> before = std::move(m_looks);
    m_looks.clear();
    m_looks.reserve(before.size());
    computeMoney();
    computeLens();
    // Only the notes whose look was or is something: a session without
    // money or lens costs nothing per edit, however large.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!m_looks.contains(it.key()))
            setLookOfItems(it.key(), NoteLook{});
    }
    for (auto it = m_looks.cbegin(); it != m_looks.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            setLookOfItems(it.key(), it.value());
    }
    // A badge makes its note taller (only value propositions have one).
    bool badgesChanged = false;
    for (auto it = before.cbegin(); it != before.cend() && !badgesChanged; ++it)
        badgesChanged = it.value().badge.isEmpty() != m_looks.value(it.key()).badge.isEmpty();
    for (auto it = m_looks.cbegin(); it != m_looks.cend() && !badgesChanged; ++it)
        badgesChanged = it.value().badge.isEmpty() != before.value(it.key()).badge.isEmpty();
    if (badgesChanged)
        m_scene->relayoutNotesOf(Block::ValuePropositions);
    m_scene->blockItem(Block::RevenueStreams)->setFigure(m_revenueTotal);
    m_scene->blockItem(Block::CostStructure)->setFigure(m_costTotal);
    for (Canvas canvas : {Canvas::Business, Canvas::Operating})
        m_scene->frameItem(canvas)->setLegend(m_legend);
}

void CanvasDecorations::setLookOfItems(const QString& id, const NoteLook& look) const {
    if (NoteItem* item = m_scene->noteItem(id))
        item->setLook(look);
    if (NoteItem* mirror = m_scene->mirrorItem(id))
        mirror->setLook(look);
}

void CanvasDecorations::dress(NoteItem* item) const {
    item->setLook(m_looks.value(item->elementId()));
}

void CanvasDecorations::computeMoney() {
    const Document& document = *m_scene->document();
    const CanvasState& state = document.state();
    m_revenueTotal.clear();
    m_costTotal.clear();
    bool amounts = false;
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (const Element& element : state.elements(block))
            amounts = amounts || element.amount.has_value();
    }
    if (!amounts) {
        m_money = money::MoneyReport{};
        return;
    }
    m_money = money::analyse(state);
    m_formatter.use(document.info().currency, m_locale);
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (const Element& element : state.elements(block)) {
            if (element.amount)
                m_looks[element.id].amount =
                    m_formatter.amount(money::toCents(element.amount->value));
        }
    }
    for (const money::PromiseFigures& promise : m_money.valuePropositions) {
        // A promise no revenue or cost reaches has no margin to show: a
        // "€0" there would read as a promise that breaks even.
        if (promise.revenue == 0 && promise.cost == 0)
            continue;
        NoteLook& look = m_looks[promise.id];
        const qint64 margin = promise.margin();
        look.badge = m_formatter.signedAmount(margin);
        look.badgeTone = margin > 0   ? NoteLook::Tone::Earning
                         : margin < 0 ? NoteLook::Tone::Losing
                                      : NoteLook::Tone::Neutral;
    }
    const QString& period = document.info().period;
    m_revenueTotal = moneytext::perPeriod(m_formatter.amount(m_money.revenue), period);
    m_costTotal = moneytext::perPeriod(m_formatter.amount(m_money.cost), period);
}

void CanvasDecorations::computeLens() {
    const Lens* lens = findLens(m_lens);
    if (!lens) {
        m_legend = LensLegend{};
        return;
    }
    const Document& document = *m_scene->document();
    const LensReading reading = lens->read(LensContext{document, m_money, m_locale});
    m_legend = reading.legend;
    const QColor muted = mutedFill();
    for (const QString& id : m_scene->readingOrder())
        m_looks[id].lensFill = reading.fills.value(id, muted);
}

} // namespace tandem
