#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

namespace tandem {

// Named places in a window's menus. The window declares its menus and, in
// each, the places of its designed order ("file.new", "file.export",
// "file.close" ...); a feature puts its actions into a place by name. The
// order of the menus is then the design's, not the order in which features
// were made, and no feature counts entries or looks for separators. In the
// way of Tiled's ActionManager menu extensions. A toolbar takes places the
// same way ("toolbar.notes", "toolbar.present" ...).
class MenuPlaces : public QObject {
    Q_OBJECT

public:
    enum class Separator { None, Before };

    explicit MenuPlaces(QMenuBar* bar, QObject* parent = nullptr);

    // The designed order of the menu bar, by menu id; menus added later take
    // their place in it, whoever adds them first.
    void setMenuOrder(const QStringList& menuIds) { m_menuOrder = menuIds; }
    // A menu in its place in the menu order (at the end when not in it).
    QMenu* addMenu(const QString& menuId, const QString& title);
    QMenu* menu(const QString& menuId) const;
    // A toolbar whose places are declared like a menu's, under its own id.
    void addToolBar(const QString& toolBarId, QToolBar* toolBar);
    QToolBar* toolBar(const QString& toolBarId) const;
    // A new place at the end of the menu (or toolbar). A place with a separator shows it
    // only once something is in the place, so empty places leave no gaps.
    void addPlace(const QString& containerId, const QString& placeId,
                  Separator separator = Separator::Before);
    bool hasPlace(const QString& placeId) const;
    // Appends the actions to the place. An unknown place is a programming
    // error: it is reported and the actions go to the end of no menu.
    void add(const QString& placeId, const QList<QAction*>& actions);
    // The menu holding a place, or null (also for a toolbar's place).
    QMenu* menuOf(const QString& placeId) const;
    // The actions in a place, in order.
    QList<QAction*> actionsIn(const QString& placeId) const;

private:
    struct Place {
        QWidget* container = nullptr; // a menu or a toolbar
        QAction* marker = nullptr;    // invisible until the place has actions
        Separator separator = Separator::Before;
    };
    QAction* markerAfter(const QString& placeId) const;

    QMenuBar* m_bar;
    QHash<QString, QMenu*> m_menus;
    QHash<QString, QWidget*> m_containers; // menus and toolbars
    QHash<QString, Place> m_places;
    QList<QString> m_placeOrder; // across containers, in the order declared
    QStringList m_menuOrder;
};

} // namespace tandem
