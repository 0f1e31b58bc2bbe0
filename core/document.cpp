#include "document.h"

#include "idgen.h"

#include <QCoreApplication>

namespace tandem {

Document::Document(QObject* parent)
    : QObject(parent) {
    m_session.info.title = tr("Untitled session");
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document() {
    // Commands refer to the document; destroy them while it is still whole.
    m_undoStack.clear();
}

void Document::resetSession(Session session) {
    m_undoStack.clear();
    m_session = std::move(session);
    rebuildIndex();
    Q_EMIT sessionReset();
    Q_EMIT infoChanged();
    Q_EMIT changed();
}

void Document::setFilePath(const QString& path) {
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void Document::markSavedTo(const QString& path) {
    setFilePath(path);
    markSaved();
    Q_EMIT savedTo(path);
}

// --- lookups ---------------------------------------------------------------

const Element* Document::element(const QString& id) const {
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd() || it->index < 0)
        return nullptr;
    if (it->isStage()) {
        const ValueChain* owner = chain(it->chainId);
        return owner ? &owner->stages[it->index] : nullptr;
    }
    return &m_session.state.elements(it->block)[it->index];
}

std::optional<Place> Document::placeOf(const QString& id) const {
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd() || it->index < 0)
        return std::nullopt;
    return *it;
}

const ValueChain* Document::chain(const QString& id) const {
    const int index = chainIndex(id);
    return index < 0 ? nullptr : &m_session.state.chains[index];
}

int Document::chainIndex(const QString& id) const {
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd() || it->index >= 0 || it->chainId != id)
        return -1;
    const auto& chains = m_session.state.chains;
    for (int i = 0; i < static_cast<int>(chains.size()); ++i) {
        if (chains[i].id == id)
            return i;
    }
    return -1;
}

QString Document::chainOfStage(const QString& stageId) const {
    const auto place = placeOf(stageId);
    return place && place->isStage() ? place->chainId : QString();
}

bool Document::isElement(const QString& id) const {
    return placeOf(id).has_value();
}

std::optional<Block> Document::blockOf(const QString& id) const {
    const auto place = placeOf(id);
    if (!place)
        return std::nullopt;
    return place->block;
}

QString Document::idPrefix(Block block) {
    switch (block) {
    case Block::KeyPartners:
        return QStringLiteral("kp");
    case Block::KeyActivities:
        return QStringLiteral("ka");
    case Block::KeyResources:
        return QStringLiteral("kr");
    case Block::ValuePropositions:
        return QStringLiteral("vp");
    case Block::CustomerRelationships:
        return QStringLiteral("cr");
    case Block::Channels:
        return QStringLiteral("ch");
    case Block::CustomerSegments:
        return QStringLiteral("cs");
    case Block::CostStructure:
        return QStringLiteral("cost");
    case Block::RevenueStreams:
        return QStringLiteral("rev");
    case Block::ValueChains:
        return QStringLiteral("st");
    case Block::Organisation:
        return QStringLiteral("org");
    case Block::Locations:
        return QStringLiteral("loc");
    case Block::Information:
        return QStringLiteral("info");
    case Block::Suppliers:
        return QStringLiteral("sup");
    case Block::ManagementSystem:
        return QStringLiteral("ms");
    }
    return QStringLiteral("el");
}

QString Document::generateId(const QString& prefix) const {
    return generateId(prefix, {});
}

QString Document::generateId(const QString& prefix, const QSet<QString>& alsoTaken) const {
    // A random suffix, not a count: two branches adding to the same block
    // must not hand out the same id (core/idgen.h).
    return IdGenerator::fresh(prefix, [&](const QString& candidate) {
        return m_index.contains(candidate) || alsoTaken.contains(candidate);
    });
}

std::vector<int> Document::linksOf(const QString& id) const {
    std::vector<int> result;
    const auto& links = m_session.state.links;
    for (int i = 0; i < static_cast<int>(links.size()); ++i) {
        if (links[i].from == id || links[i].to == id)
            result.push_back(i);
    }
    return result;
}

int Document::linkIndex(const Link& link) const {
    const auto& links = m_session.state.links;
    for (int i = 0; i < static_cast<int>(links.size()); ++i) {
        if (links[i].sameEnds(link))
            return i;
    }
    return -1;
}

QString Document::linkProblem(const Link& link) const {
    if (link.from.isEmpty() || link.to.isEmpty() || !isElement(link.from) || !isElement(link.to))
        return tr("A link needs a note at each end.");
    if (link.from == link.to)
        return tr("A note cannot be linked to itself.");
    if (linkIndex(link) >= 0)
        return tr("These notes are already linked that way.");
    return {};
}

// --- primitives ------------------------------------------------------------

std::vector<Element>* Document::listFor(const Place& place) {
    if (!place.isStage())
        return &m_session.state.elements(place.block);
    const int index = chainIndex(place.chainId);
    return index < 0 ? nullptr : &m_session.state.chains[index].stages;
}

void Document::insertElementRaw(const Place& place, const Element& newElement) {
    std::vector<Element>* list = listFor(place);
    Q_ASSERT(list);
    const int count = static_cast<int>(list->size());
    const int index = place.index < 0 || place.index > count ? count : place.index;
    list->insert(list->begin() + index, newElement);
    reindexList(place);
    Q_EMIT elementAdded(newElement.id);
    Q_EMIT changed();
}

std::pair<Place, Element> Document::takeElementRaw(const QString& id) {
    const Place place = *placeOf(id);
    std::vector<Element>* list = listFor(place);
    Element taken = std::move((*list)[place.index]);
    list->erase(list->begin() + place.index);
    m_index.remove(id);
    reindexList(place);
    Q_EMIT elementRemoved(id, place);
    Q_EMIT changed();
    return {place, std::move(taken)};
}

void Document::replaceElementRaw(const QString& id, const Element& newValue) {
    const Place place = *placeOf(id);
    (*listFor(place))[place.index] = newValue;
    Q_EMIT elementChanged(id);
    Q_EMIT changed();
}

Place Document::moveElementRaw(const QString& id, const Place& to,
                               const std::optional<QPointF>& at) {
    const Place from = *placeOf(id);
    std::vector<Element>* source = listFor(from);
    Element moved = std::move((*source)[from.index]);
    source->erase(source->begin() + from.index);
    moved.at = at;
    std::vector<Element>* target = listFor(to);
    const int count = static_cast<int>(target->size());
    const int index = to.index < 0 || to.index > count ? count : to.index;
    target->insert(target->begin() + index, std::move(moved));
    reindexList(from);
    reindexList(to);
    Q_EMIT elementMoved(id, from, *placeOf(id));
    Q_EMIT changed();
    return from;
}

void Document::insertChainRaw(int index, const ValueChain& newChain) {
    auto& chains = m_session.state.chains;
    chains.insert(chains.begin() + index, newChain);
    reindexChains();
    Q_EMIT chainAdded(newChain.id);
    Q_EMIT changed();
}

ValueChain Document::takeChainRaw(const QString& chainId) {
    auto& chains = m_session.state.chains;
    const int index = chainIndex(chainId);
    ValueChain taken = std::move(chains[index]);
    chains.erase(chains.begin() + index);
    m_index.remove(chainId);
    for (const Element& stage : taken.stages)
        m_index.remove(stage.id);
    reindexChains();
    Q_EMIT chainRemoved(chainId);
    Q_EMIT changed();
    return taken;
}

void Document::setChainNameRaw(const QString& chainId, const QString& name) {
    m_session.state.chains[chainIndex(chainId)].name = name;
    Q_EMIT chainChanged(chainId);
    Q_EMIT changed();
}

void Document::moveChainRaw(int from, int to) {
    auto& chains = m_session.state.chains;
    ValueChain moved = std::move(chains[from]);
    chains.erase(chains.begin() + from);
    chains.insert(chains.begin() + to, std::move(moved));
    Q_EMIT chainsReordered();
    Q_EMIT changed();
}

void Document::insertLinkRaw(int index, const Link& link) {
    auto& links = m_session.state.links;
    links.insert(links.begin() + index, link);
    Q_EMIT linkAdded(link);
    Q_EMIT changed();
}

Link Document::takeLinkRaw(int index) {
    auto& links = m_session.state.links;
    Link taken = std::move(links[index]);
    links.erase(links.begin() + index);
    Q_EMIT linkRemoved(taken);
    Q_EMIT changed();
    return taken;
}

void Document::replaceLinkRaw(int index, const Link& link) {
    const Link old = m_session.state.links[index];
    m_session.state.links[index] = link;
    Q_EMIT linkChanged(old, link);
    Q_EMIT changed();
}

void Document::setInfoRaw(const SessionInfo& newInfo) {
    m_session.info = newInfo;
    Q_EMIT infoChanged();
    Q_EMIT changed();
}

void Document::setSnapshotsRaw(const std::vector<Snapshot>& snapshots) {
    m_session.snapshots = snapshots;
    Q_EMIT snapshotsChanged();
    Q_EMIT changed();
}

void Document::setSessionExtraRaw(const ExtraFields& extra) {
    m_session.extra = extra;
    Q_EMIT changed();
}

void Document::setStateRaw(const CanvasState& newState) {
    m_session.state = newState;
    rebuildIndex();
    Q_EMIT sessionReset();
    Q_EMIT changed();
}

// --- index -----------------------------------------------------------------

void Document::rebuildIndex() {
    m_index.clear();
    for (Block block : allBlocks()) {
        if (block != Block::ValueChains)
            reindexList(Place{block, {}, 0});
    }
    reindexChains();
}

void Document::reindexList(const Place& place) {
    const std::vector<Element>* list = listFor(place);
    if (!list)
        return;
    for (int i = 0; i < static_cast<int>(list->size()); ++i)
        m_index.insert((*list)[i].id, Place{place.block, place.chainId, i});
}

void Document::reindexChains() {
    for (const ValueChain& each : m_session.state.chains) {
        m_index.insert(each.id, Place{Block::ValueChains, each.id, -1});
        for (int i = 0; i < static_cast<int>(each.stages.size()); ++i)
            m_index.insert(each.stages[i].id, Place{Block::ValueChains, each.id, i});
    }
}

} // namespace tandem
