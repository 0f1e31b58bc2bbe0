#include "snapshotcomparepanel.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "icons.h"
#include "noteitem.h"
#include "oneline.h"
#include "sessiondiffformat.h"
#include "snapshotmarkeritem.h"
#include "snapshotmoneyview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString where(const ElementLocation& location) {
    if (!location.isStage())
        return blockTitle(location.block);
    return SnapshotComparePanel::tr("Value chain: %1")
        .arg(location.chainName.isEmpty() ? location.chainId : location.chainName);
}

} // namespace

SnapshotComparePanel::SnapshotComparePanel(CanvasScene* scene, CanvasView* view, QWidget* parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_view(view)
    , m_document(scene->document())
    , m_older(new QComboBox(this))
    , m_newer(new QComboBox(this))
    , m_showOnCanvas(new QCheckBox(tr("Mark changes on the &canvas"), this))
    , m_summary(new QLabel(this))
    , m_money(new SnapshotMoneyView(this))
    , m_tree(new QTreeWidget(this))
    , m_timer(new QTimer(this)) {
    m_older->setAccessibleName(tr("Compare from"));
    m_newer->setAccessibleName(tr("Compare to"));
    m_showOnCanvas->setChecked(true);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Comparison summary"));
    m_tree->setAccessibleName(tr("Differences"));
    m_tree->setHeaderLabels({tr("Note"), tr("Where")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 200);
    m_tree->setUniformRowHeights(true);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&From:"), m_older);
    form->addRow(tr("&To:"), m_newer);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_showOnCanvas);
    layout->addWidget(m_summary);
    m_money->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_money);
    layout->addWidget(m_tree, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &SnapshotComparePanel::refresh);
    connect(m_older, &QComboBox::currentIndexChanged, this, &SnapshotComparePanel::schedule);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &SnapshotComparePanel::schedule);
    connect(m_showOnCanvas, &QCheckBox::toggled, this, &SnapshotComparePanel::applyMarkers);
    connect(m_document, &Document::snapshotsChanged, this, &SnapshotComparePanel::rebuildCombos);
    connect(m_document, &Document::sessionReset, this, &SnapshotComparePanel::rebuildCombos);
    // Edits change the current side; the scene may also have rebuilt its
    // items, taking the markers with them.
    connect(m_document, &Document::changed, this, &SnapshotComparePanel::schedule);
    connect(m_tree, &QTreeWidget::itemClicked, this, &SnapshotComparePanel::selectFromTree);
    connect(m_tree, &QTreeWidget::itemActivated, this, &SnapshotComparePanel::selectFromTree);
    rebuildCombos();
}

SnapshotComparePanel::~SnapshotComparePanel() {
    clearMarkers();
}

void SnapshotComparePanel::rebuildCombos() {
    m_snapshotMoney.clear();
    const QString older = olderSide();
    const QString newer = newerSide();
    const bool hadSides = m_older->count() > 0;
    m_rebuildingCombos = true;
    for (QComboBox* combo : {m_older, m_newer}) {
        combo->clear();
        for (const Snapshot& snapshot : m_document->session().snapshots) {
            if (combo->findData(snapshot.name) < 0)
                combo->addItem(tr("Snapshot \u201c%1\u201d").arg(snapshot.name), snapshot.name);
        }
        combo->addItem(tr("Current canvases"), QString());
    }
    m_rebuildingCombos = false;
    // Keep the chosen sides while they exist; by default compare the first
    // snapshot (usually "as-is") with what is on the canvas now.
    const bool chosen = hadSides && !(older.isEmpty() && newer.isEmpty());
    if (chosen && m_older->findData(older) >= 0 && m_newer->findData(newer) >= 0)
        setSides(older, newer);
    else
        setSides(m_older->count() > 1 ? m_older->itemData(0).toString() : QString(), QString());
    schedule();
}

void SnapshotComparePanel::setSides(const QString& older, const QString& newer) {
    const int olderIndex = m_older->findData(older);
    const int newerIndex = m_newer->findData(newer);
    if (olderIndex >= 0)
        m_older->setCurrentIndex(olderIndex);
    if (newerIndex >= 0)
        m_newer->setCurrentIndex(newerIndex);
    refresh();
}

QString SnapshotComparePanel::olderSide() const {
    return m_older->currentData().toString();
}

QString SnapshotComparePanel::newerSide() const {
    return m_newer->currentData().toString();
}

void SnapshotComparePanel::setActive(bool active) {
    if (m_active == active)
        return;
    m_active = active;
    if (active)
        refresh();
    else
        clearMarkers();
}

void SnapshotComparePanel::schedule() {
    // Hidden, the panel waits: setActive() catches up when it is shown.
    if (!m_rebuildingCombos && m_active)
        m_timer->start();
}

std::optional<CanvasState> SnapshotComparePanel::stateOf(const QString& side) const {
    if (side.isEmpty())
        return m_document->state();
    return snapshotState(m_document->session(), side);
}

const money::MoneyReport* SnapshotComparePanel::snapshotMoney(const QString& side,
                                                              const CanvasState& state) {
    if (side.isEmpty())
        return nullptr; // the current canvases change with every edit
    auto found = m_snapshotMoney.find(side);
    if (found == m_snapshotMoney.end())
        found = m_snapshotMoney.insert(side, money::analyse(state));
    return &found.value();
}

// A side's name for a column header: the snapshot's, or "Current".
QString SnapshotComparePanel::shortName(const QString& side) const {
    return side.isEmpty() ? tr("Current") : side;
}

void SnapshotComparePanel::refresh() {
    m_timer->stop();
    if (!m_active)
        return; // nothing to show; a big session should not pay for it
    const auto older = stateOf(olderSide());
    const auto newer = stateOf(newerSide());
    m_diff =
        older && newer
            ? diffStates(*older, *newer,
                         {snapshotMoney(olderSide(), *older), snapshotMoney(newerSide(), *newer)})
            : StateDiff{};
    const bool same = olderSide() == newerSide();
    if (same) {
        m_summary->setText(tr("Choose two different states to compare."));
    } else if (m_document->session().snapshots.empty()) {
        m_summary->setText(tr("Take a snapshot (such as \u201c"
                              "as-is\u201d) to compare the canvases "
                              "with it as they change."));
    } else {
        QString text = formatDiffSummary(m_diff);
        if (!newerSide().isEmpty() && !m_diff.isEmpty())
            text += QLatin1Char('\n') +
                    tr("Changes are marked on the canvas when comparing with the current "
                       "canvases.");
        m_summary->setText(text);
    }
    const SessionInfo& info = m_document->info();
    m_money->showDiff(same ? MoneyDiff{} : m_diff.money, info.currency, info.period,
                      shortName(olderSide()), shortName(newerSide()));
    fillTree();
    applyMarkers();
}

QTreeWidgetItem* SnapshotComparePanel::addGroup(const QString& title, ChangeKind kind, int count) {
    auto* group = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(count)});
    group->setIcon(0, Icons::dot(SnapshotMarkerItem::color(kind)));
    QFont font = group->font(0);
    font.setBold(true);
    group->setFont(0, font);
    group->setFirstColumnSpanned(true);
    group->setExpanded(true);
    return group;
}

void SnapshotComparePanel::fillTree() {
    m_tree->clear();
    const std::pair<ChangeKind, QString> kinds[] = {
        {ChangeKind::Added, tr("Added")},
        {ChangeKind::Changed, tr("Changed")},
        {ChangeKind::Moved, tr("Moved")},
        {ChangeKind::Removed, tr("Removed")},
    };
    for (const auto& [kind, title] : kinds) {
        std::vector<const ElementChange*> changes;
        for (const ElementChange& change : m_diff.elements) {
            if (change.kind == kind)
                changes.push_back(&change);
        }
        if (changes.empty())
            continue;
        QTreeWidgetItem* group = addGroup(title, kind, static_cast<int>(changes.size()));
        for (const ElementChange* change : changes) {
            QString place = where(change->after ? change->to : change->from);
            if (kind == ChangeKind::Moved)
                place = tr("%1 \u2192 %2").arg(where(change->from), where(change->to));
            auto* item = new QTreeWidgetItem(group, {oneLine(change->text(), 80), place});
            item->setData(0, IdRole, change->id);
            item->setToolTip(0, formatElementChange(*change));
            item->setToolTip(1, formatElementChange(*change));
        }
    }
    if (!m_diff.chains.empty()) {
        QTreeWidgetItem* group = addGroup(tr("Value chains"), ChangeKind::Changed,
                                          static_cast<int>(m_diff.chains.size()));
        for (const ChainChange& change : m_diff.chains)
            new QTreeWidgetItem(group, {oneLine(formatChainChange(change), 80)});
    }
    if (!m_diff.links.empty()) {
        QTreeWidgetItem* group =
            addGroup(tr("Links"), ChangeKind::Changed, static_cast<int>(m_diff.links.size()));
        for (const LinkChange& change : m_diff.links) {
            auto* item = new QTreeWidgetItem(group, {oneLine(formatLinkChange(change), 80)});
            item->setFirstColumnSpanned(true);
            item->setIcon(0, Icons::dot(SnapshotMarkerItem::color(change.kind)));
        }
    }
}

void SnapshotComparePanel::clearMarkers() {
    for (const QPointer<SnapshotMarkerItem>& marker : m_markers) {
        // Null when the scene already took its note.
        if (marker) {
            marker->restoreNote();
            delete marker.data();
        }
    }
    m_markers.clear();
}

std::vector<std::pair<QString, ChangeKind>> SnapshotComparePanel::markedNotes() const {
    std::vector<std::pair<QString, ChangeKind>> marked;
    for (const QPointer<SnapshotMarkerItem>& marker : m_markers) {
        if (marker && marker->parentItem()) {
            const auto* note = static_cast<const NoteItem*>(marker->parentItem());
            if (!note->isMirror())
                marked.emplace_back(note->elementId(), marker->kind());
        }
    }
    return marked;
}

void SnapshotComparePanel::applyMarkers() {
    clearMarkers();
    // The canvas shows the current state, so it can only carry the marks of
    // a comparison whose newer side is the current state.
    if (!m_active || !m_showOnCanvas->isChecked() || !newerSide().isEmpty() ||
        olderSide().isEmpty())
        return;
    for (const ElementChange& change : m_diff.elements) {
        if (change.kind == ChangeKind::Removed)
            continue;
        for (NoteItem* note : {m_scene->noteItem(change.id), m_scene->mirrorItem(change.id)}) {
            if (note)
                m_markers.emplace_back(new SnapshotMarkerItem(change.kind, note));
        }
    }
}

void SnapshotComparePanel::selectFromTree(QTreeWidgetItem* item) {
    const QString id = item ? item->data(0, IdRole).toString() : QString();
    if (id.isEmpty() || !m_scene->noteItem(id))
        return;
    m_scene->selectIds({id});
    m_view->revealNote(id);
}

} // namespace tandem
