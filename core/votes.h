#pragma once

#include "model.h"

#include <QMap>
#include <QString>

namespace tandem {

// Dot voting: each participant puts a few dots on the notes that matter most.
// Votes are an element's typed `votes` field, written as the optional key
// "votes", a YAML map from participant to count (`votes: {Ada: 2, Bo: 1}`)
// that the project's own specification adds
// (docs/file-format-extensions.md). Files with votes stay valid tandem/1 for
// every reader.

// The name of the key in the file.
inline constexpr const char* votesKey = "votes";
// Far more dots than any workshop hands out, small enough that sums over a
// whole session cannot overflow.
inline constexpr int maxVotesPerParticipant = 9999;

// Whether an entry read from a file counts: a name with a whole number of
// dots from 1 to maxVotesPerParticipant. Others are ignored, so a
// hand-edited file never breaks the tally.
bool isCountedVote(const QString& participant, int count);

// Participant -> count.
QMap<QString, int> votesOf(const Element& element);
// The sum of all participants' dots on the element.
int voteCount(const Element& element);
// A copy with its votes replaced; counts below 1 are dropped. The votes are
// written anew on save, even where the file had them in another form.
Element withVotes(const Element& element, const QMap<QString, int>& votes);
// A copy with `delta` dots added for one participant (negative takes away).
Element withVoteAdded(const Element& element, const QString& participant, int delta);
// "Clear all votes": every element and stage without its votes.
CanvasState withoutVotes(const CanvasState& state);
// The total number of dots in a state.
int totalVotes(const CanvasState& state);

} // namespace tandem
