// MainWindow, continued: what it gives its features as their WindowHost.

#include "mainwindow.h"

#include "inspectordock.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace tandem {

void MainWindow::showStatus(const QString& text, int timeoutMs) {
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::addDock(QDockWidget* dock, DockPlace place) {
    switch (place) {
    case DockPlace::Left:
        addDockWidget(Qt::LeftDockWidgetArea, dock);
        break;
    case DockPlace::Right:
        addDockWidget(Qt::RightDockWidgetArea, dock);
        break;
    case DockPlace::BelowInspector:
        addDockWidget(Qt::RightDockWidgetArea, dock);
        splitDockWidget(m_inspector, dock, Qt::Vertical);
        break;
    case DockPlace::BesideInspector:
        addDockWidget(Qt::RightDockWidgetArea, dock);
        tabifyDockWidget(m_inspector, dock);
        break;
    case DockPlace::Bottom:
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        break;
    }
}

void MainWindow::addToolBarRow(QToolBar* toolBar) {
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, toolBar);
}

void MainWindow::addWindowActions(const QList<QAction*>& actions) {
    addActions(actions);
}

void MainWindow::setPresenting(bool presenting) {
    if (presenting) {
        m_stateBeforePresenting = windowState();
        m_hiddenForPresenting.clear();
        for (QWidget* child : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            const bool chrome = child->inherits("QDockWidget") || child->inherits("QToolBar") ||
                                child == menuBar() || child == statusBar();
            if (chrome && !child->isHidden()) {
                m_hiddenForPresenting.append(child);
                child->hide();
            }
        }
        setWindowState(windowState() | Qt::WindowFullScreen);
        return;
    }
    for (const QPointer<QWidget>& widget : std::as_const(m_hiddenForPresenting)) {
        if (widget)
            widget->show();
    }
    m_hiddenForPresenting.clear();
    setWindowState(m_stateBeforePresenting);
}

} // namespace tandem
