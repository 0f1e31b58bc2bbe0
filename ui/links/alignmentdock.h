#pragma once

#include "alignment.h"

#include <QDockWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace tandem {

class CanvasScene;
class Document;

// The alignment panel: the coverage figures on top ("3 of 4 value
// propositions delivered"), then the findings of the check grouped by
// severity. It re-runs the check whenever the document changes, once per
// burst of change signals (the check is linear, so every edit is fine).
// Clicking a finding selects its elements on the canvas and asks for them
// to be shown. Notes with a gap carry a red mark on the canvas, notes with
// a warning an amber one, with the finding as their tooltip; information
// findings (such as a stage without organisation) are only listed, as
// marking most stages would drown the marks that matter.
class AlignmentDock : public QDockWidget {
    Q_OBJECT

public:
    explicit AlignmentDock(CanvasScene* scene, QWidget* parent = nullptr);

    const AlignmentReport& report() const { return m_report; }
    QTreeWidget* findings() const { return m_tree; }
    QString coverageText() const;
    QLabel* moneyLabel() const { return m_money; }
    // How many times the check ran: once per burst of edits.
    int checkCount() const { return m_checks; }
    // The colour of a severity's chips and canvas marks.
    static QColor severityColor(Severity severity);
    // Re-checks now rather than at the next turn of the event loop.
    void refreshNow();
    // Selects the elements of the finding shown by a tree item.
    void activate(QTreeWidgetItem* item);

Q_SIGNALS:
    // Bring this scene rect into view (the elements of a finding).
    void showRequested(const QRectF& sceneRect);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();
    void rebuildTree();
    void showMoney();
    void applyMarkers();

    CanvasScene* m_scene;
    Document* m_document;
    AlignmentReport m_report;
    QTimer* m_timer;
    QLabel* m_summary = nullptr;
    QLabel* m_delivered = nullptr;
    QProgressBar* m_deliveredBar = nullptr;
    QLabel* m_serving = nullptr;
    QLabel* m_money = nullptr; // the money figures, where amounts exist
    QProgressBar* m_servingBar = nullptr;
    QTreeWidget* m_tree = nullptr;
    bool m_marked = false;
    int m_checks = 0;
};

} // namespace tandem
