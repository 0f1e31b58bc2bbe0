#include "noteactions.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "clipboard.h"
#include "noteitem.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace tandem {

namespace {

QIcon swatchIcon(const QColor& color) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Theme::noteBorder(color));
    painter.setBrush(color);
    painter.drawRect(QRectF(0.5, 0.5, 15, 15));
    return QIcon(pixmap);
}

} // namespace

NoteActions::NoteActions(CanvasView* view, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_scene(view->canvasScene())
    , m_document(view->canvasScene()->document()) {
    m_addNote = make(tr("Add &Note"), {Qt::Key_Insert, Qt::Key_N}, nullptr);
    connect(m_addNote, &QAction::triggered, this, [this] {
        m_view->setFocus();
        m_scene->beginNewNote(m_scene->currentPlace());
    });
    m_addStage = make(tr("Add &Stage"), {Qt::Key_S}, nullptr);
    connect(m_addStage, &QAction::triggered, this, [this] {
        m_view->setFocus();
        Place place = m_scene->currentPlace();
        if (!place.isStage())
            place = Place{Block::ValueChains, {}, -1};
        m_scene->beginNewNote(place);
    });
    m_addChain = make(tr("Add Value &Chain"), {QKeySequence(Qt::SHIFT | Qt::Key_S)}, nullptr);
    connect(m_addChain, &QAction::triggered, this, [this] {
        m_view->setFocus();
        m_scene->beginNewChain();
    });
    m_editText = make(tr("&Edit Text"), {Qt::Key_F2, Qt::Key_Return, Qt::Key_Enter}, nullptr);
    connect(m_editText, &QAction::triggered, this, [this] {
        m_view->setFocus();
        const QStringList ids = m_scene->selectedIds();
        if (!ids.isEmpty())
            m_scene->editNote(ids.first());
        else if (const QString chain = m_scene->selectedChainId(); !chain.isEmpty())
            m_scene->editChainName(chain);
    });
    m_renameChain = make(tr("&Rename Chain"), {QKeySequence(Qt::SHIFT | Qt::Key_F2)}, nullptr);
    connect(m_renameChain, &QAction::triggered, this, [this] {
        const Place place = m_scene->currentPlace();
        if (place.isStage() && !place.chainId.isEmpty()) {
            m_view->setFocus();
            m_scene->editChainName(place.chainId);
        }
    });
    m_moveChainUp =
        make(tr("Move Chain &Up"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up)}, nullptr);
    connect(m_moveChainUp, &QAction::triggered, this, [this] { moveChainBy(-1); });
    m_moveChainDown =
        make(tr("Move Chain &Down"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down)}, nullptr);
    connect(m_moveChainDown, &QAction::triggered, this, [this] { moveChainBy(1); });
    m_deleteChain = make(tr("De&lete Chain"), {}, nullptr);
    connect(m_deleteChain, &QAction::triggered, this, [this] {
        const Place place = m_scene->currentPlace();
        if (place.isStage() && !place.chainId.isEmpty())
            m_document->removeChain(place.chainId);
    });

    m_cut =
        make(tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut), &NoteActions::cutSelection);
    m_copy = make(tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy),
                  &NoteActions::copySelection);
    m_paste = make(tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste),
                   &NoteActions::pasteClipboard);
    m_duplicate = make(tr("D&uplicate"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                       &NoteActions::duplicateSelection);
    QList<QKeySequence> deleteKeys = QKeySequence::keyBindings(QKeySequence::Delete);
    deleteKeys.append(QKeySequence(Qt::Key_Backspace));
    m_delete = make(tr("&Delete"), deleteKeys, &NoteActions::deleteSelection);
    m_selectAll =
        make(tr("Select &All in Block"), QKeySequence::keyBindings(QKeySequence::SelectAll),
             &NoteActions::selectAllInBlock);
    m_selectNone =
        make(tr("Select &None"), QKeySequence::keyBindings(QKeySequence::Deselect), nullptr);
    if (m_selectNone->shortcuts().isEmpty())
        m_selectNone->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_selectNone, &QAction::triggered, m_scene, &QGraphicsScene::clearSelection);

    m_moveEarlier =
        make(tr("Move &Earlier"), {QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)}, nullptr);
    connect(m_moveEarlier, &QAction::triggered, this, [this] { moveSelectionInOrder(-1); });
    m_moveLater = make(tr("Move &Later"), {QKeySequence(Qt::CTRL | Qt::Key_BracketRight)}, nullptr);
    connect(m_moveLater, &QAction::triggered, this, [this] { moveSelectionInOrder(1); });
    m_nextBlock = make(tr("Move to &Next Block"), {QKeySequence(Qt::ALT | Qt::Key_Right)}, nullptr);
    m_previousBlock =
        make(tr("Move to &Previous Block"), {QKeySequence(Qt::ALT | Qt::Key_Left)}, nullptr);
    for (QAction* action : {m_nextBlock, m_previousBlock}) {
        const int step = action == m_nextBlock ? 1 : -1;
        connect(action, &QAction::triggered, this, [this, step] {
            const QStringList ids = m_scene->selectedIds();
            const auto block = ids.isEmpty() ? std::nullopt : m_document->blockOf(ids.first());
            if (!block || *block == Block::ValueChains)
                return;
            int index = static_cast<int>(*block);
            do {
                index = (index + step + BlockCount) % BlockCount;
            } while (static_cast<Block>(index) == Block::ValueChains);
            moveSelectionToBlock(static_cast<Block>(index));
        });
    }
    struct Nudge {
        QString text;
        int key;
        int dx;
        int dy;
    };
    const Nudge nudges[] = {{tr("Nudge Left"), Qt::Key_Left, -1, 0},
                            {tr("Nudge Right"), Qt::Key_Right, 1, 0},
                            {tr("Nudge Up"), Qt::Key_Up, 0, -1},
                            {tr("Nudge Down"), Qt::Key_Down, 0, 1}};
    for (const Nudge& nudge : nudges) {
        for (const int step : {10, 50}) {
            const QKeySequence key =
                step == 10 ? QKeySequence(nudge.key) : QKeySequence(Qt::SHIFT | nudge.key);
            QAction* action =
                make(step == 10 ? nudge.text : nudge.text + tr(" (far)"), {key}, nullptr);
            const int dx = nudge.dx * step;
            const int dy = nudge.dy * step;
            connect(action, &QAction::triggered, this, [this, dx, dy] { nudgeSelection(dx, dy); });
            m_nudges.append(action);
        }
    }
    m_autoArrange = make(tr("Auto-&Arrange Block"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
                         &NoteActions::arrangeCurrentBlock);

    m_colorMenu = new QMenu(tr("&Colour"), view);
    const QStringList names = paletteNames();
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names[i];
        QAction* action = m_colorMenu->addAction(swatchIcon(Theme::paletteColor(name)),
                                                 Theme::paletteTitle(name));
        action->setShortcut(QKeySequence(Qt::Key_0 + (i + 1) % 10));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, name] { setSelectionColor(name); });
        m_view->addAction(action);
    }
    m_colorMenu->addSeparator();
    QAction* defaultColor = m_colorMenu->addAction(tr("Block &Default"));
    connect(defaultColor, &QAction::triggered, this, [this] { setSelectionColor(QString()); });

    m_moveToBlockMenu = new QMenu(tr("&Move to Block"), view);
    for (Block block : allBlocks()) {
        if (block == Block::ValueChains)
            continue;
        QAction* action = m_moveToBlockMenu->addAction(blockTitle(block));
        connect(action, &QAction::triggered, this, [this, block] { moveSelectionToBlock(block); });
    }

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &NoteActions::updateEnabled);
    connect(m_document, &Document::changed, this, &NoteActions::updateEnabled);
    updateEnabled();
}

QAction* NoteActions::make(const QString& text, const QList<QKeySequence>& keys,
                           void (NoteActions::*slot)()) {
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    // Bound to the canvas: plain keys must not fire while a dock has focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

void NoteActions::fillNoteMenu(QMenu* menu) const {
    menu->addAction(m_addNote);
    menu->addAction(m_editText);
    menu->addMenu(m_colorMenu);
    menu->addSeparator();
    menu->addAction(m_moveEarlier);
    menu->addAction(m_moveLater);
    menu->addAction(m_previousBlock);
    menu->addAction(m_nextBlock);
    menu->addMenu(m_moveToBlockMenu);
    QMenu* nudge = menu->addMenu(tr("N&udge"));
    nudge->addActions(m_nudges);
    menu->addSeparator();
    menu->addAction(m_autoArrange);
}

void NoteActions::fillChainMenu(QMenu* menu) const {
    menu->addAction(m_addChain);
    menu->addAction(m_addStage);
    menu->addAction(m_renameChain);
    menu->addAction(m_moveChainUp);
    menu->addAction(m_moveChainDown);
    menu->addAction(m_deleteChain);
}

void NoteActions::updateEnabled() {
    const bool notes = !m_scene->selectedIds().isEmpty();
    const bool chainSelected = !m_scene->selectedChainId().isEmpty();
    for (QAction* action :
         {m_cut, m_copy, m_duplicate, m_moveEarlier, m_moveLater, m_nextBlock, m_previousBlock})
        action->setEnabled(notes);
    // Without a selection the arrow keys scroll the view instead.
    for (QAction* action : std::as_const(m_nudges))
        action->setEnabled(notes);
    m_delete->setEnabled(notes || chainSelected);
    m_editText->setEnabled(notes || chainSelected);
    m_colorMenu->setEnabled(notes);
    m_moveToBlockMenu->setEnabled(notes);
    const Place place = m_scene->currentPlace();
    const bool chain = place.isStage() && !place.chainId.isEmpty();
    for (QAction* action : {m_renameChain, m_moveChainUp, m_moveChainDown, m_deleteChain})
        action->setEnabled(chain);
}

// --- clipboard ----------------------------------------------------------------

void NoteActions::copySelection() {
    const QStringList ids = m_scene->selectedIds();
    if (!ids.isEmpty())
        QApplication::clipboard()->setMimeData(Clipboard::toMimeData(*m_document, ids));
}

void NoteActions::cutSelection() {
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    copySelection();
    m_document->removeElements(ids, tr("Cut %n notes", nullptr, static_cast<int>(ids.size())));
}

QStringList NoteActions::insertNotes(const std::vector<std::pair<Place, Element>>& notes,
                                     const QString& undoText) {
    const QStringList ids = m_document->addElements(notes, undoText);
    if (ids.isEmpty())
        return ids;
    m_scene->selectIds(ids);
    m_view->revealNote(ids.first());
    return ids;
}

void NoteActions::pasteClipboard() {
    const auto notes = Clipboard::fromMimeData(QApplication::clipboard()->mimeData());
    if (notes.empty())
        return;
    Place target = m_scene->currentPlace();
    if (target.isStage() && target.chainId.isEmpty()) {
        const auto& chains = m_document->state().chains;
        if (chains.empty())
            target = Place{Block::ValuePropositions, {}, -1};
        else
            target.chainId = chains.front().id;
    }
    // Notes from one block go where the facilitator is; a mix keeps its blocks.
    const bool oneSource = std::all_of(notes.begin(), notes.end(), [&](const Clipboard::Note& n) {
        return n.block == notes.front().block;
    });
    std::vector<std::pair<Place, Element>> placed;
    int stageIndex = target.index;
    for (const Clipboard::Note& note : notes) {
        Place place = target;
        if (!oneSource && note.block && *note.block != Block::ValueChains)
            place = Place{*note.block, {}, -1};
        Element element = note.element;
        element.at.reset();
        if (place.isStage()) {
            place.index = stageIndex;
            if (stageIndex >= 0)
                ++stageIndex;
        }
        placed.emplace_back(place, element);
    }
    insertNotes(placed, tr("Paste %n notes", nullptr, static_cast<int>(placed.size())));
}

void NoteActions::duplicateSelection() {
    const QStringList ids = m_scene->selectedIds();
    std::vector<std::pair<Place, Element>> copies;
    int shift = 0;
    QString lastChain;
    for (const QString& id : ids) {
        const auto place = m_document->placeOf(id);
        const Element* element = m_document->element(id);
        if (!place || !element)
            continue;
        Element copy = *element;
        copy.id.clear();
        Place target{place->block, place->chainId, -1};
        if (place->isStage()) {
            shift = place->chainId == lastChain ? shift + 1 : 1;
            lastChain = place->chainId;
            target.index = place->index + shift;
        } else if (copy.at) {
            copy.at = *copy.at + QPointF(18, 18);
        }
        copies.emplace_back(target, copy);
    }
    insertNotes(copies, tr("Duplicate %n notes", nullptr, static_cast<int>(copies.size())));
}

void NoteActions::deleteSelection() {
    const QStringList ids = m_scene->selectedIds();
    if (!ids.isEmpty()) {
        m_document->removeElements(ids);
        return;
    }
    if (const QString chain = m_scene->selectedChainId(); !chain.isEmpty())
        m_document->removeChain(chain);
}

// --- selection, colour and moves -----------------------------------------------

void NoteActions::selectAllInBlock() {
    const Place place = m_scene->currentPlace();
    QStringList ids;
    if (place.isStage()) {
        for (const ValueChain& chain : m_document->state().chains) {
            for (const Element& stage : chain.stages)
                ids.append(stage.id);
        }
    } else {
        for (const Element& element : m_document->state().elements(place.block))
            ids.append(element.id);
    }
    // A second Ctrl+A widens the selection to both canvases.
    if (m_scene->selectedIds() == ids || ids.isEmpty())
        ids = m_scene->readingOrder();
    m_scene->selectIds(ids);
}

void NoteActions::setSelectionColor(const QString& color) {
    m_document->setElementsColor(m_scene->selectedIds(), color);
}

void NoteActions::moveSelectionToBlock(Block block) {
    std::vector<ElementMove> moves;
    const QStringList ids = m_scene->selectedIds();
    for (const QString& id : ids) {
        if (m_document->blockOf(id) != Block::ValueChains)
            moves.push_back(ElementMove{id, Place{block, {}, -1}, std::nullopt});
    }
    m_document->moveElements(moves, tr("Move to %1").arg(blockTitle(block)));
    m_scene->selectIds(ids);
    if (!ids.isEmpty())
        m_view->revealNote(ids.first());
}

void NoteActions::moveSelectionInOrder(int step) {
    QStringList ids = m_scene->selectedIds();
    // Moving later, the last note goes first so the others keep their room.
    if (step > 0)
        std::reverse(ids.begin(), ids.end());
    std::vector<ElementMove> moves;
    QHash<QString, int> listSizes;
    for (const QString& id : ids) {
        const auto place = m_document->placeOf(id);
        const Element* element = m_document->element(id);
        if (!place || !element)
            continue;
        const int size = place->isStage()
                             ? static_cast<int>(m_document->chain(place->chainId)->stages.size())
                             : static_cast<int>(m_document->state().elements(place->block).size());
        Place to = *place;
        to.index = std::clamp(place->index + step, 0, size - 1);
        moves.push_back(ElementMove{id, to, element->at});
    }
    m_document->moveElements(moves, step < 0 ? tr("Move earlier") : tr("Move later"));
    m_scene->selectIds(m_scene->selectedIds().isEmpty() ? ids : m_scene->selectedIds());
}

void NoteActions::nudgeSelection(int dx, int dy) {
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    const auto stagePlace = m_document->placeOf(ids.first());
    if (stagePlace && stagePlace->isStage()) {
        // Stages have no free position: left and right reorder, up and down
        // change chains.
        if (dx != 0) {
            moveSelectionInOrder(dx < 0 ? -1 : 1);
            return;
        }
        const auto& chains = m_document->state().chains;
        const int row = m_document->chainIndex(stagePlace->chainId) + (dy < 0 ? -1 : 1);
        if (row < 0 || row >= static_cast<int>(chains.size()))
            return;
        std::vector<ElementMove> moves;
        for (const QString& id : ids) {
            if (const auto place = m_document->placeOf(id); place && place->isStage())
                moves.push_back(
                    ElementMove{id, Place{Block::ValueChains, chains[row].id, place->index}, {}});
        }
        m_document->moveElements(moves);
        m_scene->selectIds(ids);
        return;
    }
    std::vector<ElementMove> moves;
    for (const QString& id : ids) {
        const auto place = m_document->placeOf(id);
        const NoteItem* item = m_scene->noteItem(id);
        if (!place || place->isStage() || !item)
            continue;
        const QRectF frame = m_scene->blockRect(place->block);
        const QPointF topLeft =
            CanvasLayout::clampInto(m_scene->layout().contentRect(place->block),
                                    item->pos() + QPointF(dx, dy), item->size());
        moves.push_back(ElementMove{id, *place, topLeft - frame.topLeft()});
    }
    m_document->moveElements(moves);
    m_scene->selectIds(ids);
}

void NoteActions::arrangeCurrentBlock() {
    const Place place = m_scene->currentPlace();
    if (place.isStage())
        return;
    std::vector<ElementMove> moves;
    const auto& elements = m_document->state().elements(place.block);
    for (int i = 0; i < static_cast<int>(elements.size()); ++i) {
        if (elements[i].at)
            moves.push_back(ElementMove{elements[i].id, Place{place.block, {}, i}, std::nullopt});
    }
    m_document->moveElements(moves, tr("Arrange %1").arg(blockTitle(place.block)));
}

void NoteActions::moveChainBy(int step) {
    const Place place = m_scene->currentPlace();
    const bool chainSelected = !m_scene->selectedChainId().isEmpty();
    if (!place.isStage() || place.chainId.isEmpty())
        return;
    const QStringList ids = m_scene->selectedIds();
    m_document->moveChain(place.chainId, m_document->chainIndex(place.chainId) + step);
    if (chainSelected)
        m_scene->selectChain(place.chainId);
    else
        m_scene->selectIds(ids);
}

} // namespace tandem
