#pragma once

#include "sessiondiff.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace tandem {

class CanvasScene;
class CanvasView;
class Document;
class SnapshotMarkerItem;
class SnapshotMoneyView;

// Compares any two states of the session, each a snapshot or the current
// canvases: what was added, removed, changed or moved between blocks, and
// which links and chains came and went, listed by kind. When the newer side
// is the current canvases, the notes that differ are ringed on the canvas in
// the colour of their change (removed ones can only be listed); clicking an
// entry selects its note. Where either side has amounts, how the money
// figures changed is shown above the list (SnapshotMoneyView). The
// comparison follows edits as they happen.
class SnapshotComparePanel : public QWidget {
    Q_OBJECT

public:
    SnapshotComparePanel(CanvasScene* scene, CanvasView* view, QWidget* parent = nullptr);
    ~SnapshotComparePanel() override;

    // A side is a snapshot name, or empty for the current canvases.
    void setSides(const QString& older, const QString& newer);
    QString olderSide() const;
    QString newerSide() const;

    // Markers show only while the panel is active (its dock is visible) and
    // "Show on canvas" is checked.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Recomputes at once (edits are otherwise picked up a moment later).
    // Does nothing while the panel is not active.
    void refresh();
    const StateDiff& diff() const { return m_diff; }
    // Notes ringed on the canvas, by element id, with their kind.
    std::vector<std::pair<QString, ChangeKind>> markedNotes() const;

    QCheckBox* showOnCanvasBox() const { return m_showOnCanvas; }
    QTreeWidget* tree() const { return m_tree; }
    QLabel* summaryLabel() const { return m_summary; }
    SnapshotMoneyView* moneyView() const { return m_money; }

private:
    void rebuildCombos();
    void schedule();
    std::optional<CanvasState> stateOf(const QString& side) const;
    QString shortName(const QString& side) const;
    const money::MoneyReport* snapshotMoney(const QString& side, const CanvasState& state);
    void fillTree();
    QTreeWidgetItem* addGroup(const QString& title, ChangeKind kind, int count);
    void applyMarkers();
    void clearMarkers();
    void selectFromTree(QTreeWidgetItem* item);

    CanvasScene* m_scene;
    CanvasView* m_view;
    Document* m_document;
    QComboBox* m_older;
    QComboBox* m_newer;
    QCheckBox* m_showOnCanvas;
    QLabel* m_summary;
    SnapshotMoneyView* m_money;
    QTreeWidget* m_tree;
    QTimer* m_timer;
    StateDiff m_diff;
    bool m_active = false;
    bool m_rebuildingCombos = false;
    std::vector<QPointer<SnapshotMarkerItem>> m_markers;
    // Snapshots do not change between edits: their money figures are
    // worked out once, until the snapshots change.
    QHash<QString, money::MoneyReport> m_snapshotMoney;
};

} // namespace tandem
