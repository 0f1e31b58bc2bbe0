#pragma once

#include <QDialog>

class QTreeWidget;

namespace tandem {

// Help > Keyboard Shortcuts: every action of a window that has a key, plus
// the canvas gestures that are not actions (Tab, space-drag, the wheel),
// searchable, so a facilitator can find a key in front of the room.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    // Lists the actions found on `source` and its children.
    ShortcutsDialog(QWidget* source, QWidget* parent = nullptr);

    static void show(QWidget* source, QWidget* parent);
    QTreeWidget* table() const { return m_table; }

private:
    QTreeWidget* m_table;
};

} // namespace tandem
