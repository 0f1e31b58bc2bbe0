#include "sessionmerge_p.h"

#include "idgen.h"

#include <QHash>
#include <QSet>

namespace tandem {

namespace {

using mergedetail::ConflictSink;
using mergedetail::mergeExtras;
using mergedetail::mergeValue;

void mergeText(QString SessionInfo::*field, const char* name, const SessionInfo& b,
               const SessionInfo& o, const SessionInfo& t, SessionInfo& out, ConflictSink& sink) {
    bool conflict = false;
    out.*field = mergeValue(b.*field, o.*field, t.*field, &conflict);
    if (conflict)
        sink.add(ConflictSubject::Session, {}, QString::fromLatin1(name), textNode(b.*field),
                 textNode(o.*field), textNode(t.*field));
}

SessionInfo mergeInfo(const SessionInfo& b, const SessionInfo& o, const SessionInfo& t,
                      ConflictSink& sink) {
    SessionInfo out = o;
    mergeText(&SessionInfo::title, "title", b, o, t, out, sink);
    mergeText(&SessionInfo::organisation, "organisation", b, o, t, out, sink);
    mergeText(&SessionInfo::facilitator, "facilitator", b, o, t, out, sink);
    mergeText(&SessionInfo::date, "date", b, o, t, out, sink);
    mergeText(&SessionInfo::notes, "notes", b, o, t, out, sink);
    mergeText(&SessionInfo::currency, "currency", b, o, t, out, sink);
    mergeText(&SessionInfo::period, "period", b, o, t, out, sink);
    bool conflict = false;
    out.participants = mergeValue(b.participants, o.participants, t.participants, &conflict);
    if (conflict)
        sink.add(ConflictSubject::Session, {}, QStringLiteral("participants"),
                 textListNode(b.participants), textListNode(o.participants),
                 textListNode(t.participants));
    out.extra = mergeExtras(
        b.extra, o.extra, t.extra,
        [&](const QString& key, const auto& bv, const auto& ov, const auto& tv) {
            sink.add(ConflictSubject::Session, QStringLiteral("session"), key, bv, ov, tv);
        });
    return out;
}

std::optional<YAML::Node> takenNode(const Snapshot* snapshot) {
    if (!snapshot)
        return std::nullopt;
    return textNode(snapshot->taken.toString(Qt::ISODate));
}

const Snapshot* findSnapshot(const std::vector<Snapshot>& list, const QString& name) {
    for (const Snapshot& snapshot : list) {
        if (snapshot.name == name)
            return &snapshot;
    }
    return nullptr;
}

// Snapshots by name. Frozen copies are not merged inside: when both sides
// changed one differently, ours keeps the name and theirs is kept beside it
// under "NAME (theirs)", with a conflict that says which to keep.
std::vector<Snapshot> mergeSnapshots(const std::vector<Snapshot>& base,
                                     const std::vector<Snapshot>& ours,
                                     const std::vector<Snapshot>& theirs, ConflictSink& sink) {
    QStringList names[3];
    const std::vector<Snapshot>* lists[3] = {&base, &ours, &theirs};
    for (int i = 0; i < 3; ++i) {
        for (const Snapshot& snapshot : *lists[i])
            names[i].append(snapshot.name);
    }
    QSet<QString> members;
    QHash<QString, Snapshot> chosen;
    std::vector<Snapshot> copies;
    QSet<QString> taken(names[1].begin(), names[1].end());
    taken.unite(QSet<QString>(names[2].begin(), names[2].end()));
    for (const QString& name : names[1] + names[2]) {
        if (chosen.contains(name) || members.contains(name))
            continue;
        const Snapshot* b = findSnapshot(base, name);
        const Snapshot* o = findSnapshot(ours, name);
        const Snapshot* t = findSnapshot(theirs, name);
        if (o && t && !(*o == *t) && !(b && (*o == *b || *t == *b))) {
            Snapshot copy = *t;
            copy.name = name + QStringLiteral(" (theirs)");
            for (int n = 2; taken.contains(copy.name); ++n)
                copy.name = name + QStringLiteral(" (theirs %1)").arg(n);
            taken.insert(copy.name);
            sink.add(ConflictSubject::Snapshot, name, QStringLiteral("taken"), takenNode(b),
                     takenNode(o), takenNode(t));
            sink.conflicts().back().to = copy.name;
            copies.push_back(copy);
            chosen.insert(name, *o);
        } else if (o && t) {
            chosen.insert(name, (b && *o == *b) ? *t : *o);
        } else {
            const Snapshot* kept = o ? o : t;
            if (b && *kept == *b)
                continue;
            chosen.insert(name, *kept);
            if (b)
                sink.add(ConflictSubject::Snapshot, name, QString::fromLatin1(presenceField),
                         takenNode(b), takenNode(o), takenNode(t));
        }
        members.insert(name);
    }
    std::vector<Snapshot> out;
    for (const QString& name : mergedetail::mergeOrder(names[0], names[1], names[2], members))
        out.push_back(chosen.value(name));
    out.insert(out.end(), copies.begin(), copies.end());
    return out;
}

ExtraFields withoutConflicts(const ExtraFields& extra) {
    return extra.without(QString::fromLatin1(mergeConflictsKey));
}

} // namespace

MergeResult mergeSessions(const Session& base, const Session& ours, const Session& theirs) {
    MergeResult result;
    ConflictSink sink;
    Session renamed = theirs;
    result.renamedIds = mergedetail::renameClashingIds(base.state, ours.state, renamed.state);

    Session& out = result.session;
    out.info = mergeInfo(base.info, ours.info, renamed.info, sink);
    out.state = mergedetail::mergeStates(base.state, ours.state, renamed.state, sink);
    out.snapshots = mergeSnapshots(base.snapshots, ours.snapshots, renamed.snapshots, sink);
    out.extra = mergeExtras(
        withoutConflicts(base.extra), withoutConflicts(ours.extra), withoutConflicts(renamed.extra),
        [&](const QString& key, const auto& bv, const auto& ov, const auto& tv) {
            sink.add(ConflictSubject::Session, {}, key, bv, ov, tv);
        });

    // Conflicts a side still holds from an earlier merge stay unresolved.
    std::vector<MergeConflict> all = conflictsOf(ours);
    for (const MergeConflict& conflict : conflictsOf(theirs)) {
        if (std::find(all.begin(), all.end(), conflict) == all.end())
            all.push_back(conflict);
    }
    result.conflicts = sink.conflicts();
    all.insert(all.end(), result.conflicts.begin(), result.conflicts.end());
    out = withConflicts(out, all);
    return result;
}

} // namespace tandem
