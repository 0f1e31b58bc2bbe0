#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <deque>
#include <variant>

namespace tandem::room {

// The workshop room's protocol (docs/room.md): the limits every request is
// held to, and the JSON messages a participant's page sends, parsed and
// checked before anything in the room sees them. Nothing here knows about
// sockets or widgets, so another client can be tested against the same rules.

inline constexpr int maxNoteLength = 500;         // characters
inline constexpr int maxMessageBytes = 16 * 1024; // one request
inline constexpr int maxParticipants = 200;
inline constexpr int maxNotesPerMinute = 30; // per participant
inline constexpr int maxNameLength = 40;
inline constexpr int maxMessagesPerSecond = 20; // per connection: a flood
inline constexpr int maxWrongCodes = 5;         // per connection, then it is closed

enum class RequestType { Join, Note, Vote };

// One request from a participant's page, its fields checked for type and size.
struct Request {
    RequestType type = RequestType::Join;
    QString name;     // join
    QString code;     // join: the room code shown on the facilitator's screen
    QString key;      // join: the participant's key from an earlier join (reconnect)
    QString language; // join: the page's language ("de"), lower case; empty: English
    QString text;     // note
    QString block;    // note: a block key, or empty for the open block
    QString note;     // vote: an element id
    int delta = 0;    // vote: +1 places a dot, -1 takes one back
};

// Why a request is not applied: a stable code for programs and an English
// message for people (the page shows its own translation of the code).
struct Refusal {
    QString code;
    QString message;
};

// The request in a text message, or why it is refused (bad JSON, an unknown
// type, a missing or wrong field, a text too long ...).
std::variant<Request, Refusal> parseRequest(const QByteArray& message);

// {"type": "error", "error": code, "message": message}
QJsonObject refusalMessage(const Refusal& refusal);
Refusal refusal(const QString& code);

// An unguessable token for the join address: 128 random bits from the
// system's generator, base64url without padding (22 characters).
QString newToken();
// A short code people read off the screen: four letters and digits that are
// hard to mistake for one another.
QString newRoomCode();

// At most `count` events in any `windowMs`: the rate limits.
class RateWindow {
public:
    RateWindow(int count, qint64 windowMs)
        : m_count(count)
        , m_windowMs(windowMs) {}
    // Counts the event and says yes, or says no and counts nothing.
    bool allow(qint64 nowMs);

private:
    int m_count;
    qint64 m_windowMs;
    std::deque<qint64> m_times;
};

} // namespace tandem::room
