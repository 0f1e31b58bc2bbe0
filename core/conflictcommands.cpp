#include "conflictcommands.h"

#include "document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace tandem {

namespace {

// Swaps the whole session between before and after a resolution: the value
// may sit in the canvases, the details, the snapshots or an unknown key.
class ResolveConflictCommand : public QUndoCommand {
public:
    ResolveConflictCommand(Document* document, Session after, const QString& text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(document->session())
        , m_after(std::move(after)) {}

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const Session& session) {
        if (!(m_document->info() == session.info))
            m_document->setInfoRaw(session.info);
        if (!(m_document->state() == session.state))
            m_document->setStateRaw(session.state);
        if (m_document->session().snapshots != session.snapshots)
            m_document->setSnapshotsRaw(session.snapshots);
        m_document->setSessionExtraRaw(session.extra);
    }

    Document* m_document;
    Session m_before;
    Session m_after;
};

QString undoText(const Session& session, int index) {
    const auto conflicts = conflictsOf(session);
    return QCoreApplication::translate("ConflictCommands", "Resolve conflict: %1")
        .arg(conflicts[static_cast<std::size_t>(index)].describe());
}

} // namespace

bool resolveConflict(Document& document, int index, MergeSide side) {
    auto after = resolveConflict(document.session(), index, side);
    if (!after)
        return false;
    const QString text = undoText(document.session(), index);
    document.undoStack()->push(new ResolveConflictCommand(&document, std::move(*after), text));
    return true;
}

bool resolveConflictWith(Document& document, int index, const QString& value) {
    auto after = resolveConflictWith(document.session(), index, value);
    if (!after)
        return false;
    const QString text = undoText(document.session(), index);
    document.undoStack()->push(new ResolveConflictCommand(&document, std::move(*after), text));
    return true;
}

} // namespace tandem
