#pragma once

#include "document.h"

#include <QUndoCommand>

#include <vector>

namespace tandem {

// Undo commands for sticky notes (block elements and value-chain stages).

// Adds one element at a place.
class AddElementCommand : public QUndoCommand {
public:
    AddElementCommand(Document* document, const Place& place, const Element& element,
                      QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    Place m_place;
    Element m_element;
};

// Removes elements and every link that touches them; owns what it removed so
// undo restores elements, order and links exactly.
class RemoveElementsCommand : public QUndoCommand {
public:
    RemoveElementsCommand(Document* document, const QStringList& ids);
    void redo() override;
    void undo() override;

private:
    struct Removed {
        Place place;
        Element element;
    };
    struct RemovedLink {
        int index;
        Link link;
    };
    Document* m_document;
    QStringList m_ids;
    std::vector<Removed> m_removed;          // in removal order
    std::vector<RemovedLink> m_removedLinks; // in removal order
};

// Replaces an element's data (text, description, colour, tags, position).
class EditElementCommand : public QUndoCommand {
public:
    EditElementCommand(Document* document, const QString& id, const Element& after,
                       const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    QString m_id;
    Element m_before;
    Element m_after;
};

// Moves one or more elements, within a block, between blocks or between
// chains, and optionally sets their positions: one command per drag.
class MoveElementsCommand : public QUndoCommand {
public:
    MoveElementsCommand(Document* document, const std::vector<ElementMove>& moves,
                        const QString& text);
    void redo() override;
    void undo() override;

private:
    struct Step {
        ElementMove move;
        Place from;
        std::optional<QPointF> oldAt;
    };
    Document* m_document;
    std::vector<Step> m_steps;
};

} // namespace tandem
