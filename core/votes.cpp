#include "votes.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>

namespace tandem {

namespace {

// Far more dots than any workshop hands out, small enough that sums over a
// whole session cannot overflow.
constexpr int maxVotesPerParticipant = 9999;

auto findVotes(const ExtraFields& extra) {
    return std::find_if(extra.entries.begin(), extra.entries.end(),
                        [](const auto& entry) { return entry.first == votesKey; });
}

// The extra fields with `votes` replaced by `votes` (or dropped when it is
// null), built as a new vector of cloned nodes. Never assign or erase inside
// an entries vector: YAML::Node::operator= rebinds the node it is assigned to,
// and every other copy sharing that node (the undo stack's, a snapshot's)
// would silently change with it.
ExtraFields replacedVotes(const ExtraFields& extra, const YAML::Node* votes) {
    ExtraFields result;
    result.entries.reserve(extra.entries.size() + 1);
    bool placed = false;
    for (const auto& entry : extra.entries) {
        if (entry.first != votesKey) {
            result.entries.emplace_back(entry.first, YAML::Clone(entry.second));
        } else if (votes && !placed) {
            result.entries.emplace_back(entry.first, *votes);
            placed = true;
        }
    }
    if (votes && !placed)
        result.entries.emplace_back(votesKey, *votes);
    return result;
}

bool hasVotesField(const Element& element) {
    return findVotes(element.extra) != element.extra.entries.end();
}

void dropVotes(Element& element) {
    // Move-assigning the vector swaps buffers and never assigns a Node.
    if (hasVotesField(element))
        element.extra.entries = replacedVotes(element.extra, nullptr).entries;
}

} // namespace

QMap<QString, int> votesOf(const Element& element) {
    QMap<QString, int> votes;
    const auto it = findVotes(element.extra);
    if (it == element.extra.entries.end())
        return votes;
    // Only const access: a non-const operator[] would insert into the node.
    const YAML::Node node = it->second;
    if (!node.IsDefined() || !node.IsMap())
        return votes;
    for (auto entry = node.begin(); entry != node.end(); ++entry) {
        const YAML::Node key = entry->first;
        const YAML::Node value = entry->second;
        if (!key.IsScalar() || !value.IsScalar())
            continue;
        const QString participant = QString::fromStdString(key.Scalar()).trimmed();
        bool ok = false;
        const int count = QString::fromStdString(value.Scalar()).trimmed().toInt(&ok);
        if (participant.isEmpty() || !ok || count < 1 || count > maxVotesPerParticipant)
            continue;
        votes.insert(participant, count);
    }
    return votes;
}

int voteCount(const Element& element) {
    int total = 0;
    for (int count : votesOf(element))
        total += count;
    return total;
}

Element withVotes(const Element& element, const QMap<QString, int>& votes) {
    Element result = element;
    // A fresh node: copies of YAML::Node share their data, so changing the
    // element's existing node would change every copy of the element too.
    YAML::Node node(YAML::NodeType::Map);
    for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
        const QString participant = it.key().trimmed();
        if (participant.isEmpty() || it.value() < 1)
            continue;
        YAML::Node count(std::to_string(std::min(it.value(), maxVotesPerParticipant)));
        // The non-specific tag of a plain scalar: the writer keeps such a
        // scalar plain, so the count reads back as a number in every reader.
        count.SetTag("?");
        node[participant.toStdString()] = count;
    }
    if (node.size() == 0) {
        dropVotes(result);
        return result;
    }
    // Flow style keeps one line per note: `votes: {Ada: 2, Bo: 1}`.
    node.SetStyle(YAML::EmitterStyle::Flow);
    result.extra.entries = replacedVotes(element.extra, &node).entries;
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
