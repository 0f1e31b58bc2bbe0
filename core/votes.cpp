#include "votes.h"

#include <algorithm>

namespace tandem {

namespace {

void dropVotes(Element& element) {
    element.votes.clear();
    // A votes key kept as the file had it (votesyaml_p.h) goes with them.
    element.extra = element.extra.without(QString::fromLatin1(votesKey));
}

} // namespace

bool isCountedVote(const QString& participant, int count) {
    return !participant.trimmed().isEmpty() && count >= 1 && count <= maxVotesPerParticipant;
}

QMap<QString, int> votesOf(const Element& element) {
    return element.votes;
}

int voteCount(const Element& element) {
    int total = 0;
    for (int count : element.votes)
        total += count;
    return total;
}

Element withVotes(const Element& element, const QMap<QString, int>& votes) {
    Element result = element;
    dropVotes(result);
    for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
        const QString participant = it.key().trimmed();
        if (participant.isEmpty() || it.value() < 1)
            continue;
        result.votes.insert(participant, std::min(it.value(), maxVotesPerParticipant));
    }
    return result;
}

Element withVoteAdded(const Element& element, const QString& participant, int delta) {
    QMap<QString, int> votes = votesOf(element);
    votes[participant] += delta;
    return withVotes(element, votes);
}

CanvasState withoutVotes(const CanvasState& state) {
    CanvasState result = state;
    for (auto& elements : result.blocks) {
        for (Element& element : elements)
            dropVotes(element);
    }
    for (ValueChain& chain : result.chains) {
        for (Element& stage : chain.stages)
            dropVotes(stage);
    }
    return result;
}

int totalVotes(const CanvasState& state) {
    int total = 0;
    for (const auto& elements : state.blocks) {
        for (const Element& element : elements)
            total += voteCount(element);
    }
    for (const ValueChain& chain : state.chains) {
        for (const Element& stage : chain.stages)
            total += voteCount(stage);
    }
    return total;
}

} // namespace tandem
