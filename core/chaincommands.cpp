#include "chaincommands.h"

namespace tandem {

AddChainCommand::AddChainCommand(Document* document, int index, const ValueChain& chain)
    : QUndoCommand(Document::tr("Add value chain"))
    , m_document(document)
    , m_index(index)
    , m_chain(chain) {}

void AddChainCommand::redo() {
    m_document->insertChainRaw(m_index, m_chain);
}

void AddChainCommand::undo() {
    m_chain = m_document->takeChainRaw(m_chain.id);
}

RemoveChainCommand::RemoveChainCommand(Document* document, const QString& chainId)
    : QUndoCommand(Document::tr("Delete value chain"))
    , m_document(document)
    , m_chainId(chainId) {}

void RemoveChainCommand::redo() {
    m_removedLinks.clear();
    const ValueChain* chain = m_document->chain(m_chainId);
    QStringList stageIds;
    for (const Element& stage : chain->stages)
        stageIds.append(stage.id);
    const auto& links = m_document->state().links;
    for (int i = static_cast<int>(links.size()) - 1; i >= 0; --i) {
        if (stageIds.contains(links[i].from) || stageIds.contains(links[i].to))
            m_removedLinks.push_back({i, m_document->takeLinkRaw(i)});
    }
    m_index = m_document->chainIndex(m_chainId);
    m_chain = m_document->takeChainRaw(m_chainId);
}

void RemoveChainCommand::undo() {
    m_document->insertChainRaw(m_index, m_chain);
    for (auto it = m_removedLinks.rbegin(); it != m_removedLinks.rend(); ++it)
        m_document->insertLinkRaw(it->index, it->link);
    m_removedLinks.clear();
}

RenameChainCommand::RenameChainCommand(Document* document, const QString& chainId,
                                       const QString& name)
    : QUndoCommand(Document::tr("Rename value chain"))
    , m_document(document)
    , m_chainId(chainId)
    , m_oldName(document->chain(chainId)->name)
    , m_newName(name) {}

void RenameChainCommand::redo() {
    m_document->setChainNameRaw(m_chainId, m_newName);
}

void RenameChainCommand::undo() {
    m_document->setChainNameRaw(m_chainId, m_oldName);
}

MoveChainCommand::MoveChainCommand(Document* document, int from, int to)
    : QUndoCommand(Document::tr("Reorder value chains"))
    , m_document(document)
    , m_from(from)
    , m_to(to) {}

void MoveChainCommand::redo() {
    m_document->moveChainRaw(m_from, m_to);
}

void MoveChainCommand::undo() {
    m_document->moveChainRaw(m_to, m_from);
}

} // namespace tandem
