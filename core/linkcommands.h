#pragma once

#include "document.h"

#include <QUndoCommand>

namespace tandem {

// Undo commands for links between elements.

// Appends a link.
class AddLinkCommand : public QUndoCommand {
public:
    AddLinkCommand(Document* document, const Link& link);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    Link m_link;
};

// Removes a link, restoring it at the same position on undo.
class RemoveLinkCommand : public QUndoCommand {
public:
    RemoveLinkCommand(Document* document, const Link& link, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    Link m_link;
    int m_index = -1;
};

// Changes a link's kind or note (or ends).
class EditLinkCommand : public QUndoCommand {
public:
    EditLinkCommand(Document* document, int index, const Link& after);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_index;
    Link m_before;
    Link m_after;
};

} // namespace tandem
