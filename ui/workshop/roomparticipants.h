#pragma once

#include "model.h"
#include "roomprotocol.h"

#include <QString>

#include <deque>
#include <memory>
#include <variant>
#include <vector>

namespace tandem {

// What became of a note a participant sent.
enum class RoomNoteState { Waiting, Added, Discarded };

// A note from the room, as its author's page shows it.
struct RoomNote {
    int serial = 0; // arrival order across the room: the inbox's order
    QString text;
    Block block = Block::KeyPartners;
    RoomNoteState state = RoomNoteState::Waiting;
    QString elementId; // set once added to the document
};

// One person in the room: the name they gave, the key their page keeps to
// come back after a dropped connection, and their notes.
struct RoomParticipant {
    QString key;
    QString name;
    QString language;           // the page's ("de"), empty for English
    int connection = 0;         // 0 while not connected
    std::deque<RoomNote> notes; // a deque: pointers to notes stay valid as more come
    room::RateWindow noteRate{room::maxNotesPerMinute, 60 * 1000};
};

// Who is in the room, and their notes (the facilitator's inbox is the
// waiting ones, oldest first). Knows nothing of sockets or the document.
class RoomParticipants {
public:
    // A new participant, or the one whose key is given (a reconnect, which
    // may come while the room is locked or full); a refusal otherwise.
    std::variant<RoomParticipant*, room::Refusal> join(const room::Request& request, int connection,
                                                       bool locked);
    RoomParticipant* byConnection(int connection) const;
    RoomParticipant* byKey(const QString& key) const;
    // A dropped connection: the participant stays, their notes too.
    void disconnected(int connection);
    bool rename(const QString& key, const QString& name);
    // Gone for good: the key no longer joins. Their waiting notes stay in the inbox.
    void remove(const QString& key);
    bool isRemoved(const QString& key) const;

    const std::vector<std::unique_ptr<RoomParticipant>>& all() const { return m_people; }
    int size() const { return int(m_people.size()); }

    // A note waits (or is added at once, outside private mode, by the caller).
    RoomNote& addNote(RoomParticipant& author, const QString& text, Block block);
    // The inbox: every waiting note, oldest first.
    std::vector<std::pair<RoomParticipant*, RoomNote*>> waiting() const;
    std::pair<RoomParticipant*, RoomNote*> note(int serial) const;
    int waitingCount() const;
    void clear();

private:
    std::vector<std::unique_ptr<RoomParticipant>> m_people;
    std::vector<std::unique_ptr<RoomParticipant>> m_removed;
    int m_nextSerial = 1;
};

} // namespace tandem
