#pragma once

#include "model.h"
#include "roomprotocol.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// A dot vote from the participants' own devices: each gets the same budget
// of dots for the notes in the vote and places and takes them back; each
// sees only their own dots until the facilitator shows the result, which
// then becomes the notes' `votes` field, per participant name.
class RoomVote {
public:
    enum class Phase { None, Running, Result };

    Phase phase() const { return m_phase; }
    int budget() const { return m_budget; }
    const QStringList& noteIds() const { return m_notes; }

    void start(const QStringList& noteIds, int budget);
    // The result is shown: no more dots; the caller writes them into the document.
    void showResult() { m_phase = Phase::Result; }
    void end();

    // One dot placed (+1) or taken back (-1) by the participant with `key`.
    std::optional<room::Refusal> place(const QString& key, const QString& noteId, int delta);
    int dotsOf(const QString& key, const QString& noteId) const;
    int left(const QString& key) const;
    int total(const QString& noteId) const;
    // key -> note id -> dots.
    const QHash<QString, QHash<QString, int>>& dots() const { return m_dots; }

private:
    Phase m_phase = Phase::None;
    int m_budget = 0;
    QStringList m_notes;
    QHash<QString, QHash<QString, int>> m_dots;
};

} // namespace tandem
