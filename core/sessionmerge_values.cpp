// The value-level pieces of the session merge: conflicts, unknown keys, order.

#include "sessionmerge_p.h"
#include "utf8text.h"

#include <QHash>
#include <QSet>

#include <list>

namespace tandem::mergedetail {

void ConflictSink::add(ConflictSubject subject, const QString& id, const QString& field,
                       const std::optional<YAML::Node>& base, const std::optional<YAML::Node>& ours,
                       const std::optional<YAML::Node>& theirs) {
    MergeConflict conflict;
    conflict.subject = subject;
    conflict.id = id;
    conflict.field = field;
    conflict.values = conflictValues(base, ours, theirs);
    m_conflicts.push_back(std::move(conflict));
}

void ConflictSink::addLink(const Link& link, const QString& field,
                           const std::optional<YAML::Node>& base,
                           const std::optional<YAML::Node>& ours,
                           const std::optional<YAML::Node>& theirs) {
    add(ConflictSubject::Link, link.from, field, base, ours, theirs);
    m_conflicts.back().to = link.to;
    m_conflicts.back().linkKind = link.kind;
}

namespace {

struct KeyedNodes {
    QStringList keys;
    QHash<QString, const YAML::Node*> nodes;
};

KeyedNodes keyed(const ExtraFields& extra) {
    KeyedNodes result;
    for (const ExtraEntry& entry : extraEntries(extra)) {
        const QString key = utf8Text(entry.first);
        if (result.nodes.contains(key))
            continue;
        result.keys.append(key);
        result.nodes.insert(key, &entry.second);
    }
    return result;
}

std::optional<std::string> textOf(const KeyedNodes& side, const QString& key) {
    const YAML::Node* node = side.nodes.value(key);
    return node ? std::optional<std::string>(nodeText(*node)) : std::nullopt;
}

std::optional<YAML::Node> nodeOf(const KeyedNodes& side, const QString& key) {
    const YAML::Node* node = side.nodes.value(key);
    return node ? std::optional<YAML::Node>(*node) : std::nullopt;
}

bool inOrder(const QStringList& list, const QStringList& reference) {
    QSet<QString> common(list.begin(), list.end());
    QSet<QString> inReference(reference.begin(), reference.end());
    common &= inReference;
    QStringList left;
    QStringList right;
    for (const QString& id : list) {
        if (common.contains(id))
            left.append(id);
    }
    for (const QString& id : reference) {
        if (common.contains(id))
            right.append(id);
    }
    return left == right;
}

} // namespace

ExtraFields mergeExtras(const ExtraFields& base, const ExtraFields& ours, const ExtraFields& theirs,
                        const ExtraConflict& onConflict) {
    if (ours == theirs || theirs == base)
        return ours;
    if (ours == base)
        return theirs;
    const KeyedNodes b = keyed(base);
    const KeyedNodes o = keyed(ours);
    const KeyedNodes t = keyed(theirs);
    QSet<QString> members;
    QHash<QString, std::optional<YAML::Node>> chosen;
    for (const QStringList* keys : {&o.keys, &t.keys}) {
        for (const QString& key : *keys) {
            if (chosen.contains(key))
                continue;
            const auto bt = textOf(b, key);
            const auto ot = textOf(o, key);
            const auto tt = textOf(t, key);
            std::optional<YAML::Node> value;
            if (ot == tt || tt == bt)
                value = nodeOf(o, key);
            else if (ot == bt)
                value = nodeOf(t, key);
            else {
                value = ot ? nodeOf(o, key) : nodeOf(t, key);
                onConflict(key, nodeOf(b, key), nodeOf(o, key), nodeOf(t, key));
            }
            chosen.insert(key, value);
            if (value)
                members.insert(key);
        }
    }
    std::vector<ExtraEntry> entries;
    for (const QString& key : mergeOrder(b.keys, o.keys, t.keys, members))
        entries.emplace_back(key.toStdString(), *chosen.value(key));
    return makeExtraFields(std::move(entries));
}

QStringList mergeOrder(const QStringList& base, const QStringList& ours, const QStringList& theirs,
                       const QSet<QString>& members) {
    // The skeleton is the side whose order is to be kept; the other side only
    // adds entries the skeleton lacks, after the entry they follow there.
    const bool oursReordered = !inOrder(ours, base);
    const bool theirsReordered = !inOrder(theirs, base);
    const bool oursFirst = oursReordered || !theirsReordered;
    const QStringList& skeleton = oursFirst ? ours : theirs;
    const QStringList& other = oursFirst ? theirs : ours;

    std::list<QString> order;
    QHash<QString, std::list<QString>::iterator> where;
    QHash<QString, int> rank; // skeleton position; an insertion takes its anchor's
    for (const QString& id : skeleton) {
        if (members.contains(id) && !where.contains(id)) {
            rank.insert(id, static_cast<int>(rank.size()));
            where.insert(id, order.insert(order.end(), id));
        }
    }
    for (const QStringList* source : {&other, &base}) {
        const QSet<QString> sourceSet(source->begin(), source->end());
        // Past what only the skeleton added there: ours' additions come first.
        auto skipAdded = [&](std::list<QString>::iterator it) {
            while (it != order.end() && !sourceSet.contains(*it))
                ++it;
            return it;
        };
        auto after = skipAdded(order.begin()); // insert before this
        int anchorRank = -1;
        for (const QString& id : *source) {
            if (const auto found = where.constFind(id); found != where.constEnd()) {
                // Never back before an earlier anchor: an entry added at the
                // end of a reordered list stays at the end.
                if (rank.value(id) >= anchorRank) {
                    anchorRank = rank.value(id);
                    after = skipAdded(std::next(*found));
                }
                continue;
            }
            if (!members.contains(id))
                continue;
            rank.insert(id, anchorRank);
            where.insert(id, order.insert(after, id));
        }
    }
    return QStringList(order.begin(), order.end());
}

} // namespace tandem::mergedetail
