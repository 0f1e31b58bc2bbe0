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

// The index of the first snapshot with this name, or -1.
int snapshotIndex(const Document& document, const QString& name);

// A name for the next snapshot: "as-is" first, then "to-be", then
// "snapshot 3", "snapshot 4"... whichever is not taken yet.
QString suggestedSnapshotName(const Document& document);

// Gestures, one undo step each. Taking a snapshot under a name that exists
// replaces that snapshot in its place (retaking "to-be" at the end of the
// day). Out-of-range indexes and unchanged names push nothing.
void takeSnapshot(Document* document, const QString& name,
                  const QDateTime& taken = QDateTime::currentDateTimeUtc());
void renameSnapshot(Document* document, int index, const QString& name);
void removeSnapshot(Document* document, int index);
// Makes a snapshot's canvases the current ones (the snapshot stays).
void restoreSnapshot(Document* document, int index);

} // namespace tandem
