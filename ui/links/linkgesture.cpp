#include "linkgesture.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "linkhighlighter.h"
#include "linklayer.h"
#include "linkrules.h"
#include "linkstyle.h"
#include "noteitem.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QMouseEvent>

namespace tandem {

namespace {

QRectF cardOf(const NoteItem* item) {
    return QRectF(item->scenePos(), item->size());
}

} // namespace

LinkGesture::LinkGesture(CanvasView* view, LinkHighlighter* highlighter, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_scene(view->canvasScene())
    , m_highlighter(highlighter) {
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
}

LinkGesture::~LinkGesture() {
    // The rubber curve belongs to the scene, which may already be gone.
    m_rubber = nullptr;
}

void LinkGesture::setToolActive(bool active) {
    if (active == m_toolActive)
        return;
    m_toolActive = active;
    if (!active)
        cancel();
    m_view->viewport()->setCursor(active ? Qt::CrossCursor : Qt::ArrowCursor);
}

NoteItem* LinkGesture::noteAt(const QPoint& viewportPos) const {
    for (QGraphicsItem* item : m_view->items(viewportPos)) {
        if (item->type() == NoteItem::Type && item->isVisible())
            return static_cast<NoteItem*>(item);
    }
    return nullptr;
}

bool LinkGesture::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view) {
        if (event->type() == QEvent::KeyPress && isDragging() &&
            static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            cancel();
            Q_EMIT message(tr("Link cancelled."));
            return true;
        }
        return false;
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        m_draggingNotes = false;
        if (mouse->button() == Qt::LeftButton)
            return press(mouse->position().toPoint(), mouse->modifiers());
        return false;
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (isDragging()) {
            move(mouse->position().toPoint());
            return true;
        }
        trackHover(mouse->position().toPoint(), mouse->buttons());
        return false;
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (isDragging() && mouse->button() == Qt::LeftButton) {
            release(mouse->position().toPoint());
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonDblClick:
        // With the tool on, a double-click is two clicks, not an edit.
        return m_toolActive && noteAt(static_cast<QMouseEvent*>(event)->position().toPoint());
    case QEvent::Leave:
        m_highlighter->setHoveredId({});
        return false;
    default:
        return false;
    }
}

bool LinkGesture::press(const QPoint& pos, Qt::KeyboardModifiers modifiers) {
    const bool linking = m_toolActive || (modifiers & Qt::AltModifier);
    if (!linking || m_scene->isEditing())
        return false;
    NoteItem* source = noteAt(pos);
    if (!source)
        return false;
    m_source = source->elementId();
    m_sourceIsMirror = source->isMirror();
    m_pressPos = pos;
    m_rubber = new QGraphicsPathItem;
    m_rubber->setZValue(CanvasScene::ZEditor - 1);
    m_rubber->setAcceptedMouseButtons(Qt::NoButton);
    m_scene->addItem(m_rubber);
    m_highlighter->setHoveredIdNow(m_source);
    move(pos);
    return true;
}

void LinkGesture::move(const QPoint& pos) {
    NoteItem* source =
        m_sourceIsMirror ? m_scene->mirrorItem(m_source) : m_scene->noteItem(m_source);
    if (!source || !m_rubber) {
        cancel();
        return;
    }
    const QRectF from = cardOf(source);
    NoteItem* target = noteAt(pos);
    if (target && target->elementId() == m_source)
        target = nullptr;
    QPainterPath path;
    QColor color = LinkStyle::rubber();
    if (target) {
        const QRectF to = cardOf(target);
        path = LinkLayer::curve(from, source->isStage(), to, target->isStage());
        path.addRoundedRect(to.adjusted(-5, -5, 5, 5), 6, 6);
        if (!LinkRules::problem(*m_scene->document(), m_source, target->elementId()).isEmpty())
            color = LinkStyle::refused();
    } else {
        const QPointF point = m_view->mapToScene(pos);
        path = LinkLayer::curve(from, source->isStage(), QRectF(point, QSizeF()), false);
        path.addEllipse(point, 4, 4);
    }
    QPen pen(color, 2.2, Qt::DashLine, Qt::RoundCap);
    pen.setCosmetic(true);
    m_rubber->setPen(pen);
    m_rubber->setPath(path);
}

void LinkGesture::release(const QPoint& pos) {
    const QString source = m_source;
    NoteItem* target = noteAt(pos);
    const QString targetId = target ? target->elementId() : QString();
    const bool click = (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    cancel();
    if (click && (targetId.isEmpty() || targetId == source)) {
        // Not a drag: the tool still lets a click select.
        m_scene->selectIds({source});
        return;
    }
    Document* document = m_scene->document();
    const QString refused = LinkRules::link(*document, source, targetId);
    if (!refused.isEmpty()) {
        Q_EMIT message(refused);
        return;
    }
    const Link added = LinkRules::proposedLink(*document, source, targetId);
    Q_EMIT message(tr("Linked %1 (%2).")
                       .arg(LinkRules::describe(*document, added), linkKindTitle(added.kind)));
}

void LinkGesture::cancel() {
    m_source.clear();
    if (m_rubber) {
        delete m_rubber;
        m_rubber = nullptr;
    }
    m_highlighter->setHoveredIdNow({});
}

void LinkGesture::trackHover(const QPoint& pos, Qt::MouseButtons buttons) {
    if (buttons & Qt::LeftButton) {
        // Notes being dragged: their curves follow them.
        if (!m_draggingNotes) {
            const QStringList selected = m_scene->selectedIds();
            m_moving = QSet<QString>(selected.begin(), selected.end());
            m_draggingNotes = true;
        }
        m_scene->linkLayer()->followMovedNotes(m_moving);
        return;
    }
    if (buttons != Qt::NoButton)
        return;
    NoteItem* note = noteAt(pos);
    m_highlighter->setHoveredId(note ? note->elementId() : QString());
}

} // namespace tandem
