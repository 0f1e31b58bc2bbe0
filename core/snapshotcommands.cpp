#include "snapshotcommands.h"

#include <QCoreApplication>

namespace tandem {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Snapshots", text);
}

} // namespace

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

int snapshotIndex(const Document& document, const QString& name) {
    const auto& snapshots = document.session().snapshots;
    for (size_t i = 0; i < snapshots.size(); ++i) {
        if (snapshots[i].name == name)
            return static_cast<int>(i);
    }
    return -1;
}

QString suggestedSnapshotName(const Document& document) {
    for (const QString& name : {QStringLiteral("as-is"), QStringLiteral("to-be")}) {
        if (snapshotIndex(document, name) < 0)
            return name;
    }
    for (int number = static_cast<int>(document.session().snapshots.size()) + 1;; ++number) {
        const QString name = tr("snapshot %1").arg(number);
        if (snapshotIndex(document, name) < 0)
            return name;
    }
}

void takeSnapshot(Document* document, const QString& name, const QDateTime& taken) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    Snapshot snapshot;
    snapshot.name = trimmed;
    // Whole seconds: the file stays readable and the time is no less useful.
    snapshot.taken = QDateTime::fromSecsSinceEpoch(taken.toSecsSinceEpoch(), Qt::UTC);
    snapshot.state = document->state();
    std::vector<Snapshot> snapshots = document->session().snapshots;
    const int existing = snapshotIndex(*document, trimmed);
    QString text;
    if (existing >= 0) {
        // What the file kept about the old one (unknown keys) stays with it.
        snapshot.extra = snapshots[existing].extra;
        snapshots[existing] = snapshot;
        text = tr("Retake snapshot \u201c%1\u201d").arg(trimmed);
    } else {
        snapshots.push_back(snapshot);
        text = tr("Take snapshot \u201c%1\u201d").arg(trimmed);
    }
    document->undoStack()->push(new SetSnapshotsCommand(document, std::move(snapshots), text));
}

void renameSnapshot(Document* document, int index, const QString& name) {
    std::vector<Snapshot> snapshots = document->session().snapshots;
    const QString trimmed = name.trimmed();
    if (index < 0 || index >= static_cast<int>(snapshots.size()) || trimmed.isEmpty() ||
        snapshots[index].name == trimmed)
        return;
    const QString text =
        tr("Rename snapshot \u201c%1\u201d to \u201c%2\u201d").arg(snapshots[index].name, trimmed);
    snapshots[index].name = trimmed;
    document->undoStack()->push(new SetSnapshotsCommand(document, std::move(snapshots), text));
}

void removeSnapshot(Document* document, int index) {
    std::vector<Snapshot> snapshots = document->session().snapshots;
    if (index < 0 || index >= static_cast<int>(snapshots.size()))
        return;
    const QString text = tr("Delete snapshot \u201c%1\u201d").arg(snapshots[index].name);
    snapshots.erase(snapshots.begin() + index);
    document->undoStack()->push(new SetSnapshotsCommand(document, std::move(snapshots), text));
}

void restoreSnapshot(Document* document, int index) {
    const auto& snapshots = document->session().snapshots;
    if (index < 0 || index >= static_cast<int>(snapshots.size()))
        return;
    const Snapshot& snapshot = snapshots[index];
    if (snapshot.state == document->state())
        return;
    document->replaceState(snapshot.state,
                           tr("Restore snapshot \u201c%1\u201d").arg(snapshot.name));
}

} // namespace tandem
