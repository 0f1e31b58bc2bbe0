#include "room.h"

#include "document.h"
#include "roomserver.h"
#include "votes.h"

#include <QDateTime>
#include <QTimer>
#include <QUndoStack>

namespace tandem {

Room::Room(Document* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_server(new RoomServer(this)) {
    connect(m_server, &RoomServer::requestReceived, this, &Room::handle);
    connect(m_server, &RoomServer::connectionClosed, this, [this](int connection) {
        m_wrongCodes.remove(connection);
        if (m_people.byConnection(connection)) {
            m_people.disconnected(connection);
            emit changed();
        }
    });
}

Room::~Room() = default;

bool Room::open(const QList<QHostAddress>& addresses, quint16 port, QString* error) {
    close();
    if (!m_server->open(addresses, port, error))
        return false;
    m_code = room::newRoomCode();
    emit changed();
    return true;
}

void Room::close() {
    const bool wasOpen = m_server->isOpen();
    m_server->close();
    m_people.clear();
    m_vote.end();
    m_wrongCodes.clear();
    m_code.clear();
    if (wasOpen)
        emit changed();
}

bool Room::isOpen() const {
    return m_server->isOpen();
}

QUrl Room::pageUrl() const {
    return m_server->pageUrl();
}

QUrl Room::joinUrl() const {
    QUrl url = m_server->pageUrl();
    if (!url.isEmpty())
        url.setFragment(m_code);
    return url;
}

void Room::setPrivate(bool on) {
    m_private = on;
    update();
}

void Room::setLocked(bool on) {
    m_locked = on;
    update();
}

void Room::setOpenBlock(std::optional<Block> block) {
    if (block == Block::ValueChains)
        block.reset();
    if (m_openBlock == block)
        return;
    m_openBlock = block;
    update();
}

void Room::setAnyBlock(bool on) {
    m_anyBlock = on;
    update();
}

void Room::setCountdown(qint64 remainingMs, bool paused) {
    // The pages count down themselves; only a jump or a pause is news.
    const bool news = paused != m_countdownPaused || (remainingMs < 0) != (m_countdownMs < 0) ||
                      std::abs(remainingMs - m_countdownMs) > 2000;
    m_countdownPaused = paused;
    m_countdownMs = remainingMs;
    if (news)
        update();
}

void Room::handle(int connection, const room::Request& request) {
    if (request.type == room::RequestType::Join) {
        handleJoin(connection, request);
        return;
    }
    RoomParticipant* person = m_people.byConnection(connection);
    if (!person) {
        m_server->refuse(connection, QStringLiteral("not-joined"));
        return;
    }
    if (request.type == room::RequestType::Note)
        handleNote(*person, request);
    else
        handleVote(*person, request);
}

void Room::handleJoin(int connection, const room::Request& request) {
    if (m_people.byConnection(connection)) {
        m_server->refuse(connection, QStringLiteral("already-joined"));
        return;
    }
    if (request.code.trimmed().toUpper() != m_code) {
        if (++m_wrongCodes[connection] >= room::maxWrongCodes)
            m_server->dropConnection(connection, QStringLiteral("wrong-code"));
        else
            m_server->refuse(connection, QStringLiteral("wrong-code"));
        return;
    }
    const auto joined = m_people.join(request, connection, m_locked);
    if (const auto* refused = std::get_if<room::Refusal>(&joined)) {
        m_server->send(connection, room::refusalMessage(*refused));
        return;
    }
    RoomParticipant* person = std::get<RoomParticipant*>(joined);
    m_server->setJoined(connection);
    // Another page with the same key loses it to this one.
    m_server->send(connection, {{QStringLiteral("type"), QStringLiteral("joined")},
                                {QStringLiteral("name"), person->name},
                                {QStringLiteral("key"), person->key}});
    m_server->send(connection, stateFor(*person));
    emit changed();
}

std::optional<room::Refusal> Room::targetBlock(const room::Request& request, Block* out) const {
    if (request.block.isEmpty() || (m_openBlock && request.block == blockKey(*m_openBlock))) {
        if (!m_openBlock)
            return room::refusal(QStringLiteral("no-block"));
        *out = *m_openBlock;
        return std::nullopt;
    }
    const std::optional<Block> chosen = blockFromKey(request.block);
    if (!chosen || *chosen == Block::ValueChains)
        return room::refusal(QStringLiteral("unknown-block"));
    if (!m_anyBlock)
        return room::refusal(QStringLiteral("block-closed"));
    *out = *chosen;
    return std::nullopt;
}

void Room::handleNote(RoomParticipant& author, const room::Request& request) {
    Block block = Block::KeyPartners;
    if (const auto refused = targetBlock(request, &block)) {
        m_server->send(author.connection, room::refusalMessage(*refused));
        return;
    }
    if (!author.noteRate.allow(QDateTime::currentMSecsSinceEpoch())) {
        m_server->refuse(author.connection, QStringLiteral("rate-limit"));
        return;
    }
    RoomNote& note = m_people.addNote(author, request.text, block);
    if (!m_private)
        accept(author, note);
    update();
}

void Room::accept(RoomParticipant& author, RoomNote& note) {
    Element element;
    element.text = note.text;
    element.author = author.name;
    note.elementId = m_document->addElement(Place{note.block, {}, -1}, element);
    note.state = RoomNoteState::Added;
    emit noteAccepted(note.elementId);
}

void Room::handleVote(RoomParticipant& voter, const room::Request& request) {
    if (const auto refused = m_vote.place(voter.key, request.note, request.delta)) {
        m_server->send(voter.connection, room::refusalMessage(*refused));
        return;
    }
    // Only this participant's page shows the dot: the others learn nothing.
    m_server->send(voter.connection, stateFor(voter));
    emit changed();
}

void Room::revealAll() {
    for (auto [author, note] : m_people.waiting())
        accept(*author, *note);
    update();
}

bool Room::reveal(int serial) {
    auto [author, note] = m_people.note(serial);
    if (!note || note->state != RoomNoteState::Waiting)
        return false;
    accept(*author, *note);
    update();
    return true;
}

bool Room::discard(int serial) {
    auto [author, note] = m_people.note(serial);
    if (!note || note->state != RoomNoteState::Waiting)
        return false;
    note->state = RoomNoteState::Discarded;
    update();
    return true;
}

bool Room::rename(const QString& key, const QString& name) {
    if (!m_people.rename(key, name))
        return false;
    update();
    return true;
}

void Room::remove(const QString& key) {
    RoomParticipant* person = m_people.byKey(key);
    if (!person)
        return;
    const int connection = person->connection;
    m_people.remove(key);
    if (connection)
        m_server->dropConnection(connection, QStringLiteral("removed"));
    update();
}

void Room::startVote(int budget) {
    QStringList ids;
    for (Block block : allBlocks()) {
        if (block == Block::ValueChains || (!m_anyBlock && block != m_openBlock))
            continue;
        for (const Element& element : m_document->state().elements(block))
            ids.append(element.id);
    }
    m_vote.start(ids, std::clamp(budget, 1, 99));
    update();
}

void Room::showVoteResult() {
    if (m_vote.phase() != RoomVote::Phase::Running)
        return;
    m_vote.showResult();
    std::vector<Element> voted;
    for (const QString& id : m_vote.noteIds()) {
        const Element* current = m_document->element(id);
        if (!current || m_vote.total(id) == 0)
            continue;
        Element changedNote = *current;
        for (const auto& person : m_people.all())
            changedNote = withVoteAdded(changedNote, person->name, m_vote.dotsOf(person->key, id));
        voted.push_back(changedNote);
    }
    if (!voted.empty()) {
        QUndoStack* stack = m_document->undoStack();
        stack->beginMacro(tr("Room Vote"));
        for (const Element& note : voted)
            m_document->editElement(note.id, note, tr("Room Vote"));
        stack->endMacro();
    }
    update();
}

void Room::endVote() {
    m_vote.end();
    update();
}

void Room::update() {
    emit changed();
    if (m_broadcastPending || !isOpen())
        return;
    // A burst of notes is one round of states, not one per note.
    m_broadcastPending = true;
    QTimer::singleShot(0, this, [this] {
        m_broadcastPending = false;
        broadcast();
    });
}

void Room::broadcast() {
    for (const auto& person : m_people.all()) {
        if (person->connection)
            m_server->send(person->connection, stateFor(*person));
    }
}

} // namespace tandem
