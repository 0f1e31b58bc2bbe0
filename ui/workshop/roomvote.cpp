#include "roomvote.h"

namespace tandem {

void RoomVote::start(const QStringList& noteIds, int budget) {
    m_phase = Phase::Running;
    m_notes = noteIds;
    m_budget = budget;
    m_dots.clear();
}

void RoomVote::end() {
    m_phase = Phase::None;
    m_notes.clear();
    m_dots.clear();
}

std::optional<room::Refusal> RoomVote::place(const QString& key, const QString& noteId, int delta) {
    if (m_phase != Phase::Running)
        return room::refusal(QStringLiteral("no-vote"));
    if (!m_notes.contains(noteId))
        return room::refusal(QStringLiteral("not-in-vote"));
    if (delta > 0 && left(key) <= 0)
        return room::refusal(QStringLiteral("no-dots"));
    if (delta < 0 && dotsOf(key, noteId) <= 0)
        return room::refusal(QStringLiteral("no-dot-here"));
    QHash<QString, int>& mine = m_dots[key];
    const int now = mine.value(noteId) + (delta > 0 ? 1 : -1);
    if (now > 0)
        mine.insert(noteId, now);
    else
        mine.remove(noteId);
    return std::nullopt;
}

int RoomVote::dotsOf(const QString& key, const QString& noteId) const {
    return m_dots.value(key).value(noteId);
}

int RoomVote::left(const QString& key) const {
    int used = 0;
    const QHash<QString, int> mine = m_dots.value(key);
    for (int count : mine)
        used += count;
    return m_budget - used;
}

int RoomVote::total(const QString& noteId) const {
    int sum = 0;
    for (const auto& mine : m_dots)
        sum += mine.value(noteId);
    return sum;
}

} // namespace tandem
