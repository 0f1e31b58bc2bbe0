// The state each participant's page is sent (docs/room.md): part of Room.

#include "room.h"

#include "document.h"
#include "translations.h"

#include <QJsonArray>

namespace tandem {

namespace {

QString stateName(RoomNoteState state) {
    switch (state) {
    case RoomNoteState::Waiting:
        return QStringLiteral("waiting");
    case RoomNoteState::Added:
        return QStringLiteral("added");
    case RoomNoteState::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

// Block titles and questions in the participant's language, which need not
// be the facilitator's.
QString titleIn(Block block, const QString& language) {
    return Translations::translate(language, "Block", blockTitleSource(block));
}

QJsonObject blockObject(Block block, const QString& language) {
    return {{QStringLiteral("key"), blockKey(block)},
            {QStringLiteral("title"), titleIn(block, language)},
            {QStringLiteral("question"),
             Translations::translate(language, "Block", blockHintSource(block))}};
}

} // namespace

QJsonObject Room::stateFor(const RoomParticipant& person) const {
    QJsonArray notes;
    for (const RoomNote& note : person.notes)
        notes.append(QJsonObject{{QStringLiteral("text"), note.text},
                                 {QStringLiteral("block"), titleIn(note.block, person.language)},
                                 {QStringLiteral("state"), stateName(note.state)}});
    QJsonArray blocks;
    if (m_anyBlock) {
        for (Block block : allBlocks()) {
            if (block != Block::ValueChains)
                blocks.append(blockObject(block, person.language));
        }
    }
    QJsonObject state{
        {QStringLiteral("type"), QStringLiteral("state")},
        {QStringLiteral("name"), person.name},
        {QStringLiteral("private"), m_private},
        {QStringLiteral("inbox"), m_people.waitingCount()},
        {QStringLiteral("block"), m_openBlock
                                      ? QJsonValue(blockObject(*m_openBlock, person.language))
                                      : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("blocks"), blocks},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("vote"), voteStateFor(person)},
    };
    if (m_countdownMs >= 0)
        state.insert(QStringLiteral("countdown"),
                     QJsonObject{{QStringLiteral("remainingMs"), double(m_countdownMs)},
                                 {QStringLiteral("paused"), m_countdownPaused}});
    return state;
}

QJsonObject Room::voteStateFor(const RoomParticipant& person) const {
    static const char* const phases[] = {"none", "running", "result"};
    QJsonObject vote{
        {QStringLiteral("phase"), QLatin1String(phases[static_cast<int>(m_vote.phase())])}};
    if (m_vote.phase() == RoomVote::Phase::None)
        return vote;
    const bool result = m_vote.phase() == RoomVote::Phase::Result;
    QJsonArray notes;
    for (const QString& id : m_vote.noteIds()) {
        const Element* element = m_document->element(id);
        if (!element)
            continue;
        QJsonObject note{
            {QStringLiteral("id"), id},
            {QStringLiteral("text"), element->text},
            {QStringLiteral("block"), titleIn(*m_document->blockOf(id), person.language)},
            {QStringLiteral("mine"), m_vote.dotsOf(person.key, id)}};
        // Everyone's dots only once the facilitator shows the result.
        if (result)
            note.insert(QStringLiteral("total"), m_vote.total(id));
        notes.append(note);
    }
    vote.insert(QStringLiteral("budget"), m_vote.budget());
    vote.insert(QStringLiteral("left"), m_vote.left(person.key));
    vote.insert(QStringLiteral("notes"), notes);
    return vote;
}

} // namespace tandem
