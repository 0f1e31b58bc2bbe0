#include "sessioncommands.h"

namespace tandem {

EditSessionInfoCommand::EditSessionInfoCommand(Document* document, const SessionInfo& after)
    : QUndoCommand(Document::tr("Edit session details"))
    , m_document(document)
    , m_before(document->info())
    , m_after(after) {}

void EditSessionInfoCommand::redo() {
    m_document->setInfoRaw(m_after);
}

void EditSessionInfoCommand::undo() {
    m_document->setInfoRaw(m_before);
}

ReplaceStateCommand::ReplaceStateCommand(Document* document, const CanvasState& after,
                                         const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->state())
    , m_after(after) {}

void ReplaceStateCommand::redo() {
    m_document->setStateRaw(m_after);
}

void ReplaceStateCommand::undo() {
    m_document->setStateRaw(m_before);
}

} // namespace tandem
