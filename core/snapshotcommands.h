#pragma once

#include "document.h"

#include <QDateTime>
#include <QUndoCommand>

#include <vector>

namespace tandem {

// Snapshots ("as-is", "to-be") are part of the session file, so taking,
// renaming and deleting one is an edit like any other: undoable, and it marks
// the document modified. One command replaces the whole list; a list of
// frozen states is small next to what a workshop would lose without undo.
// The gestures that push it are Document's (takeSnapshot() and the rest).
class SetSnapshotsCommand : public QUndoCommand {
public:
    SetSnapshotsCommand(Document* document, std::vector<Snapshot> after, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    std::vector<Snapshot> m_before;
    std::vector<Snapshot> m_after;
};

} // namespace tandem
