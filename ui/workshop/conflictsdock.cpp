#include "conflictsdock.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "conflictcommands.h"
#include "document.h"
#include "menuplaces.h"
#include "noteitem.h"
#include "snapshotmarkeritem.h"
#include "windowhost.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace tandem {

namespace {

constexpr std::array<MergeSide, 3> Sides{MergeSide::Ours, MergeSide::Theirs, MergeSide::Base};

} // namespace

ConflictsDock::ConflictsDock(WindowHost* host)
    : QDockWidget(tr("Merge conflicts"), host->widget())
    , m_host(host)
    , m_list(new QListWidget)
    , m_values{new QLabel, new QLabel, new QLabel}
    , m_edit(new QLineEdit)
    , m_take{new QPushButton(tr("Take &ours")), new QPushButton(tr("Take &theirs")),
             new QPushButton(tr("Take &base"))}
    , m_useEdited(new QPushButton(tr("Use &edited"))) {
    setObjectName(QStringLiteral("conflictsDock"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(m_list);
    auto* sides = new QFormLayout;
    const QString names[3] = {tr("Ours:"), tr("Theirs:"), tr("Base:")};
    for (int i = 0; i < 3; ++i) {
        m_values[i]->setWordWrap(true);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        sides->addRow(names[i], m_values[i]);
    }
    sides->addRow(tr("Edit:"), m_edit);
    layout->addLayout(sides);
    auto* buttons = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        buttons->addWidget(m_take[i]);
        connect(m_take[i], &QPushButton::clicked, this, [this, i] { takeSide(i); });
    }
    buttons->addWidget(m_useEdited);
    layout->addLayout(buttons);
    setWidget(body);
    connect(m_useEdited, &QPushButton::clicked, this, &ConflictsDock::takeEdited);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDock::showSelected);
    connect(host->document(), &Document::changed, this, &ConflictsDock::refresh);
    connect(host->document(), &Document::sessionReset, this, &ConflictsDock::refresh);
    host->addDock(this, WindowHost::DockPlace::Bottom);
    toggleViewAction()->setText(tr("Merge &conflicts"));
    host->menuPlaces()->add(QStringLiteral("session.snapshots"), {toggleViewAction()});
    refresh();
}

ConflictsDock::~ConflictsDock() {
    clearRing();
}

QString ConflictsDock::shownValue(int side) const {
    return m_values[side]->text();
}

QString ConflictsDock::ringedId() const {
    return m_ring ? m_ringedId : QString();
}

void ConflictsDock::refresh() {
    const auto conflicts = conflictsOf(m_host->document()->session());
    const int row = std::max(0, m_list->currentRow());
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const MergeConflict& conflict : conflicts)
        m_list->addItem(conflict.describe());
    if (conflicts.empty()) {
        clearRing();
        hide();
        return;
    }
    show();
    raise();
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    showSelected();
}

void ConflictsDock::showSelected() {
    clearRing();
    const auto conflicts = conflictsOf(m_host->document()->session());
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < static_cast<int>(conflicts.size());
    for (int i = 0; i < 3; ++i) {
        m_values[i]->setText(any ? conflicts[row].valueText(Sides[i]) : QString());
        m_take[i]->setEnabled(any);
    }
    const bool editable = any && isEditableConflict(conflicts[row]);
    m_edit->setEnabled(editable);
    m_useEdited->setEnabled(editable);
    m_edit->setText(editable ? conflicts[row].valueText(MergeSide::Ours) : QString());
    if (!any || conflicts[row].subject != ConflictSubject::Element)
        return;
    NoteItem* note = m_host->scene()->noteItem(conflicts[row].id);
    if (!note)
        return;
    m_ring = new SnapshotMarkerItem(ChangeKind::Changed, note);
    m_ringedId = conflicts[row].id;
    m_host->view()->revealNote(m_ringedId);
}

void ConflictsDock::clearRing() {
    if (m_ring) {
        m_ring->restoreNote();
        delete m_ring.data();
    }
    m_ring = nullptr;
    m_ringedId.clear();
}

void ConflictsDock::takeSide(int side) {
    clearRing();
    resolveConflict(*m_host->document(), m_list->currentRow(), Sides[side]);
}

void ConflictsDock::takeEdited() {
    clearRing();
    resolveConflictWith(*m_host->document(), m_list->currentRow(), m_edit->text());
}

} // namespace tandem
