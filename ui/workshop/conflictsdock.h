#pragma once

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tandem {

class SnapshotMarkerItem;
class WindowHost;

// The conflicts a merge left in the open session (core/mergeconflict.h),
// shown when such a file opens: each conflict with ours, theirs and base side
// by side, buttons to take one of them or an edited text, and the note
// concerned ringed on the canvas. Every choice is one undo step; the dock
// hides itself once none remain, and the file then saves clean.
class ConflictsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ConflictsDock(WindowHost* host);
    ~ConflictsDock() override;

    QListWidget* list() const { return m_list; }
    QLineEdit* editor() const { return m_edit; }
    // The side values of the selected conflict: ours, theirs, base.
    QString shownValue(int side) const;
    // The ringed note's id, or empty.
    QString ringedId() const;

    // Resolves the selected conflict: 0 ours, 1 theirs, 2 base.
    void takeSide(int side);
    void takeEdited();

private:
    void refresh();
    void showSelected();
    void clearRing();

    WindowHost* m_host;
    QListWidget* m_list;
    QLabel* m_values[3];
    QLineEdit* m_edit;
    QPushButton* m_take[3];
    QPushButton* m_useEdited;
    QPointer<SnapshotMarkerItem> m_ring;
    QString m_ringedId;
};

} // namespace tandem
