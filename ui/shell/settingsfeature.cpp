#include "settingsfeature.h"

#include "canvasview.h"
#include "mainwindow.h"
#include "menuplaces.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "toolbaricons.h"
#include "welcomepage.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace tandem {

SettingsFeature::SettingsFeature(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_view(window->view())
    , m_preferences(new QAction(tr("&Preferences\u2026"), window))
    , m_welcome(new QAction(tr("&Welcome Page"), window)) {
    setObjectName(QStringLiteral("settingsFeature"));
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    // Most Linux desktops define no standard key; Ctrl+, is what editors use.
    if (keys.isEmpty())
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setShortcuts(keys);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setStatusTip(tr("Theme, text size, note colour, autosave and export settings"));
    connect(m_preferences, &QAction::triggered, this,
            [this] { PreferencesDialog::edit(m_window); });
    window->addAction(m_preferences);
    window->menuPlaces()->add(QStringLiteral("edit.preferences"), {m_preferences});

    m_welcome->setObjectName(QStringLiteral("welcomeAction"));
    m_welcome->setStatusTip(tr("Start a session, open the example or a recent file"));
    connect(m_welcome, &QAction::triggered, this, [this] { WelcomePage::showOn(m_window); });
    window->addAction(m_welcome);
    window->menuPlaces()->add(QStringLiteral("help.start"), {m_welcome});

    window->installEventFilter(this);
}

bool SettingsFeature::restoreWindow(MainWindow* window) {
    const QByteArray geometry = Settings::windowGeometry();
    const QByteArray state = Settings::windowState();
    bool restored = false;
    if (!geometry.isEmpty())
        restored = window->restoreGeometry(geometry);
    if (!state.isEmpty())
        restored = window->restoreState(state) && restored;
    return restored;
}

void SettingsFeature::saveWindow(MainWindow* window) {
    Settings::setWindowGeometry(window->saveGeometry(), window->saveState());
}

bool SettingsFeature::eventFilter(QObject* watched, QEvent* event) {
    // Hide comes after a close was accepted (and on minimising, which is
    // harmless); the window is still whole then, unlike in its destructor.
    // A window being destroyed has lost its view and docks already: the
    // layout worth keeping was the one when it was closed.
    if (watched == m_window && event->type() == QEvent::Hide && !event->spontaneous() && m_view)
        saveWindow(m_window);
    if (watched == m_window && event->type() == QEvent::Show)
        decorateToolBar(m_window);
    return QObject::eventFilter(watched, event);
}

} // namespace tandem
