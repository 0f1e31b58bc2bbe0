#pragma once

#include "model.h"

#include <QMap>
#include <QString>

namespace tandem {

// Dot voting: each participant puts a few dots on the notes that matter most.
// Votes live in an element's extra fields under the key "votes", a YAML map
// from participant to count (`votes: {Ada: 2, Bo: 1}`), an optional field the
// project's own specification adds (docs/file-format-extensions.md). Keeping
// them there means files with votes stay valid tandem/1 for every reader.

// The name of the extra field.
inline constexpr const char* votesKey = "votes";

// Participant -> count. Entries that are not a name with a positive whole
// number are ignored, so a hand-edited file never breaks the tally.
QMap<QString, int> votesOf(const Element& element);
// The sum of all participants' dots on the element.
int voteCount(const Element& element);
// A copy with its votes replaced; counts below 1 are dropped, and no votes at
// all removes the field. The field keeps its place among the extra fields.
Element withVotes(const Element& element, const QMap<QString, int>& votes);
// A copy with `delta` dots added for one participant (negative takes away).
Element withVoteAdded(const Element& element, const QString& participant, int delta);
// "Clear all votes": every element and stage without its votes field.
CanvasState withoutVotes(const CanvasState& state);
// The total number of dots in a state.
int totalVotes(const CanvasState& state);

} // namespace tandem
