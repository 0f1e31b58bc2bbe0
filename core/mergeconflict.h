#pragma once

#include "model.h"

#include <QString>

#include <optional>
#include <vector>

namespace tandem {

// The three versions a three-way merge compares.
enum class MergeSide { Base, Ours, Theirs };

// What a conflict is about: an element (block note or stage), a value chain,
// a link, a snapshot, or the session details.
enum class ConflictSubject { Element, Chain, Link, Snapshot, Session };
QString conflictSubjectKey(ConflictSubject subject); // "element", "chain", ...

// The field name of a conflict where one side removed the thing and the other
// changed it (or linked to it).
inline constexpr const char* presenceField = "presence";

// One conflict a merge could not decide (docs/file-format-extensions.md,
// `merge_conflicts`). The merged session holds the ours value in place; the
// conflict keeps all three so that someone can choose. For a presence
// conflict the kept version is in place and a removed side has no value.
struct MergeConflict {
    ConflictSubject subject = ConflictSubject::Element;
    QString id;                             // element or chain id, snapshot name; a link's `from`
    QString to;                             // links only
    LinkKind linkKind = LinkKind::Delivers; // links only
    QString field;                          // "text", "tags", "at", an unknown key, "presence", ...
    // Each side's value as the file holds it; a side without one (absent,
    // removed) has no entry. Private representation: core/mergeconflict_p.h.
    ExtraFields values;

    bool hasValue(MergeSide side) const;
    // A side's value as one line of text for people ("(none)" when absent).
    QString valueText(MergeSide side) const;
    // "element vp-3, text" / "link vp-1 -> cs-2 (delivers), note".
    QString describe() const;
    bool operator==(const MergeConflict& other) const = default;
};

// The key of the top-level list in the file.
inline constexpr const char* mergeConflictsKey = "merge_conflicts";

// The unresolved conflicts a session holds, in file order. Entries that are
// not understood are reported as conflicts too (subject Session, field "?"),
// so a hand-mangled list never reads as resolved.
std::vector<MergeConflict> conflictsOf(const Session& session);
// A copy that holds exactly these conflicts (none removes the key).
Session withConflicts(const Session& session, const std::vector<MergeConflict>& conflicts);

// Resolves one conflict by taking one side's value: the session with that
// value in place and the conflict gone. Taking ours (what is in place) only
// removes the conflict. Returns nullopt when the index is out of range.
std::optional<Session> resolveConflict(const Session& session, int index, MergeSide side);
// Resolves a text-like conflict with an edited value (element text,
// description, colour, chain name, link note, a session text field).
std::optional<Session> resolveConflictWith(const Session& session, int index, const QString& value);
// True when resolveConflictWith() can set this conflict's field.
bool isEditableConflict(const MergeConflict& conflict);

} // namespace tandem
