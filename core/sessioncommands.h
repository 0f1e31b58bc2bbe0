#pragma once

#include "document.h"

#include <QUndoCommand>

namespace tandem {

// Undo commands that touch the session as a whole.

// Replaces the session details (title, organisation, participants...).
class EditSessionInfoCommand : public QUndoCommand {
public:
    EditSessionInfoCommand(Document* document, const SessionInfo& after);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    SessionInfo m_before;
    SessionInfo m_after;
};

// Replaces both canvases at once, e.g. restoring a snapshot.
class ReplaceStateCommand : public QUndoCommand {
public:
    ReplaceStateCommand(Document* document, const CanvasState& after, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    CanvasState m_before;
    CanvasState m_after;
};

} // namespace tandem
