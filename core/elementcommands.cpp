#include "elementcommands.h"

#include <algorithm>

namespace tandem {

namespace {

// "Add note", or "Add note from Ada" for a participant's note from the room.
QString addText(const Place& place, const Element& element) {
    if (place.isStage())
        return Document::tr("Add stage");
    if (!element.author.isEmpty())
        return Document::tr("Add note from %1").arg(element.author);
    return Document::tr("Add note");
}

} // namespace

AddElementCommand::AddElementCommand(Document* document, const Place& place, const Element& element,
                                     QUndoCommand* parent)
    : QUndoCommand(addText(place, element), parent)
    , m_document(document)
    , m_place(place)
    , m_element(element) {}

void AddElementCommand::redo() {
    m_document->insertElementRaw(m_place, m_element);
}

void AddElementCommand::undo() {
    m_element = m_document->takeElementRaw(m_element.id).second;
}

RemoveElementsCommand::RemoveElementsCommand(Document* document, const QStringList& ids)
    : QUndoCommand(ids.size() == 1 ? Document::tr("Delete note")
                                   : Document::tr("Delete %n notes", nullptr, int(ids.size())))
    , m_document(document)
    , m_ids(ids) {}

void RemoveElementsCommand::redo() {
    m_removed.clear();
    m_removedLinks.clear();
    // Links first, from the back, so recorded indexes stay valid for undo.
    const auto& links = m_document->state().links;
    for (int i = static_cast<int>(links.size()) - 1; i >= 0; --i) {
        if (m_ids.contains(links[i].from) || m_ids.contains(links[i].to))
            m_removedLinks.push_back({i, m_document->takeLinkRaw(i)});
    }
    for (const QString& id : m_ids) {
        auto [place, element] = m_document->takeElementRaw(id);
        m_removed.push_back({place, std::move(element)});
    }
}

void RemoveElementsCommand::undo() {
    for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it)
        m_document->insertElementRaw(it->place, it->element);
    for (auto it = m_removedLinks.rbegin(); it != m_removedLinks.rend(); ++it)
        m_document->insertLinkRaw(it->index, it->link);
    m_removed.clear();
    m_removedLinks.clear();
}

EditElementCommand::EditElementCommand(Document* document, const QString& id, const Element& after,
                                       const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_id(id)
    , m_before(*document->element(id))
    , m_after(after) {
    m_after.id = id; // an edit never renames
}

void EditElementCommand::redo() {
    m_document->replaceElementRaw(m_id, m_after);
}

void EditElementCommand::undo() {
    m_document->replaceElementRaw(m_id, m_before);
}

MoveElementsCommand::MoveElementsCommand(Document* document, const std::vector<ElementMove>& moves,
                                         const QString& text)
    : QUndoCommand(text)
    , m_document(document) {
    for (const ElementMove& move : moves)
        m_steps.push_back({move, {}, {}});
    // A move that ends where it started is no step at all.
    const bool noChange = std::all_of(moves.begin(), moves.end(), [&](const ElementMove& move) {
        const auto place = document->placeOf(move.id);
        const Element* element = document->element(move.id);
        return place && element && *place == move.to && element->at == move.at;
    });
    setObsolete(noChange);
}

void MoveElementsCommand::redo() {
    for (Step& step : m_steps) {
        step.oldAt = m_document->element(step.move.id)->at;
        step.from = m_document->moveElementRaw(step.move.id, step.move.to, step.move.at);
    }
}

void MoveElementsCommand::undo() {
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
        m_document->moveElementRaw(it->move.id, it->from, it->oldAt);
}

} // namespace tandem
