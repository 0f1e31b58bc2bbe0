// Resolving a recorded merge conflict: one side's value put in place.

#include "mergeconflict_p.h"
#include "money.h"
#include "utf8text.h"

#include <QPointF>

#include <algorithm>

namespace tandem {

namespace {

QString textFrom(const std::optional<YAML::Node>& value) {
    return value && value->IsScalar() ? utf8Text(value->Scalar()) : QString();
}

QStringList listFrom(const std::optional<YAML::Node>& value) {
    QStringList result;
    if (value && value->IsSequence()) {
        for (const YAML::Node& item : *value) {
            if (item.IsScalar())
                result.append(utf8Text(item.Scalar()));
        }
    }
    return result;
}

ExtraFields withExtra(const ExtraFields& extra, const QString& key,
                      const std::optional<YAML::Node>& value) {
    std::vector<ExtraEntry> entries;
    bool placed = false;
    for (const ExtraEntry& entry : extraEntries(extra)) {
        if (entry.first != key.toStdString()) {
            entries.push_back(entry);
        } else if (value && !placed) {
            entries.emplace_back(entry.first, YAML::Clone(*value));
            placed = true;
        }
    }
    if (value && !placed)
        entries.emplace_back(key.toStdString(), YAML::Clone(*value));
    return makeExtraFields(std::move(entries));
}

Element* findElement(CanvasState& state, const QString& id) {
    for (Block block : allBlocks()) {
        for (Element& element : state.elements(block)) {
            if (element.id == id)
                return &element;
        }
    }
    for (ValueChain& chain : state.chains) {
        for (Element& stage : chain.stages) {
            if (stage.id == id)
                return &stage;
        }
    }
    return nullptr;
}

void removeElement(CanvasState& state, const QString& id) {
    auto drop = [&](std::vector<Element>& list) {
        std::erase_if(list, [&](const Element& element) { return element.id == id; });
    };
    for (Block block : allBlocks())
        drop(state.elements(block));
    for (ValueChain& chain : state.chains)
        drop(chain.stages);
    std::erase_if(state.links, [&](const Link& link) { return link.from == id || link.to == id; });
}

void removeChain(CanvasState& state, const QString& id) {
    const auto chain = std::find_if(state.chains.begin(), state.chains.end(),
                                    [&](const ValueChain& item) { return item.id == id; });
    if (chain == state.chains.end())
        return;
    QStringList stages;
    for (const Element& stage : chain->stages)
        stages.append(stage.id);
    state.chains.erase(chain);
    for (const QString& stage : stages)
        removeElement(state, stage);
}

std::optional<QPointF> pointFrom(const std::optional<YAML::Node>& value) {
    const QStringList xy = listFrom(value);
    bool okX = false;
    bool okY = false;
    if (xy.size() == 2) {
        const QPointF at(xy[0].toDouble(&okX), xy[1].toDouble(&okY));
        if (okX && okY)
            return at;
    }
    return std::nullopt;
}

// A link weight the merge recorded, if it is one a weight may be.
std::optional<Figure> weightFrom(const std::optional<YAML::Node>& value) {
    if (!value || !value->IsScalar())
        return std::nullopt;
    const std::optional<double> number = money::parseNumber(value->Scalar());
    if (!number || !money::weightProblem(*number).isEmpty())
        return std::nullopt;
    return Figure{*number, utf8Text(value->Scalar())};
}

// A number the merge recorded (an amount), if it is one an amount may be.
std::optional<Figure> figureFrom(const std::optional<YAML::Node>& value) {
    if (!value || !value->IsScalar())
        return std::nullopt;
    const std::optional<double> number = money::parseNumber(value->Scalar());
    if (!number || !money::amountProblem(*number).isEmpty())
        return std::nullopt;
    return Figure{*number, utf8Text(value->Scalar())};
}

void setElementField(Element& element, const QString& field,
                     const std::optional<YAML::Node>& value) {
    if (field == QLatin1String("text"))
        element.text = textFrom(value);
    else if (field == QLatin1String("description"))
        element.description = textFrom(value);
    else if (field == QLatin1String("color"))
        element.color = isValidColor(textFrom(value)) ? textFrom(value) : QString();
    else if (field == QLatin1String("tags"))
        element.tags = listFrom(value);
    else if (field == QLatin1String("at"))
        element.at = pointFrom(value);
    else if (field == QLatin1String("amount"))
        element.amount = figureFrom(value);
    else if (field == QLatin1String("votes")) {
        element.votes.clear();
        if (value && value->IsMap()) {
            for (auto it = value->begin(); it != value->end(); ++it) {
                const int count =
                    it->second.IsScalar() ? std::atoi(it->second.Scalar().c_str()) : 0;
                if (count > 0)
                    element.votes.insert(utf8Text(it->first.Scalar()), count);
            }
        }
        element.extra = element.extra.without(QStringLiteral("votes"));
    } else if (field != QLatin1String("place"))
        element.extra = withExtra(element.extra, field, value);
}

// Moves an element to the block (or "value_chains/CHAIN") a side had it in,
// at the end there; an unknown place leaves it where it is.
void moveElementTo(CanvasState& state, const QString& id, const QString& place) {
    std::vector<Element>* target = nullptr;
    if (place.startsWith(QLatin1String("value_chains/"))) {
        const QString chainId = place.mid(13);
        for (ValueChain& chain : state.chains) {
            if (chain.id == chainId)
                target = &chain.stages;
        }
    } else if (const auto block = blockFromKey(place); block && *block != Block::ValueChains) {
        target = &state.elements(*block);
    }
    const Element* element = findElement(state, id);
    if (!target || !element)
        return;
    const Element moved = *element;
    std::vector<Link> links = state.links;
    removeElement(state, id);
    target->push_back(moved);
    state.links = std::move(links);
}

void setSessionField(Session& session, const MergeConflict& conflict,
                     const std::optional<YAML::Node>& value) {
    SessionInfo& info = session.info;
    const QString& field = conflict.field;
    if (conflict.id == QLatin1String("business_model"))
        session.state.businessExtra = withExtra(session.state.businessExtra, field, value);
    else if (conflict.id == QLatin1String("operating_model"))
        session.state.operatingExtra = withExtra(session.state.operatingExtra, field, value);
    else if (conflict.id == QLatin1String("session"))
        info.extra = withExtra(info.extra, field, value);
    else if (field == QLatin1String("title"))
        info.title = textFrom(value).isEmpty() ? info.title : textFrom(value);
    else if (field == QLatin1String("organisation"))
        info.organisation = textFrom(value);
    else if (field == QLatin1String("facilitator"))
        info.facilitator = textFrom(value);
    else if (field == QLatin1String("date"))
        info.date = textFrom(value);
    else if (field == QLatin1String("notes"))
        info.notes = textFrom(value);
    else if (field == QLatin1String("currency"))
        info.currency =
            money::currencyProblem(textFrom(value)).isEmpty() ? textFrom(value) : QString();
    else if (field == QLatin1String("period"))
        info.period = money::periodProblem(textFrom(value)).isEmpty() ? textFrom(value) : QString();
    else if (field == QLatin1String("participants"))
        info.participants = listFrom(value);
    else if (field != QLatin1String("?") && field != QLatin1String(mergeConflictsKey))
        session.extra = withExtra(session.extra, field, value);
}

void resolveSnapshot(Session& session, const MergeConflict& conflict, MergeSide side) {
    auto& list = session.snapshots;
    auto named = [&](const QString& name) {
        return std::find_if(list.begin(), list.end(),
                            [&](const Snapshot& item) { return item.name == name; });
    };
    if (conflict.field == QLatin1String(presenceField)) {
        if (!conflict.hasValue(side) && named(conflict.id) != list.end())
            list.erase(named(conflict.id));
        return;
    }
    const auto copy = named(conflict.to);
    if (copy == list.end())
        return;
    if (side == MergeSide::Theirs && named(conflict.id) != list.end()) {
        Snapshot theirs = *copy;
        theirs.name = conflict.id;
        *named(conflict.id) = theirs;
    }
    list.erase(named(conflict.to));
}

void apply(Session& session, const MergeConflict& conflict, MergeSide side) {
    const auto value = conflictValue(conflict, side);
    const bool presence = conflict.field == QLatin1String(presenceField);
    CanvasState& state = session.state;
    switch (conflict.subject) {
    case ConflictSubject::Element:
        if (presence && !value)
            removeElement(state, conflict.id);
        else if (conflict.field == QLatin1String("place") && value)
            moveElementTo(state, conflict.id, textFrom(value));
        else if (Element* element = findElement(state, conflict.id); element && !presence)
            setElementField(*element, conflict.field, value);
        return;
    case ConflictSubject::Chain:
        for (ValueChain& chain : state.chains) {
            if (chain.id != conflict.id || presence)
                continue;
            if (conflict.field == QLatin1String("name"))
                chain.name = textFrom(value);
            else
                chain.extra = withExtra(chain.extra, conflict.field, value);
        }
        if (presence && !value)
            removeChain(state, conflict.id);
        return;
    case ConflictSubject::Link:
        for (auto it = state.links.begin(); it != state.links.end(); ++it) {
            if (it->from != conflict.id || it->to != conflict.to || it->kind != conflict.linkKind)
                continue;
            if (presence && !value)
                state.links.erase(it);
            else if (conflict.field == QLatin1String("note"))
                it->note = textFrom(value);
            else if (conflict.field == QLatin1String("weight"))
                it->weight = weightFrom(value);
            else if (!presence)
                it->extra = withExtra(it->extra, conflict.field, value);
            return;
        }
        return;
    case ConflictSubject::Snapshot:
        resolveSnapshot(session, conflict, side);
        return;
    case ConflictSubject::Session:
        setSessionField(session, conflict, value);
        return;
    }
}

} // namespace

bool isEditableConflict(const MergeConflict& conflict) {
    static const QStringList elementFields{QStringLiteral("text"), QStringLiteral("description")};
    static const QStringList sessionFields{QStringLiteral("title"), QStringLiteral("organisation"),
                                           QStringLiteral("facilitator"), QStringLiteral("notes")};
    switch (conflict.subject) {
    case ConflictSubject::Element:
        return elementFields.contains(conflict.field);
    case ConflictSubject::Chain:
        return conflict.field == QLatin1String("name");
    case ConflictSubject::Link:
        return conflict.field == QLatin1String("note");
    case ConflictSubject::Session:
        return conflict.id.isEmpty() && sessionFields.contains(conflict.field);
    case ConflictSubject::Snapshot:
        return false;
    }
    return false;
}

std::optional<Session> resolveConflict(const Session& session, int index, MergeSide side) {
    std::vector<MergeConflict> conflicts = conflictsOf(session);
    if (index < 0 || index >= static_cast<int>(conflicts.size()))
        return std::nullopt;
    Session result = session;
    // Ours is what the merge put in place, except where ours removed the thing.
    if (side != MergeSide::Ours || conflicts[index].field == QLatin1String(presenceField))
        apply(result, conflicts[index], side);
    conflicts.erase(conflicts.begin() + index);
    return withConflicts(result, conflicts);
}

std::optional<Session> resolveConflictWith(const Session& session, int index,
                                           const QString& value) {
    std::vector<MergeConflict> conflicts = conflictsOf(session);
    if (index < 0 || index >= static_cast<int>(conflicts.size()) ||
        !isEditableConflict(conflicts[index]))
        return std::nullopt;
    MergeConflict edited = conflicts[index];
    edited.values = conflictValues(std::nullopt, textNode(value), std::nullopt);
    Session result = session;
    apply(result, edited, MergeSide::Ours);
    conflicts.erase(conflicts.begin() + index);
    return withConflicts(result, conflicts);
}

} // namespace tandem
