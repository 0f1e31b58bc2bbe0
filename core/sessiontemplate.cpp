#include "sessiontemplate.h"

#include "document.h"
#include "votes.h"

#include <QCoreApplication>
#include <QHash>

namespace tandem {

namespace {

// Hands out prefix-1, prefix-2, ... per prefix, as Document::generateId does
// for an empty document. Every old id is replaced, so nothing else can clash.
class IdGenerator {
public:
    QString next(const QString& prefix) {
        int& count = m_counts[prefix];
        ++count;
        return prefix + QLatin1Char('-') + QString::number(count);
    }

private:
    QHash<QString, int> m_counts;
};

Element renewed(const Element& source, const QString& id) {
    Element element = source;
    element.id = id;
    // Votes rank the source workshop's notes, not the new one's.
    return withVotes(element, {});
}

} // namespace

Session sessionFromTemplate(const Session& source) {
    Session session;
    session.info.title = QCoreApplication::translate("SessionTemplate", "Untitled session");
    session.extra = source.extra;

    const CanvasState& from = source.state;
    CanvasState& to = session.state;
    to.businessExtra = from.businessExtra;
    to.operatingExtra = from.operatingExtra;

    IdGenerator ids;
    // Old id -> new id, for the links. First occurrence wins, as in the reader.
    QHash<QString, QString> renamed;
    auto remember = [&renamed](const QString& oldId, const QString& newId) {
        if (!renamed.contains(oldId))
            renamed.insert(oldId, newId);
    };

    for (Block block : allBlocks()) {
        if (block == Block::ValueChains)
            continue;
        for (const Element& element : from.elements(block)) {
            const QString id = ids.next(Document::idPrefix(block));
            remember(element.id, id);
            to.elements(block).push_back(renewed(element, id));
        }
    }
    for (const ValueChain& chain : from.chains) {
        ValueChain copy;
        copy.id = ids.next(QStringLiteral("vc"));
        copy.name = chain.name;
        copy.extra = chain.extra;
        for (const Element& stage : chain.stages) {
            const QString id = ids.next(Document::idPrefix(Block::ValueChains));
            remember(stage.id, id);
            copy.stages.push_back(renewed(stage, id));
        }
        to.chains.push_back(std::move(copy));
    }

    for (const Link& link : from.links) {
        const auto fromId = renamed.constFind(link.from);
        const auto toId = renamed.constFind(link.to);
        // A link to a chain or to nothing cannot be remapped; a loaded file
        // has none, a hand-built one is repaired rather than copied broken.
        if (fromId == renamed.constEnd() || toId == renamed.constEnd())
            continue;
        Link copy = link;
        copy.from = *fromId;
        copy.to = *toId;
        to.links.push_back(std::move(copy));
    }
    return session;
}

} // namespace tandem
