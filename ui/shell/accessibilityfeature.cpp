#include "accessibilityfeature.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "menuplaces.h"
#include "oneline.h"
#include "windowhost.h"

#include <QAccessible>
#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace tandem {

AccessibilityFeature::AccessibilityFeature(WindowHost* host)
    : QObject(host->widget())
    , m_host(host) {
    host->registerFeature(this);
    CanvasView* view = host->view();
    view->setAccessibleName(tr("Canvases"));
    view->viewport()->setAccessibleName(tr("Canvases"));
    if (QToolBar* tools = host->menuPlaces()->toolBar(QStringLiteral("toolbar"))) {
        tools->setAccessibleName(tr("Canvas toolbar"));
        tools->setAccessibleDescription(tr("Add notes, stages and chains, undo, zoom and arrange"));
    }
    if (auto* window = qobject_cast<QMainWindow*>(host->widget()))
        window->statusBar()->setAccessibleName(tr("Status bar"));
    // Other features add docks after this one; they are seen to when the
    // window first shows.
    host->widget()->installEventFilter(this);
    completeWidgets();
    connect(host->scene(), &QGraphicsScene::selectionChanged, this,
            &AccessibilityFeature::announceSelection);
    connect(host->document(), &Document::changed, this, &AccessibilityFeature::announceSelection);
    announceSelection();
}

void AccessibilityFeature::completeWidgets() {
    QWidget* window = m_host->widget();
    for (QDockWidget* dock : window->findChildren<QDockWidget*>()) {
        if (dock->accessibleName().isEmpty())
            dock->setAccessibleName(dock->windowTitle());
    }
    // Buttons of toolbars inside docks take no focus by default, which
    // leaves their commands out of reach for the keyboard; Tab reaches
    // them. The main toolbar's commands are all in menus instead.
    for (QToolBar* bar : window->findChildren<QToolBar*>()) {
        if (bar->parentWidget() == window)
            continue;
        for (QToolButton* button : bar->findChildren<QToolButton*>()) {
            if (button->focusPolicy() == Qt::NoFocus)
                button->setFocusPolicy(Qt::TabFocus);
            if (button->accessibleName().isEmpty() && button->defaultAction()) {
                QString text = button->defaultAction()->text();
                button->setAccessibleName(text.remove(QLatin1Char('&')).remove(QChar(0x2026)));
            }
        }
    }
}

bool AccessibilityFeature::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_host->widget() && event->type() == QEvent::Show)
        completeWidgets();
    return QObject::eventFilter(watched, event);
}

QString AccessibilityFeature::selectionDescription() const {
    const CanvasScene* scene = m_host->scene();
    const Document* document = m_host->document();
    const QStringList ids = scene->selectedIds();
    if (ids.isEmpty()) {
        const QString chainId = scene->selectedChainId();
        if (const ValueChain* chain = chainId.isEmpty() ? nullptr : document->chain(chainId))
            return tr("Value chain: %1").arg(oneLine(chain->name));
        return tr("No note selected. Tab moves to the first note; N adds one.");
    }
    if (ids.size() > 1)
        return tr("%n notes selected", nullptr, static_cast<int>(ids.size()));
    const Element* element = document->element(ids.first());
    const auto place = document->placeOf(ids.first());
    if (!element || !place)
        return {};
    const QString text = oneLine(element->text);
    if (place->isStage()) {
        const ValueChain* chain = document->chain(place->chainId);
        const QString chainName = chain ? oneLine(chain->name) : QString();
        return tr("%1, stage %2 of %3: %4")
            .arg(chainName)
            .arg(place->index + 1)
            .arg(chain ? static_cast<int>(chain->stages.size()) : 0)
            .arg(text);
    }
    return tr("%1: %2").arg(blockTitle(place->block), text);
}

void AccessibilityFeature::announceSelection() {
    CanvasView* view = m_host->view();
    const QString description = selectionDescription();
    if (description == view->accessibleDescription())
        return;
    view->setAccessibleDescription(description);
    view->viewport()->setAccessibleDescription(description);
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent changed(view, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    // A focus event on top makes screen readers speak the new note at once.
    if (view->hasFocus()) {
        QAccessibleEvent focus(view, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

} // namespace tandem
