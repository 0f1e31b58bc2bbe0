#include "linkfeature.h"

#include "alignmentdock.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "icons.h"
#include "inspectordock.h"
#include "linkgesture.h"
#include "linkhighlighter.h"
#include "linklayer.h"
#include "linklist.h"
#include "linkrules.h"
#include "matrixdock.h"
#include "menuplaces.h"
#include "noteitem.h"
#include "windowhost.h"

#include <QAction>
#include <QMenu>

namespace tandem {

namespace {

// Below this zoom note text is hard to read: showing a note zooms in.
constexpr qreal ReadableZoom = 0.45;
constexpr int MessageTimeoutMs = 5000;

} // namespace

LinkFeature::LinkFeature(WindowHost* host)
    : QObject(host->widget())
    , m_host(host)
    , m_scene(host->scene())
    , m_view(host->view())
    , m_document(host->document()) {
    host->registerFeature(this);
    m_highlighter = new LinkHighlighter(m_scene, this);
    m_gesture = new LinkGesture(m_view, m_highlighter, this);
    connect(m_gesture, &LinkGesture::message, this, &LinkFeature::say);
    createActions();
    createDocks();
    createMenus();
    if (InspectorDock* inspector = host->inspector()) {
        connect(inspector->linksList(), &LinkListWidget::followRequested, this,
                &LinkFeature::showElement);
    }
}

LinkLayer* LinkFeature::layer() const {
    return m_scene->linkLayer();
}

void LinkFeature::createActions() {
    // Plain keys belong to the canvas, as with the note actions: typing an
    // "l" in a dock's text field must not switch tools.
    m_linkTool = new QAction(tr("&Link Tool"), this);
    m_linkTool->setCheckable(true);
    m_linkTool->setShortcut(QKeySequence(Qt::Key_L));
    m_linkTool->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_linkTool->setToolTip(tr("Drag from one note to another to link them (L). Without the "
                              "tool, Alt-drag does the same."));
    connect(m_linkTool, &QAction::toggled, this, [this](bool on) {
        m_gesture->setToolActive(on);
        if (on)
            say(tr("Link tool: drag from one note to another. L or Esc to stop."));
    });
    m_view->addAction(m_linkTool);

    m_linkSelected = new QAction(tr("Lin&k Selected Notes"), this);
    m_linkSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_linkSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_linkSelected, &QAction::triggered, this, &LinkFeature::linkSelection);
    m_view->addAction(m_linkSelected);

    // Esc leaves the link tool (a drag in progress handles Esc itself).
    auto* leaveTool = new QAction(this);
    leaveTool->setShortcut(QKeySequence(Qt::Key_Escape));
    leaveTool->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(leaveTool, &QAction::triggered, this, [this] { m_linkTool->setChecked(false); });
    connect(m_linkTool, &QAction::toggled, leaveTool, &QAction::setEnabled);
    leaveTool->setEnabled(false);
    m_view->addAction(leaveTool);

    m_showLinks = new QAction(tr("Show &Links"), this);
    m_showLinks->setCheckable(true);
    m_showLinks->setChecked(true);
    m_showLinks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_showLinks, &QAction::toggled, this, &LinkFeature::setLinksShown);
    m_host->addWindowActions({m_showLinks});
}

void LinkFeature::createDocks() {
    m_alignment = new AlignmentDock(m_scene, m_host->widget());
    m_host->addDock(m_alignment, WindowHost::DockPlace::BelowInspector);
    connect(m_alignment, &AlignmentDock::showRequested, this, &LinkFeature::showArea);

    m_matrix = new MatrixDock(m_scene, m_host->widget());
    m_host->addDock(m_matrix, WindowHost::DockPlace::Bottom);
    m_matrix->hide();
    connect(m_matrix, &MatrixDock::message, this, &LinkFeature::say);
    connect(m_matrix, &MatrixDock::elementActivated, this, &LinkFeature::showElement);

    QAction* alignment = m_alignment->toggleViewAction();
    alignment->setText(tr("&Alignment Panel"));
    alignment->setShortcut(QKeySequence(Qt::Key_F7));
    QAction* matrix = m_matrix->toggleViewAction();
    matrix->setText(tr("Traceability &Matrix"));
    matrix->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_host->addWindowActions({alignment, matrix});
}

void LinkFeature::createMenus() {
    QAction* alignment = m_alignment->toggleViewAction();
    QAction* matrix = m_matrix->toggleViewAction();
    MenuPlaces* places = m_host->menuPlaces();
    QMenu* menu = places->addMenu(QStringLiteral("links"), tr("&Links"));
    menu->addActions({m_linkTool, m_linkSelected});
    menu->addSeparator();
    menu->addAction(m_showLinks);
    menu->addSeparator();
    menu->addActions({matrix, alignment});
    places->add(QStringLiteral("view.links"), {m_showLinks, matrix, alignment});
    m_linkTool->setIcon(Icons::icon(QStringLiteral("link")));
    places->add(QStringLiteral("toolbar.links"), {m_linkTool});
}

void LinkFeature::say(const QString& text) {
    m_host->showStatus(text, MessageTimeoutMs);
}

void LinkFeature::linkSelection() {
    const QStringList ids = m_scene->selectedIds();
    if (ids.size() != 2) {
        say(tr("Select two notes (Ctrl+click), then press Ctrl+K to link them."));
        return;
    }
    const QString refused = LinkRules::link(*m_document, ids[0], ids[1]);
    if (!refused.isEmpty()) {
        say(refused);
        return;
    }
    const Link added = LinkRules::proposedLink(*m_document, ids[0], ids[1]);
    say(tr("Linked %1 (%2).")
            .arg(LinkRules::describe(*m_document, added), linkKindTitle(added.kind)));
}

void LinkFeature::setLinksShown(bool shown) {
    if (m_showLinks->isChecked() != shown) {
        m_showLinks->setChecked(shown); // comes back here through toggled()
        return;
    }
    layer()->setVisible(shown);
    m_highlighter->setEnabled(shown);
}

void LinkFeature::showElement(const QString& id) {
    m_scene->selectIds({id});
    NoteItem* item = m_scene->noteItem(id);
    if (!item || !item->isVisible())
        item = m_scene->mirrorItem(id);
    if (item && item->isVisible())
        showArea(item->sceneBoundingRect());
}

void LinkFeature::showArea(const QRectF& sceneRect) {
    const QRectF target = sceneRect.adjusted(-40, -40, 40, 40);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const qreal zoom = m_view->zoom();
    if (zoom >= ReadableZoom && target.width() <= visible.width() &&
        target.height() <= visible.height()) {
        if (!visible.contains(target))
            m_view->centerOn(target.center());
        return;
    }
    // Zoom to the area, but never closer than 100 %: one note should not
    // fill the projector.
    const QSizeF viewport = m_view->viewport()->size();
    QRectF area = target;
    if (area.width() < viewport.width() || area.height() < viewport.height()) {
        const QSizeF size(std::max(area.width(), viewport.width()),
                          std::max(area.height(), viewport.height()));
        area = QRectF(QPointF(), size);
        area.moveCenter(target.center());
    }
    m_view->zoomToRect(area);
}

} // namespace tandem
