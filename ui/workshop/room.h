#pragma once

#include "model.h"
#include "roomparticipants.h"
#include "roomprotocol.h"
#include "roomvote.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <optional>

namespace tandem {

class Document;
class RoomServer;

// The workshop room: participants join from their own browsers (RoomServer),
// add notes to the block the facilitator opened, into the facilitator's
// inbox in private mode, and vote with their own dots. Every accepted note is
// one Document call (one undo step) with its author; a vote's result is one
// more. Each participant's page gets its own state after every change.
class Room : public QObject {
    Q_OBJECT

public:
    explicit Room(Document* document, QObject* parent = nullptr);
    ~Room() override;

    // Opens with a new token and room code; false with the reason.
    bool open(const QList<QHostAddress>& addresses, quint16 port, QString* error = nullptr);
    // Ends every connection; participants, inbox and vote are forgotten
    // (accepted notes are in the document; waiting ones are discarded).
    void close();
    bool isOpen() const;
    RoomServer* server() const { return m_server; }
    QString code() const { return m_code; }
    // The page's address with the room code after '#', for the QR code.
    QUrl joinUrl() const;
    QUrl pageUrl() const;

    const RoomParticipants& participants() const { return m_people; }
    const RoomVote& vote() const { return m_vote; }

    bool isPrivate() const { return m_private; }
    void setPrivate(bool on);
    bool isLocked() const { return m_locked; }
    void setLocked(bool on);
    std::optional<Block> openBlock() const { return m_openBlock; }
    void setOpenBlock(std::optional<Block> block);
    // Participants may pick any block (but the value chains) for their notes.
    bool anyBlock() const { return m_anyBlock; }
    void setAnyBlock(bool on);
    // The presenter's countdown for the pages; remainingMs < 0: none.
    void setCountdown(qint64 remainingMs, bool paused);

    // The inbox (private mode).
    void revealAll();
    bool reveal(int serial);
    bool discard(int serial);
    bool rename(const QString& key, const QString& name);
    void remove(const QString& key);

    // A vote on the notes of the open block (every block when participants
    // pick theirs), `budget` dots each.
    void startVote(int budget);
    // Writes the dots into the notes' votes, one undo step, and shows them.
    void showVoteResult();
    void endVote();

signals:
    // Participants, inbox, vote or settings changed: the dock redraws.
    void changed();
    void noteAccepted(const QString& elementId);

private:
    void handle(int connection, const room::Request& request);
    void handleJoin(int connection, const room::Request& request);
    void handleNote(RoomParticipant& author, const room::Request& request);
    void handleVote(RoomParticipant& voter, const room::Request& request);
    std::optional<room::Refusal> targetBlock(const room::Request& request, Block* out) const;
    void accept(RoomParticipant& author, RoomNote& note);
    void update();
    void broadcast();
    QJsonObject stateFor(const RoomParticipant& person) const;
    QJsonObject voteStateFor(const RoomParticipant& person) const;

    Document* m_document;
    RoomServer* m_server;
    RoomParticipants m_people;
    RoomVote m_vote;
    QString m_code;
    QHash<int, int> m_wrongCodes; // connection -> wrong codes given
    bool m_private = false;
    bool m_locked = false;
    bool m_anyBlock = false;
    std::optional<Block> m_openBlock;
    qint64 m_countdownMs = -1;
    bool m_countdownPaused = false;
    bool m_broadcastPending = false;
};

} // namespace tandem
