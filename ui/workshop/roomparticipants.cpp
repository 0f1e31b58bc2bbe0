#include "roomparticipants.h"

#include <algorithm>

namespace tandem {

std::variant<RoomParticipant*, room::Refusal> RoomParticipants::join(const room::Request& request,
                                                                     int connection, bool locked) {
    if (!request.key.isEmpty()) {
        if (isRemoved(request.key))
            return room::refusal(QStringLiteral("removed"));
        if (RoomParticipant* known = byKey(request.key)) {
            known->connection = connection;
            known->language = request.language;
            return known;
        }
    }
    if (locked)
        return room::refusal(QStringLiteral("locked"));
    if (size() >= room::maxParticipants)
        return room::refusal(QStringLiteral("room-full"));
    auto person = std::make_unique<RoomParticipant>();
    person->key = room::newToken();
    person->name = request.name;
    person->language = request.language;
    person->connection = connection;
    m_people.push_back(std::move(person));
    return m_people.back().get();
}

RoomParticipant* RoomParticipants::byConnection(int connection) const {
    if (connection == 0)
        return nullptr;
    for (const auto& person : m_people) {
        if (person->connection == connection)
            return person.get();
    }
    return nullptr;
}

RoomParticipant* RoomParticipants::byKey(const QString& key) const {
    for (const auto& person : m_people) {
        if (person->key == key)
            return person.get();
    }
    return nullptr;
}

void RoomParticipants::disconnected(int connection) {
    if (RoomParticipant* person = byConnection(connection))
        person->connection = 0;
}

bool RoomParticipants::rename(const QString& key, const QString& name) {
    RoomParticipant* person = byKey(key);
    const QString simplified = name.simplified();
    if (!person || simplified.isEmpty() || simplified.size() > room::maxNameLength)
        return false;
    person->name = simplified;
    return true;
}

void RoomParticipants::remove(const QString& key) {
    auto it = std::find_if(m_people.begin(), m_people.end(),
                           [&](const auto& person) { return person->key == key; });
    if (it == m_people.end())
        return;
    (*it)->connection = 0;
    m_removed.push_back(std::move(*it));
    m_people.erase(it);
}

bool RoomParticipants::isRemoved(const QString& key) const {
    return std::any_of(m_removed.begin(), m_removed.end(),
                       [&](const auto& person) { return person->key == key; });
}

RoomNote& RoomParticipants::addNote(RoomParticipant& author, const QString& text, Block block) {
    RoomNote note;
    note.serial = m_nextSerial++;
    note.text = text;
    note.block = block;
    author.notes.push_back(note);
    return author.notes.back();
}

std::vector<std::pair<RoomParticipant*, RoomNote*>> RoomParticipants::waiting() const {
    std::vector<std::pair<RoomParticipant*, RoomNote*>> result;
    for (const auto* list : {&m_people, &m_removed}) {
        for (const auto& person : *list) {
            for (RoomNote& note : person->notes) {
                if (note.state == RoomNoteState::Waiting)
                    result.emplace_back(person.get(), &note);
            }
        }
    }
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return a.second->serial < b.second->serial; });
    return result;
}

std::pair<RoomParticipant*, RoomNote*> RoomParticipants::note(int serial) const {
    for (const auto* list : {&m_people, &m_removed}) {
        for (const auto& person : *list) {
            for (RoomNote& note : person->notes) {
                if (note.serial == serial)
                    return {person.get(), &note};
            }
        }
    }
    return {nullptr, nullptr};
}

int RoomParticipants::waitingCount() const {
    int count = 0;
    for (const auto* list : {&m_people, &m_removed}) {
        for (const auto& person : *list)
            count +=
                int(std::count_if(person->notes.begin(), person->notes.end(),
                                  [](const auto& n) { return n.state == RoomNoteState::Waiting; }));
    }
    return count;
}

void RoomParticipants::clear() {
    m_people.clear();
    m_removed.clear();
}

} // namespace tandem
