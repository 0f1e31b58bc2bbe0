#include "outlinedock.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "oneline.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

enum Roles { IdRole = Qt::UserRole, KindRole, SearchRole };
enum Kind { NoteKind = 1, ChainKind, GroupKind };

} // namespace

OutlineDock::OutlineDock(CanvasScene* scene, CanvasView* view, QWidget* parent)
    : QDockWidget(tr("Outline"), parent)
    , m_scene(scene)
    , m_view(view)
    , m_document(scene->document()) {
    setObjectName(QStringLiteral("outlineDock"));
    setAccessibleName(tr("Outline"));
    setAccessibleDescription(tr("Every note as a list, with a filter to find notes"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(content);
    m_filter->setPlaceholderText(tr("Find notes by any word\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find notes"));
    m_filter->setAccessibleDescription(tr("Shows only the notes that contain these words"));
    layout->addWidget(m_filter);
    m_tree = new QTreeWidget(content);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Notes"));
    m_tree->setAccessibleDescription(tr("Notes by canvas and block; selecting one selects it on "
                                        "the canvas"));
    layout->addWidget(m_tree);
    setWidget(content);

    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &OutlineDock::rebuildNow);
    connect(m_document, &Document::changed, this, &OutlineDock::scheduleRebuild);
    connect(m_filter, &QLineEdit::textChanged, this, &OutlineDock::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &OutlineDock::selectFirstMatch);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &OutlineDock::selectFromTree);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &OutlineDock::selectFromScene);
    rebuildNow();
}

void OutlineDock::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void OutlineDock::scheduleRebuild() {
    m_rebuildTimer->start();
}

QTreeWidgetItem* OutlineDock::addNote(QTreeWidgetItem* parent, const QString& id) {
    const Element* element = m_document->element(id);
    if (!element)
        return nullptr;
    auto* item = new QTreeWidgetItem(parent, {oneLine(element->text)});
    item->setData(0, IdRole, id);
    item->setData(0, KindRole, NoteKind);
    item->setData(0, SearchRole,
                  element->text + QLatin1Char(' ') + element->description + QLatin1Char(' ') +
                      element->tags.join(QLatin1Char(' ')));
    item->setToolTip(0, element->description.isEmpty() ? element->text : element->description);
    m_items.insert(id, item);
    return item;
}

void OutlineDock::rebuildNow() {
    m_rebuildTimer->stop();
    m_syncing = true;
    // Keep which groups were folded across rebuilds.
    QSet<QString> collapsed;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() != NoteKind && !(*it)->isExpanded())
            collapsed.insert((*it)->data(0, IdRole).toString());
    }
    const bool firstBuild = m_tree->topLevelItemCount() == 0;
    m_tree->clear();
    m_items.clear();
    const CanvasState& state = m_document->state();
    QTreeWidgetItem* canvases[2] = {
        new QTreeWidgetItem(m_tree, {tr("Business Model Canvas")}),
        new QTreeWidgetItem(m_tree, {tr("Operating Model Canvas")}),
    };
    canvases[0]->setData(0, IdRole, QStringLiteral("#bmc"));
    canvases[1]->setData(0, IdRole, QStringLiteral("#omc"));
    for (Block block : allBlocks()) {
        QTreeWidgetItem* canvas = canvases[canvasOf(block) == Canvas::Business ? 0 : 1];
        auto* group = new QTreeWidgetItem(canvas);
        group->setData(0, IdRole, QLatin1Char('#') + blockKey(block));
        group->setData(0, KindRole, GroupKind);
        int count = 0;
        if (block == Block::ValueChains) {
            for (const ValueChain& chain : state.chains) {
                auto* chainItem = new QTreeWidgetItem(group, {chain.name});
                chainItem->setData(0, IdRole, chain.id);
                chainItem->setData(0, KindRole, ChainKind);
                chainItem->setData(0, SearchRole, chain.name);
                m_items.insert(chain.id, chainItem);
                for (const Element& stage : chain.stages) {
                    addNote(chainItem, stage.id);
                    ++count;
                }
            }
        } else {
            for (const Element& element : state.elements(block)) {
                addNote(group, element.id);
                ++count;
            }
        }
        group->setText(0, tr("%1 (%2)").arg(blockTitle(block)).arg(count));
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const bool fold = collapsed.contains((*it)->data(0, IdRole).toString());
        (*it)->setExpanded(firstBuild || !fold);
    }
    m_syncing = false;
    applyFilter();
    selectFromScene();
}

bool OutlineDock::matches(const QString& filter, const QString& haystack) {
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = filter.split(spaces, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void OutlineDock::applyFilter() {
    const QString filter = m_filter->text().trimmed();
    // Bottom-up: a group stays visible while any of its children does.
    std::function<bool(QTreeWidgetItem*)> visit = [&](QTreeWidgetItem* item) {
        bool anyChild = false;
        for (int i = 0; i < item->childCount(); ++i)
            anyChild = visit(item->child(i)) || anyChild;
        const int kind = item->data(0, KindRole).toInt();
        bool visible = anyChild;
        if (kind == NoteKind || kind == ChainKind)
            visible = visible || matches(filter, item->data(0, SearchRole).toString());
        if (filter.isEmpty())
            visible = true;
        item->setHidden(!visible);
        if (!filter.isEmpty() && anyChild)
            item->setExpanded(true);
        return visible;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        visit(m_tree->topLevelItem(i));
}

QStringList OutlineDock::matchingIds() const {
    QStringList ids;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == NoteKind && !(*it)->isHidden())
            ids.append((*it)->data(0, IdRole).toString());
    }
    return ids;
}

void OutlineDock::selectFirstMatch() {
    const QStringList ids = matchingIds();
    if (ids.isEmpty())
        return;
    m_scene->selectIds({ids.first()});
    m_view->revealNote(ids.first());
}

void OutlineDock::selectFromTree() {
    if (m_syncing)
        return;
    QStringList ids;
    QString chain;
    for (QTreeWidgetItem* item : m_tree->selectedItems()) {
        const int kind = item->data(0, KindRole).toInt();
        if (kind == NoteKind)
            ids.append(item->data(0, IdRole).toString());
        else if (kind == ChainKind)
            chain = item->data(0, IdRole).toString();
    }
    m_syncing = true;
    if (!ids.isEmpty()) {
        m_scene->selectIds(ids);
        m_view->revealNote(ids.first());
    } else if (!chain.isEmpty()) {
        m_scene->selectChain(chain);
    }
    m_syncing = false;
}

void OutlineDock::selectFromScene() {
    if (m_syncing)
        return;
    m_syncing = true;
    m_tree->clearSelection();
    QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty() && !m_scene->selectedChainId().isEmpty())
        ids.append(m_scene->selectedChainId());
    QTreeWidgetItem* first = nullptr;
    for (const QString& id : ids) {
        if (QTreeWidgetItem* item = m_items.value(id)) {
            item->setSelected(true);
            first = first ? first : item;
        }
    }
    if (first)
        m_tree->scrollToItem(first);
    m_syncing = false;
}

} // namespace tandem
