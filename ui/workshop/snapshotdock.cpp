#include "snapshotdock.h"

#include "canvasview.h"
#include "document.h"
#include "snapshotcomparepanel.h"
#include "windowhost.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace tandem {

SnapshotDock::SnapshotDock(WindowHost* host)
    : QDockWidget(tr("Snapshots"), host->widget())
    , m_host(host)
    , m_document(host->document())
    , m_toolBar(new QToolBar(this))
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_compare(new SnapshotComparePanel(host->scene(), host->view(), this)) {
    setObjectName(QStringLiteral("snapshotDock"));

    m_take = new QAction(tr("&Take Snapshot\u2026"), this);
    m_take->setStatusTip(tr("Freeze the canvases as they are now under a name, such as as-is"));
    m_restore = new QAction(tr("&Restore"), this);
    m_restore->setStatusTip(tr("Make the selected snapshot the current canvases (undoable)"));
    m_rename = new QAction(tr("Re&name"), this);
    m_delete = new QAction(tr("&Delete"), this);
    m_open = new QAction(tr("&Open in Window"), this);
    m_open->setStatusTip(tr("Open the snapshot as a session of its own, to export or print it"));
    m_export = new QAction(tr("&Export\u2026"), this);
    m_export->setVisible(false);
    connect(m_take, &QAction::triggered, this, [this] { takeSnapshot(); });
    connect(m_restore, &QAction::triggered, this, &SnapshotDock::restoreSelected);
    connect(m_rename, &QAction::triggered, this, [this] { renameSelected(); });
    connect(m_delete, &QAction::triggered, this, &SnapshotDock::deleteSelected);
    connect(m_open, &QAction::triggered, this, &SnapshotDock::openSelectedInWindow);
    connect(m_export, &QAction::triggered, this, [this] {
        if (m_exportHandler && selectedIndex() >= 0)
            m_exportHandler(snapshotSession(m_document->session(), selectedIndex()),
                            m_document->session().snapshots[selectedIndex()].name);
    });

    m_toolBar->setAccessibleName(tr("Snapshot actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_take, m_restore, m_rename, m_delete, m_open, m_export});

    m_list->setAccessibleName(tr("Snapshots"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    // A workshop has a handful of snapshots; the comparison needs the room.
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_list->addActions({m_restore, m_rename, m_delete, m_open, m_export});
    m_details->setWordWrap(true);
    m_details->setAccessibleName(tr("Snapshot details"));
    QPalette subtle = m_details->palette();
    subtle.setColor(QPalette::WindowText, subtle.color(QPalette::PlaceholderText));
    m_details->setPalette(subtle);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_toolBar);
    topLayout->addWidget(m_list, 1);
    topLayout->addWidget(m_details);
    auto* compareBox = new QWidget(this);
    auto* compareLayout = new QVBoxLayout(compareBox);
    compareLayout->setContentsMargins(0, 6, 0, 0);
    auto* compareTitle = new QLabel(tr("<b>Compare</b>"), compareBox);
    compareLayout->addWidget(compareTitle);
    compareLayout->addWidget(m_compare, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(compareBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(splitter);
    setWidget(content);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_rebuilding)
            return;
        const int index = m_list->row(item);
        const QString name = item->text().trimmed();
        const int taken = m_document->snapshotIndex(name);
        if (name.isEmpty() || (taken >= 0 && taken != index)) {
            if (!name.isEmpty())
                m_host->showStatus(
                    tr("There is already a snapshot called \u201c%1\u201d.").arg(name), 6000);
            // Undo the edit in the list; the session did not change.
            QTimer::singleShot(0, this, &SnapshotDock::rebuildList);
            return;
        }
        m_document->renameSnapshot(index, name);
    });
    connect(m_document, &Document::snapshotsChanged, this, &SnapshotDock::rebuildList);
    connect(m_document, &Document::sessionReset, this, &SnapshotDock::rebuildList);
    connect(this, &QDockWidget::visibilityChanged, m_compare, &SnapshotComparePanel::setActive);
    rebuildList();
}

int SnapshotDock::selectedIndex() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < static_cast<int>(m_document->session().snapshots.size()) ? row : -1;
}

void SnapshotDock::selectIndex(int index) {
    m_list->setCurrentRow(index);
}

void SnapshotDock::rebuildList() {
    const int row = m_list->currentRow();
    m_rebuilding = true;
    m_list->clear();
    for (const Snapshot& snapshot : m_document->session().snapshots) {
        auto* item = new QListWidgetItem(snapshot.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_rebuilding = false;
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
    updateActions();
    updateDetails();
}

void SnapshotDock::updateActions() {
    const bool selected = selectedIndex() >= 0;
    for (QAction* action : {m_restore, m_rename, m_delete, m_open, m_export})
        action->setEnabled(selected);
}

void SnapshotDock::updateDetails() {
    const int index = selectedIndex();
    if (index < 0) {
        m_details->setText(m_document->session().snapshots.empty()
                               ? tr("No snapshots yet. Take one before the team changes the "
                                    "canvases, to see later what changed.")
                               : QString());
        return;
    }
    const Snapshot& snapshot = m_document->session().snapshots[index];
    const QString notes = tr("%n notes", nullptr, snapshot.state.elementCount());
    m_details->setText(
        snapshot.taken.isValid()
            ? tr("Taken %1 \u00b7 %2")
                  .arg(QLocale().toString(snapshot.taken.toLocalTime(), QLocale::ShortFormat),
                       notes)
            : notes);
}

QString SnapshotDock::takeSnapshot(const QString& givenName) {
    QString name = givenName.trimmed();
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(m_host->widget(), tr("Take Snapshot"),
                                     tr("Name of the snapshot (for example as-is or to-be):"),
                                     QLineEdit::Normal, m_document->suggestedSnapshotName(), &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return {};
        if (m_document->snapshotIndex(name) >= 0 &&
            QMessageBox::question(
                m_host->widget(), tr("Replace Snapshot"),
                tr("There is already a snapshot called \u201c%1\u201d. Replace it with the "
                   "canvases as they are now?")
                    .arg(name),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return {};
    }
    m_document->takeSnapshot(name);
    selectIndex(m_document->snapshotIndex(name));
    m_host->showStatus(
        tr("Snapshot \u201c%1\u201d taken: %n notes.", nullptr, m_document->state().elementCount())
            .arg(name),
        5000);
    return name;
}

void SnapshotDock::restoreSelected() {
    const int index = selectedIndex();
    if (index < 0)
        return;
    const QString name = m_document->session().snapshots[index].name;
    m_document->restoreSnapshot(index);
    m_host->showStatus(
        tr("The canvases are now as in \u201c%1\u201d. Undo brings back what was there.").arg(name),
        8000);
}

void SnapshotDock::deleteSelected() {
    m_document->removeSnapshot(selectedIndex());
}

void SnapshotDock::renameSelected(const QString& name) {
    const int index = selectedIndex();
    if (index < 0)
        return;
    if (name.isEmpty()) {
        m_list->editItem(m_list->item(index));
        return;
    }
    const int taken = m_document->snapshotIndex(name.trimmed());
    if (taken >= 0 && taken != index)
        return;
    m_document->renameSnapshot(index, name);
}

Session SnapshotDock::snapshotSession(const Session& session, int index) {
    Session result;
    if (index < 0 || index >= static_cast<int>(session.snapshots.size()))
        return result;
    const Snapshot& snapshot = session.snapshots[index];
    result.info = session.info;
    result.info.title = tr("%1 (%2)").arg(session.info.title, snapshot.name);
    result.state = snapshot.state;
    return result;
}

WindowHost* SnapshotDock::openSelectedInWindow() {
    const int index = selectedIndex();
    if (index < 0)
        return nullptr;
    WindowHost* window = m_host->openNewWindow();
    window->adoptSession(snapshotSession(m_document->session(), index), QString(),
                         WindowHost::Adoption::Saved);
    return window;
}

void SnapshotDock::setExportHandler(ExportHandler handler) {
    m_exportHandler = std::move(handler);
    m_export->setVisible(static_cast<bool>(m_exportHandler));
}

} // namespace tandem
