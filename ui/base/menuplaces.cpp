#include "menuplaces.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace tandem {

MenuPlaces::MenuPlaces(QMenuBar* bar, QObject* parent)
    : QObject(parent)
    , m_bar(bar) {}

QMenu* MenuPlaces::addMenu(const QString& menuId, const QString& title) {
    auto* menu = new QMenu(title, m_bar);
    menu->setObjectName(menuId);
    // Before the first menu that comes after this one in the design.
    const QMenu* before = nullptr;
    const qsizetype at = m_menuOrder.indexOf(menuId);
    for (qsizetype i = at + 1; at >= 0 && i < m_menuOrder.size() && !before; ++i)
        before = m_menus.value(m_menuOrder[i]);
    m_bar->insertMenu(before ? before->menuAction() : nullptr, menu);
    m_menus.insert(menuId, menu);
    m_containers.insert(menuId, menu);
    return menu;
}

QMenu* MenuPlaces::menu(const QString& menuId) const {
    return m_menus.value(menuId);
}

void MenuPlaces::addToolBar(const QString& toolBarId, QToolBar* toolBar) {
    m_containers.insert(toolBarId, toolBar);
}

QToolBar* MenuPlaces::toolBar(const QString& toolBarId) const {
    return qobject_cast<QToolBar*>(m_containers.value(toolBarId));
}

void MenuPlaces::addPlace(const QString& containerId, const QString& placeId, Separator separator) {
    QWidget* container = m_containers.value(containerId);
    if (!container || m_places.contains(placeId)) {
        qWarning("MenuPlaces: cannot declare '%s' in '%s'", qUtf8Printable(placeId),
                 qUtf8Printable(containerId));
        return;
    }
    auto* marker = new QAction(container);
    marker->setSeparator(separator == Separator::Before);
    marker->setVisible(false);
    container->addAction(marker);
    m_places.insert(placeId, Place{container, marker, separator});
    m_placeOrder.append(placeId);
}

bool MenuPlaces::hasPlace(const QString& placeId) const {
    return m_places.contains(placeId);
}

QMenu* MenuPlaces::menuOf(const QString& placeId) const {
    return qobject_cast<QMenu*>(m_places.value(placeId).container);
}

QList<QAction*> MenuPlaces::actionsIn(const QString& placeId) const {
    const auto found = m_places.constFind(placeId);
    if (found == m_places.constEnd())
        return {};
    const QList<QAction*> all = found->container->actions();
    const QAction* end = markerAfter(placeId);
    QList<QAction*> inPlace;
    for (qsizetype i = all.indexOf(found->marker) + 1; i < all.size() && all[i] != end; ++i)
        inPlace.append(all[i]);
    return inPlace;
}

QAction* MenuPlaces::markerAfter(const QString& placeId) const {
    const QWidget* container = m_places.value(placeId).container;
    for (qsizetype i = m_placeOrder.indexOf(placeId) + 1; i < m_placeOrder.size(); ++i) {
        const Place& next = m_places[m_placeOrder[i]];
        if (next.container == container)
            return next.marker;
    }
    return nullptr; // the last place of its menu: append
}

void MenuPlaces::add(const QString& placeId, const QList<QAction*>& actions) {
    const auto found = m_places.constFind(placeId);
    if (found == m_places.constEnd()) {
        qWarning("MenuPlaces: no place '%s'", qUtf8Printable(placeId));
        return;
    }
    if (actions.isEmpty())
        return;
    found->container->insertActions(markerAfter(placeId), actions);
    if (found->separator == Separator::Before)
        found->marker->setVisible(true);
}

} // namespace tandem
