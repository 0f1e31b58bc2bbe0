#pragma once

#include "model.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <optional>
#include <utility>
#include <vector>

namespace tandem {

// One element's move in a move gesture: where it goes, and optionally where
// inside its block (an empty `at` lets the layout place it by order).
struct ElementMove {
    QString id;
    Place to;
    std::optional<QPointF> at;
};

// An open session: the model, the one undo stack every edit goes through, and
// typed change signals that views listen to. Views hold element ids and ask
// the document for data when a signal tells them something changed.
//
// The public "gesture" functions each push exactly one undo command. The
// "primitive" functions change the model directly and emit signals; only
// undo commands call them.
class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    const Session& session() const { return m_session; }
    const CanvasState& state() const { return m_session.state; }
    const SessionInfo& info() const { return m_session.info; }
    QUndoStack* undoStack() { return &m_undoStack; }

    // Replaces everything (open, new, revert). Clears the undo stack.
    void resetSession(Session session);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }
    // The session was written to `path` by its own window: that becomes the
    // file path, the document is clean, and savedTo() tells the watchers.
    void markSavedTo(const QString& path);

    // Lookups. Pointers are valid until the next change.
    const Element* element(const QString& id) const;
    std::optional<Place> placeOf(const QString& id) const;
    const ValueChain* chain(const QString& id) const;
    int chainIndex(const QString& id) const;
    // The chain a stage belongs to, or empty.
    QString chainOfStage(const QString& stageId) const;
    // Is this id taken by an element, a stage or a chain?
    bool isElement(const QString& id) const;
    // Block of an element (ValueChains for stages).
    std::optional<Block> blockOf(const QString& id) const;
    // A fresh id such as "vp-k3f9", unique in the document (core/idgen.h).
    QString generateId(const QString& prefix) const;
    static QString idPrefix(Block block);
    // Links that touch an element, as indexes into state().links.
    std::vector<int> linksOf(const QString& id) const;
    int linkIndex(const Link& link) const; // by from, to and kind; -1 if absent
    // Why this link cannot be added, or an empty string when it can.
    QString linkProblem(const Link& link) const;

    // Gestures: one undo step each (defined in documentgestures.cpp).
    QString addElement(const Place& place, Element element);
    // Several notes at once (paste, duplicate), added in order as
    // addElement() would add each; returns their ids.
    QStringList addElements(const std::vector<std::pair<Place, Element>>& notes,
                            const QString& undoText);
    // undoText names the step when the gesture is not a plain delete (cut).
    void removeElements(const QStringList& ids, const QString& undoText = {});
    void editElement(const QString& id, const Element& changed, const QString& undoText);
    void setElementText(const QString& id, const QString& text);
    void setElementDescription(const QString& id, const QString& description);
    void setElementsColor(const QStringList& ids, const QString& color);
    void setElementTags(const QString& id, const QStringList& tags);
    // The amount of a revenue stream or a cost (money.md); none removes it.
    // Other elements take no amount and stay as they are.
    void setElementAmount(const QString& id, const std::optional<Figure>& amount);
    void moveElements(const std::vector<ElementMove>& moves, const QString& undoText = {});
    QString addChain(const QString& name, int index = -1);
    void removeChain(const QString& chainId);
    void renameChain(const QString& chainId, const QString& name);
    void moveChain(const QString& chainId, int newIndex);
    // Returns the problem (and pushes nothing) when the link is refused.
    QString addLink(const Link& link);
    void removeLink(const Link& link);
    // Several links in one step (a single one keeps removeLink()'s name).
    void removeLinks(const std::vector<Link>& links, const QString& undoText);
    void editLink(const Link& oldLink, const Link& newLink);
    void setSessionInfo(const SessionInfo& info);
    void replaceState(const CanvasState& state, const QString& undoText);

    // Snapshots ("as-is", "to-be"): the index of the first with this name,
    // or -1; and a name for the next one: "as-is", then "to-be", then
    // "snapshot 3", "snapshot 4"... whichever is not taken yet.
    int snapshotIndex(const QString& name) const;
    QString suggestedSnapshotName() const;
    // Snapshot gestures. Taking a snapshot under a name that exists replaces
    // that snapshot in its place (retaking "to-be" at the end of the day).
    // Out-of-range indexes and unchanged names push nothing.
    void takeSnapshot(const QString& name,
                      const QDateTime& taken = QDateTime::currentDateTimeUtc());
    void renameSnapshot(int index, const QString& name);
    void removeSnapshot(int index);
    // Makes a snapshot's canvases the current ones (the snapshot stays).
    void restoreSnapshot(int index);

    // Primitives, for undo commands only.
    void insertElementRaw(const Place& place, const Element& element);
    std::pair<Place, Element> takeElementRaw(const QString& id);
    void replaceElementRaw(const QString& id, const Element& element);
    // Moves an element to a place (index -1 = at the end) and sets its
    // position; returns where it was.
    Place moveElementRaw(const QString& id, const Place& to, const std::optional<QPointF>& at);
    void insertChainRaw(int index, const ValueChain& chain);
    ValueChain takeChainRaw(const QString& chainId);
    void setChainNameRaw(const QString& chainId, const QString& name);
    void moveChainRaw(int from, int to);
    void insertLinkRaw(int index, const Link& link);
    Link takeLinkRaw(int index);
    void replaceLinkRaw(int index, const Link& link);
    void setInfoRaw(const SessionInfo& info);
    void setStateRaw(const CanvasState& state);
    void setSnapshotsRaw(const std::vector<Snapshot>& snapshots);
    // Unknown top-level keys, merge_conflicts among them (core/mergeconflict.h).
    void setSessionExtraRaw(const ExtraFields& extra);

Q_SIGNALS:
    void elementAdded(const QString& id);
    void elementRemoved(const QString& id, const tandem::Place& from);
    void elementChanged(const QString& id);
    void elementMoved(const QString& id, const tandem::Place& from, const tandem::Place& to);
    void chainAdded(const QString& chainId);
    void chainRemoved(const QString& chainId);
    void chainChanged(const QString& chainId);
    void chainsReordered();
    void linkAdded(const tandem::Link& link);
    void linkRemoved(const tandem::Link& link);
    void linkChanged(const tandem::Link& oldLink, const tandem::Link& newLink);
    void infoChanged();
    // The list of snapshots changed (taken, renamed, removed).
    void snapshotsChanged();
    // Everything changed (open, revert, snapshot restore): views rebuild.
    void sessionReset();
    // Emitted once after any of the above, for views that just recompute.
    void changed();
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);
    // Written to `path` by this program (so a watcher can tell its own save
    // from a change another program made on disk).
    void savedTo(const QString& path);

private:
    QString generateId(const QString& prefix, const QSet<QString>& alsoTaken) const;
    std::vector<Element>* listFor(const Place& place);
    void rebuildIndex();
    void reindexList(const Place& place);
    void reindexChains();

    Session m_session;
    QUndoStack m_undoStack;
    QString m_filePath;
    // Every element, stage and chain id. For chains, block is ValueChains,
    // chainId is the chain itself and index is -1.
    QHash<QString, Place> m_index;
};

} // namespace tandem
