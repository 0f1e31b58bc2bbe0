#include "mergeconflict_p.h"
#include "utf8text.h"

#include <array>

namespace tandem {

namespace {

constexpr std::array<MergeSide, 3> AllSides{MergeSide::Base, MergeSide::Ours, MergeSide::Theirs};
constexpr std::array<ConflictSubject, 5> AllSubjects{
    ConflictSubject::Element, ConflictSubject::Chain, ConflictSubject::Link,
    ConflictSubject::Snapshot, ConflictSubject::Session};

std::optional<QString> scalarOf(const YAML::Node& map, const char* key) {
    const YAML::Node& constMap = map;
    const YAML::Node value = constMap[key];
    if (!value.IsDefined() || !value.IsScalar())
        return std::nullopt;
    return utf8Text(value.Scalar());
}

// One entry of the file's list, or nullopt when it is not understood.
std::optional<MergeConflict> conflictFromNode(const YAML::Node& entry) {
    if (!entry.IsMap())
        return std::nullopt;
    MergeConflict conflict;
    bool found = false;
    for (ConflictSubject subject : AllSubjects) {
        const std::string key = conflictSubjectKey(subject).toStdString();
        const YAML::Node& constEntry = entry;
        const YAML::Node value = constEntry[key];
        if (!value.IsDefined())
            continue;
        conflict.subject = subject;
        found = true;
        if (subject == ConflictSubject::Link) {
            const auto from = scalarOf(value, "from");
            const auto to = scalarOf(value, "to");
            const auto kind = linkKindFromKey(scalarOf(value, "kind").value_or(QString()));
            if (!from || !to || !kind)
                return std::nullopt;
            conflict.id = *from;
            conflict.to = *to;
            conflict.linkKind = *kind;
        } else if (value.IsScalar()) {
            conflict.id = utf8Text(value.Scalar());
        } else {
            return std::nullopt;
        }
        break;
    }
    const auto field = scalarOf(entry, "field");
    if (!found || !field)
        return std::nullopt;
    conflict.field = *field;
    if (conflict.subject == ConflictSubject::Snapshot)
        conflict.to = scalarOf(entry, "copy").value_or(QString());
    std::array<std::optional<YAML::Node>, 3> sides;
    for (MergeSide side : AllSides) {
        const YAML::Node& constEntry = entry;
        const YAML::Node value = constEntry[mergeSideKey(side)];
        if (value.IsDefined())
            sides[static_cast<int>(side)] = value;
    }
    conflict.values = conflictValues(sides[0], sides[1], sides[2]);
    return conflict;
}

YAML::Node conflictToNode(const MergeConflict& conflict) {
    YAML::Node entry(YAML::NodeType::Map);
    const std::string subject = conflictSubjectKey(conflict.subject).toStdString();
    if (conflict.subject == ConflictSubject::Link) {
        YAML::Node link(YAML::NodeType::Map);
        link.SetStyle(YAML::EmitterStyle::Flow);
        link["from"] = textNode(conflict.id);
        link["to"] = textNode(conflict.to);
        link["kind"] = textNode(linkKindKey(conflict.linkKind));
        entry[subject] = link;
    } else {
        entry[subject] = textNode(conflict.id);
    }
    entry["field"] = textNode(conflict.field);
    if (conflict.subject == ConflictSubject::Snapshot && !conflict.to.isEmpty())
        entry["copy"] = textNode(conflict.to);
    for (MergeSide side : AllSides) {
        if (const auto value = conflictValue(conflict, side))
            entry[mergeSideKey(side)] = *value;
    }
    return entry;
}

// The "not understood" stand-in, so a mangled entry still counts.
MergeConflict unreadableConflict(const YAML::Node& entry) {
    MergeConflict conflict;
    conflict.subject = ConflictSubject::Session;
    conflict.field = QStringLiteral("?");
    conflict.values = conflictValues(std::nullopt, entry, std::nullopt);
    return conflict;
}

} // namespace

QString conflictSubjectKey(ConflictSubject subject) {
    switch (subject) {
    case ConflictSubject::Element:
        return QStringLiteral("element");
    case ConflictSubject::Chain:
        return QStringLiteral("chain");
    case ConflictSubject::Link:
        return QStringLiteral("link");
    case ConflictSubject::Snapshot:
        return QStringLiteral("snapshot");
    case ConflictSubject::Session:
        return QStringLiteral("session");
    }
    return {};
}

const char* mergeSideKey(MergeSide side) {
    switch (side) {
    case MergeSide::Base:
        return "base";
    case MergeSide::Ours:
        return "ours";
    case MergeSide::Theirs:
        return "theirs";
    }
    return "";
}

std::optional<YAML::Node> conflictValue(const MergeConflict& conflict, MergeSide side) {
    const std::string key = mergeSideKey(side);
    for (const ExtraEntry& entry : extraEntries(conflict.values)) {
        if (entry.first == key)
            return entry.second;
    }
    return std::nullopt;
}

ExtraFields conflictValues(const std::optional<YAML::Node>& base,
                           const std::optional<YAML::Node>& ours,
                           const std::optional<YAML::Node>& theirs) {
    std::vector<ExtraEntry> entries;
    const std::array<const std::optional<YAML::Node>*, 3> values{&base, &ours, &theirs};
    for (MergeSide side : AllSides) {
        if (const auto& value = *values[static_cast<int>(side)])
            entries.emplace_back(mergeSideKey(side), YAML::Clone(*value));
    }
    return makeExtraFields(std::move(entries));
}

YAML::Node textNode(const QString& text) {
    return YAML::Node(text.toStdString());
}

YAML::Node textListNode(const QStringList& texts) {
    YAML::Node list(YAML::NodeType::Sequence);
    list.SetStyle(YAML::EmitterStyle::Flow);
    for (const QString& text : texts)
        list.push_back(textNode(text));
    return list;
}

YAML::Node plainNode(const std::string& scalar) {
    YAML::Node node(scalar);
    node.SetTag("?");
    return node;
}

std::string nodeText(const YAML::Node& node) {
    YAML::Emitter out;
    out << node;
    return out.c_str();
}

bool MergeConflict::hasValue(MergeSide side) const {
    return conflictValue(*this, side).has_value();
}

QString MergeConflict::valueText(MergeSide side) const {
    const auto value = conflictValue(*this, side);
    if (!value)
        return field == QLatin1String(presenceField) ? QStringLiteral("(removed)")
                                                     : QStringLiteral("(none)");
    if (value->IsScalar())
        return utf8Text(value->Scalar());
    YAML::Emitter out;
    out << YAML::Flow << *value;
    return QString::fromStdString(out.c_str());
}

QString MergeConflict::describe() const {
    QString what = conflictSubjectKey(subject);
    if (subject == ConflictSubject::Link)
        what += QStringLiteral(" %1 -> %2 (%3)").arg(id, to, linkKindKey(linkKind));
    else if (!id.isEmpty())
        what += QLatin1Char(' ') + id;
    return what + QStringLiteral(", ") + field;
}

std::vector<MergeConflict> conflictsOf(const Session& session) {
    std::vector<MergeConflict> result;
    for (const ExtraEntry& entry : extraEntries(session.extra)) {
        if (entry.first != mergeConflictsKey)
            continue;
        if (!entry.second.IsSequence()) {
            result.push_back(unreadableConflict(entry.second));
            continue;
        }
        for (const YAML::Node& item : entry.second) {
            auto conflict = conflictFromNode(item);
            result.push_back(conflict ? *conflict : unreadableConflict(item));
        }
    }
    return result;
}

Session withConflicts(const Session& session, const std::vector<MergeConflict>& conflicts) {
    Session result = session;
    result.extra = session.extra.without(QString::fromLatin1(mergeConflictsKey));
    if (conflicts.empty())
        return result;
    YAML::Node list(YAML::NodeType::Sequence);
    for (const MergeConflict& conflict : conflicts)
        list.push_back(conflictToNode(conflict));
    std::vector<ExtraEntry> entries = extraEntries(result.extra);
    entries.emplace_back(mergeConflictsKey, list);
    result.extra = makeExtraFields(std::move(entries));
    return result;
}

} // namespace tandem
