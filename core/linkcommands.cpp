#include "linkcommands.h"

namespace tandem {

AddLinkCommand::AddLinkCommand(Document* document, const Link& link)
    : QUndoCommand(Document::tr("Add link"))
    , m_document(document)
    , m_link(link) {}

void AddLinkCommand::redo() {
    m_document->insertLinkRaw(static_cast<int>(m_document->state().links.size()), m_link);
}

void AddLinkCommand::undo() {
    m_document->takeLinkRaw(m_document->linkIndex(m_link));
}

RemoveLinkCommand::RemoveLinkCommand(Document* document, const Link& link, QUndoCommand* parent)
    : QUndoCommand(Document::tr("Remove link"), parent)
    , m_document(document)
    , m_link(link) {}

void RemoveLinkCommand::redo() {
    m_index = m_document->linkIndex(m_link);
    m_link = m_document->takeLinkRaw(m_index);
}

void RemoveLinkCommand::undo() {
    m_document->insertLinkRaw(m_index, m_link);
}

EditLinkCommand::EditLinkCommand(Document* document, int index, const Link& after)
    : QUndoCommand(Document::tr("Edit link"))
    , m_document(document)
    , m_index(index)
    , m_before(document->state().links[index])
    , m_after(after) {}

void EditLinkCommand::redo() {
    m_document->replaceLinkRaw(m_index, m_after);
}

void EditLinkCommand::undo() {
    m_document->replaceLinkRaw(m_index, m_before);
}

} // namespace tandem
