// CanvasScene, continued: in-place editing of notes, stages and chain names.

#include "canvasscene.h"

#include "chainitem.h"
#include "noteeditor.h"
#include "noteitem.h"
#include "settings.h"
#include "theme.h"

namespace tandem {

bool CanvasScene::isEditing() const {
    return m_editor && !m_editor->isFinished();
}

void CanvasScene::commitEditing() {
    if (m_editor)
        m_editor->commit();
}

void CanvasScene::startEditor(NoteEditor* editor, const QPointF& pos, NoteItem* covered,
                              std::function<void(const QString&)> onCommit) {
    addItem(editor);
    editor->setPos(pos);
    editor->setZValue(ZEditor);
    m_editor = editor;
    m_editedItem = covered;
    if (covered)
        covered->setEditing(true);
    connect(editor, &NoteEditor::committed, this, [this, onCommit](const QString& text) {
        finishEditor();
        onCommit(text);
    });
    connect(editor, &NoteEditor::cancelled, this, &CanvasScene::finishEditor);
    editor->start();
    Q_EMIT ensureVisibleRequested(editor->sceneBoundingRect());
}

void CanvasScene::finishEditor() {
    NoteEditor* editor = m_editor;
    if (!editor)
        return;
    m_editor = nullptr;
    if (m_editedItem)
        m_editedItem->setEditing(false);
    m_editedItem = nullptr;
    for (ChainItem* chain : std::as_const(m_chains))
        chain->setNameEditing(false);
    // Deleted later: this often runs inside the editor's own key handler.
    editor->hide();
    editor->deleteLater();
    Q_EMIT editingFinished();
}

QPointF CanvasScene::nextFlowPosition(Block block) const {
    // Where the note would go after the others, in the notes' present size;
    // once it is added the block packs (and may grow) to hold it.
    const bool mirrored = CanvasLayout::hasMirror(block) && !m_layout.isVisible(canvasOf(block));
    std::vector<NoteDemand> demands = demandsOf(block, mirrored);
    demands.push_back({QSizeF(CanvasLayout::NoteWidth, CanvasLayout::NoteMinHeight), {}});
    const QRectF frame = mirrored ? m_layout.mirrorRect(block) : m_layout.blockRect(block);
    const QRectF content =
        mirrored ? m_layout.mirrorContentRect(block) : m_layout.contentRect(block);
    return NotePacker::pack(frame, content, demands).rects.back().topLeft();
}

void CanvasScene::beginNewNote(const Place& requested, std::optional<QPointF> at) {
    commitEditing();
    Place place = requested;
    if (place.isStage()) {
        const auto& chains = m_document->state().chains;
        if (place.chainId.isEmpty() && !chains.empty())
            place.chainId = chains.front().id;
        const int row = m_document->chainIndex(place.chainId);
        if (row < 0) {
            beginNewChain();
            return;
        }
        const int count = static_cast<int>(chains.size());
        const int stageCount = static_cast<int>(chains[row].stages.size());
        if (place.index < 0 || place.index > stageCount)
            place.index = stageCount;
        const QRectF rect = m_layout.stageRect(row, count, place.index, stageCount + 1);
        auto* editor = new NoteEditor(QString(), Theme::stageFont(), rect.width(), 8, rect.height(),
                                      Theme::noteFill({}, Block::ValueChains), Qt::AlignHCenter);
        startEditor(editor, rect.topLeft(), nullptr, [this, place](const QString& text) {
            if (text.isEmpty() || m_document->chainIndex(place.chainId) < 0)
                return;
            Element element;
            element.text = text;
            const QString id = m_document->addElement(place, element);
            selectIds({id});
        });
        return;
    }
    const Block block = place.block;
    const QPointF pos = at ? m_layout.blockRect(block).topLeft() + *at : nextFlowPosition(block);
    // The user's default colour (Preferences), read when the note starts.
    const QString color = Settings::defaultNoteColor();
    auto* editor =
        new NoteEditor(QString(), Theme::noteFont(), CanvasLayout::NoteWidth, NoteItem::TextPadding,
                       CanvasLayout::NoteMinHeight, Theme::noteFill(color, block));
    startEditor(editor, pos, nullptr, [this, block, at, color](const QString& text) {
        if (text.isEmpty())
            return;
        Element element;
        element.text = text;
        element.at = at;
        element.color = color;
        const QString id = m_document->addElement(Place{block, {}, -1}, element);
        selectIds({id});
    });
    setCurrentPlace(Place{block, {}, -1});
}

void CanvasScene::beginNewChain() {
    commitEditing();
    if (!m_layout.isVisible(Canvas::Operating))
        return;
    const int count = static_cast<int>(m_document->state().chains.size());
    const QRectF label = m_layout.chainLabelRect(count, count + 1);
    auto* editor = new NoteEditor(tr("New value chain"), Theme::chainNameFont(), label.width() - 8,
                                  4, label.height(), Theme::chainBand());
    startEditor(editor, label.topLeft() + QPointF(8, 0), nullptr, [this](const QString& name) {
        if (name.isEmpty())
            return;
        const QString id = m_document->addChain(name);
        selectChain(id);
    });
}

void CanvasScene::editNote(const QString& id, NoteItem* over) {
    commitEditing();
    NoteItem* item = over ? over : m_notes.value(id);
    if (item && !item->isVisible())
        item = m_mirrors.value(id);
    const Element* element = m_document->element(id);
    if (!item || !element)
        return;
    NoteEditor* editor = nullptr;
    QPointF pos = item->pos();
    if (item->isStage()) {
        const QRectF text = item->textRect();
        editor = new NoteEditor(element->text, Theme::stageFont(), text.width(), 0, text.height(),
                                item->fill(), Qt::AlignHCenter);
        pos += text.topLeft();
    } else {
        editor = new NoteEditor(element->text, Theme::noteFont(), CanvasLayout::NoteWidth,
                                NoteItem::TextPadding, item->size().height(), item->fill());
    }
    startEditor(editor, pos, item, [this, id](const QString& text) {
        const Element* current = m_document->element(id);
        // A note needs text: clearing it is taken as "never mind".
        if (current && !text.isEmpty() && text != current->text)
            m_document->setElementText(id, text);
    });
}

void CanvasScene::editChainName(const QString& chainId) {
    commitEditing();
    ChainItem* item = m_chains.value(chainId);
    const ValueChain* chain = m_document->chain(chainId);
    if (!item || !chain)
        return;
    const QRectF label = item->labelRect();
    auto* editor = new NoteEditor(chain->name, Theme::chainNameFont(), label.width() - 8, 4,
                                  label.height(), Theme::chainBand());
    item->setNameEditing(true);
    startEditor(editor, label.topLeft() + QPointF(8, 0), nullptr,
                [this, chainId](const QString& name) {
                    if (!name.isEmpty())
                        m_document->renameChain(chainId, name);
                });
}

} // namespace tandem
