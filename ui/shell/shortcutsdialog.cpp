#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

ShortcutsDialog::ShortcutsDialog(QWidget* source, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this)) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Find a command or a key\u2026"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Find a shortcut"));
    layout->addWidget(filter);
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Command"), tr("Keys")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QSet<QString> seen;
    auto addRow = [&](const QString& command, const QString& keys) {
        const QString key = command + QLatin1Char('\t') + keys;
        if (seen.contains(key))
            return;
        seen.insert(key);
        new QTreeWidgetItem(m_table, {command, keys});
    };
    for (QAction* action : source->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("\u2026"));
        addRow(text, keys.join(QStringLiteral(", ")));
    }
    // Gestures handled by the canvas itself rather than by actions.
    addRow(tr("Next / previous note in reading order"), tr("Tab, Shift+Tab"));
    addRow(tr("Add a note where you click"), tr("Double-click a block"));
    addRow(tr("Finish editing a note"), tr("Enter"));
    addRow(tr("New line while editing"), tr("Shift+Enter"));
    addRow(tr("Cancel editing"), tr("Esc"));
    addRow(tr("Pan"), tr("Space+drag, middle button drag, touchpad scroll"));
    addRow(tr("Zoom around the pointer"), tr("Mouse wheel, Ctrl+wheel, pinch"));
    addRow(tr("Add to the selection"), tr("Ctrl+click, rubber band"));
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    resize(640, 620);

    connect(filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_table->topLevelItem(i);
            const bool match = item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
        }
    });
}

void ShortcutsDialog::show(QWidget* source, QWidget* parent) {
    ShortcutsDialog dialog(source, parent);
    dialog.exec();
}

} // namespace tandem
