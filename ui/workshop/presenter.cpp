#include "presenter.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "icons.h"
#include "noteitem.h"
#include "presenterdimitem.h"
#include "presenteroverlay.h"
#include "windowhost.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QSettings>

namespace tandem {

namespace {

const char* const blockMinutesKey = "presenter/blockMinutes";
constexpr int TickMs = 200;

} // namespace

PresenterMode::PresenterMode(WindowHost* host)
    : QObject(host->widget())
    , m_host(host)
    , m_action(new QAction(tr("&Facilitation Mode"), this)) {
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_action->setStatusTip(tr("Full screen, one block at a time with its question and a timer"));
    connect(m_action, &QAction::triggered, this, [this](bool on) {
        if (on)
            start();
        else
            stop();
    });
    m_action->setIcon(Icons::icon(QStringLiteral("present")));
    host->addWindowActions({m_action}); // F5 works with the menu bar hidden too
    m_ticker.setInterval(TickMs);
    connect(&m_ticker, &QTimer::timeout, this, &PresenterMode::tick);
    connect(host->scene(), &CanvasScene::layoutChanged, this, [this] {
        if (m_active && m_dim) {
            m_dim->updateArea();
            m_dim->setFocusRect(m_host->scene()->blockRect(currentBlock()));
        }
    });
}

PresenterMode::~PresenterMode() {
    qApp->removeEventFilter(this);
    // Null when the view or the scene already took them with it.
    delete m_overlay.data();
    delete m_dim.data();
}

int PresenterMode::blockMinutes() {
    const int minutes = QSettings().value(QLatin1String(blockMinutesKey), 5).toInt();
    return std::clamp(minutes, 1, 120);
}

void PresenterMode::setBlockMinutes(int minutes) {
    QSettings().setValue(QLatin1String(blockMinutesKey), std::clamp(minutes, 1, 120));
}

Block PresenterMode::currentBlock() const {
    return allBlocks()[std::clamp(m_index, 0, BlockCount - 1)];
}

void PresenterMode::saveWindow() {
    CanvasView* view = m_host->view();
    m_savedArrangement = m_host->scene()->arrangement();
    m_savedTransform = view->transform();
    m_savedCenter = view->mapToScene(view->viewport()->rect().center());
    m_savedHorizontal = view->horizontalScrollBarPolicy();
    m_savedVertical = view->verticalScrollBarPolicy();
}

void PresenterMode::restoreWindow() {
    CanvasView* view = m_host->view();
    view->setSceneRect(QRectF()); // follows the scene again
    view->setHorizontalScrollBarPolicy(m_savedHorizontal);
    view->setVerticalScrollBarPolicy(m_savedVertical);
    m_host->setPresenting(false);
    if (m_host->scene()->arrangement() != m_savedArrangement)
        m_host->scene()->setArrangement(m_savedArrangement);
    view->setTransform(m_savedTransform);
    view->centerOn(m_savedCenter);
    Q_EMIT view->zoomChanged(view->zoom());
}

void PresenterMode::start(int blockIndex) {
    if (m_active) {
        goTo(blockIndex);
        return;
    }
    m_host->scene()->commitEditing();
    saveWindow();
    m_active = true;
    m_action->setChecked(true);
    m_paused = false;
    m_total = qint64(blockMinutes()) * 60 * 1000;
    m_remaining.fill(m_total);

    // Nothing but the canvas: menus, docks and toolbars out of sight.
    m_host->setPresenting(true);
    CanvasView* view = m_host->view();
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Room to put a block at the top edge under the band.
    view->setSceneRect(m_host->scene()->sceneRect().adjusted(-4000, -4000, 4000, 4000));
    // Every block must be on screen to be walked through.
    const Arrangement arrangement = m_host->scene()->arrangement();
    if (arrangement == Arrangement::BusinessOnly || arrangement == Arrangement::OperatingOnly)
        m_host->scene()->setArrangement(Arrangement::SideBySide);

    m_dim = new PresenterDimItem(m_host->scene());
    m_overlay = new PresenterOverlay(view);
    m_overlay->show();
    m_overlay->raise();
    qApp->installEventFilter(this);
    m_index = std::clamp(blockIndex, 0, BlockCount - 1);
    m_clock.start();
    m_ticker.start();
    focusBlock(false);
    view->setFocus();
}

void PresenterMode::stop() {
    if (!m_active)
        return;
    m_active = false;
    m_action->setChecked(false);
    m_ticker.stop();
    qApp->removeEventFilter(this);
    m_host->view()->land();
    delete m_overlay.data();
    delete m_dim.data();
    restoreWindow();
    m_host->view()->setFocus();
}

void PresenterMode::goTo(int blockIndex) {
    if (!m_active)
        return;
    settle();
    m_index = std::clamp(blockIndex, 0, BlockCount - 1);
    focusBlock(true);
}

void PresenterMode::focusBlock(bool animate) {
    CanvasScene* scene = m_host->scene();
    CanvasView* view = m_host->view();
    const Block block = currentBlock();
    const QRectF rect = scene->blockRect(block);
    // The flight starts from the screen as it was, the old block unveiled.
    if (animate)
        view->holdPicture();
    else
        view->land();
    m_dim->setFocusRect(rect);
    m_overlay->setGeometry(view->rect());
    m_overlay->setBlock(block, m_index, BlockCount);
    m_overlay->setClock(remainingMs(), m_total, m_paused);
    // Fill the screen below the band with the block: its full width, and as
    // much of its height as that leaves room for (the notes sit at the top;
    // an empty lower half is not worth shrinking the text for).
    const QRect viewport = view->viewport()->rect();
    const qreal band = m_overlay->bandHeight();
    const qreal availableWidth = std::max(1, viewport.width());
    const qreal availableHeight = std::max<qreal>(1.0, viewport.height() - band);
    constexpr qreal margin = 28;
    qreal contentBottom = rect.top() + rect.height() * 0.35;
    for (QGraphicsItem* item : scene->items(rect)) {
        if (item->type() == NoteItem::Type && item->isVisible())
            contentBottom = std::max(contentBottom, item->sceneBoundingRect().bottom() + 24);
    }
    const qreal needed = std::min(rect.height(), contentBottom - rect.top());
    const qreal scale = std::clamp(std::min(availableWidth / (rect.width() + 2 * margin),
                                            availableHeight / (needed + 2 * margin)),
                                   CanvasView::MinZoom, 3.0);
    // The block's top edge just under the band, centred across.
    const QPointF center(rect.center().x(),
                         rect.top() - margin + (viewport.height() / 2.0 - band) / scale);
    if (animate) {
        view->flyTo(scale, center);
    } else {
        view->setZoom(scale);
        view->centerOn(center);
    }
    scene->setCurrentPlace(Place{block, {}, -1});
}

qint64 PresenterMode::remainingMs() const {
    qint64 remaining = m_remaining[std::clamp(m_index, 0, BlockCount - 1)];
    if (m_active && !m_paused)
        remaining -= m_clock.elapsed();
    return remaining;
}

void PresenterMode::settle() {
    if (!m_paused)
        m_remaining[m_index] -= m_clock.elapsed();
    m_clock.restart();
}

void PresenterMode::tick() {
    if (m_overlay)
        m_overlay->setClock(remainingMs(), m_total, m_paused);
}

void PresenterMode::setPaused(bool paused) {
    if (!m_active || paused == m_paused)
        return;
    settle();
    m_paused = paused;
    tick();
}

void PresenterMode::adjustMinutes(int minutes) {
    if (!m_active)
        return;
    settle();
    m_remaining[m_index] = std::max<qint64>(0, m_remaining[m_index] + qint64(minutes) * 60000);
    tick();
}

bool PresenterMode::handleKey(int key) {
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        previous();
        return true;
    case Qt::Key_Home:
        goTo(0);
        return true;
    case Qt::Key_End:
        goTo(BlockCount - 1);
        return true;
    case Qt::Key_Space:
        setPaused(!m_paused);
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        adjustMinutes(1);
        return true;
    case Qt::Key_Minus:
        adjustMinutes(-1);
        return true;
    case Qt::Key_Escape:
        stop();
        return true;
    default:
        return false;
    }
}

bool PresenterMode::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (m_active && type == QEvent::Close && watched == m_host->widget()) {
        // Leave first, so the window is remembered (and reopens) as it was
        // before the presentation, not full screen without its toolbars.
        stop();
        return false;
    }
    if (m_active && type == QEvent::Resize && watched == m_host->view()->viewport()) {
        // Going full screen (or a projector plugged in) changes the size.
        QTimer::singleShot(0, this, [this] {
            if (m_active)
                focusBlock(false);
        });
        return false;
    }
    if (!m_active || (type != QEvent::KeyPress && type != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    // Keys typed into a note being edited, or into a dialog, are theirs.
    if (!widget || widget->window() != m_host->widget() || m_host->scene()->isEditing() ||
        QApplication::activeModalWidget())
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers =
        key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier)
        return QObject::eventFilter(watched, event);
    if (type == QEvent::ShortcutOverride) {
        // Claim the key before the window's shortcuts (arrows nudge notes).
        switch (key->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
        case Qt::Key_PageDown:
        case Qt::Key_Left:
        case Qt::Key_Up:
        case Qt::Key_PageUp:
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_Space:
        case Qt::Key_Plus:
        case Qt::Key_Equal:
        case Qt::Key_Minus:
        case Qt::Key_Escape:
            event->accept();
            return true;
        default:
            return false;
        }
    }
    if (key->isAutoRepeat() && key->key() == Qt::Key_Space)
        return true;
    return handleKey(key->key()) || QObject::eventFilter(watched, event);
}

} // namespace tandem
