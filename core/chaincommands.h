#pragma once

#include "document.h"

#include <QUndoCommand>

namespace tandem {

// Undo commands for value delivery chains (stages are elements: see
// elementcommands.h).

// Adds a chain (usually empty) at an index.
class AddChainCommand : public QUndoCommand {
public:
    AddChainCommand(Document* document, int index, const ValueChain& chain);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_index;
    ValueChain m_chain;
};

// Removes a chain with its stages and every link to those stages.
class RemoveChainCommand : public QUndoCommand {
public:
    RemoveChainCommand(Document* document, const QString& chainId);
    void redo() override;
    void undo() override;

private:
    struct RemovedLink {
        int index;
        Link link;
    };
    Document* m_document;
    QString m_chainId;
    int m_index = -1;
    ValueChain m_chain;
    std::vector<RemovedLink> m_removedLinks;
};

// Renames a chain.
class RenameChainCommand : public QUndoCommand {
public:
    RenameChainCommand(Document* document, const QString& chainId, const QString& name);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    QString m_chainId;
    QString m_oldName;
    QString m_newName;
};

// Moves a chain up or down the list of chains.
class MoveChainCommand : public QUndoCommand {
public:
    MoveChainCommand(Document* document, int from, int to);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_from;
    int m_to;
};

} // namespace tandem
