#include "snapshotcommands.h"

namespace tandem {

SetSnapshotsCommand::SetSnapshotsCommand(Document* document, std::vector<Snapshot> after,
                                         const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->session().snapshots)
    , m_after(std::move(after)) {}

void SetSnapshotsCommand::redo() {
    m_document->setSnapshotsRaw(m_after);
}

void SetSnapshotsCommand::undo() {
    m_document->setSnapshotsRaw(m_before);
}

} // namespace tandem
