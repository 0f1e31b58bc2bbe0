#include "settingsfeature.h"

#include "canvasview.h"
#include "menuplaces.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "windowhost.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>

namespace tandem {

SettingsFeature::SettingsFeature(WindowHost* host)
    : QObject(host->widget())
    , m_window(qobject_cast<QMainWindow*>(host->widget()))
    , m_view(host->view())
    , m_preferences(new QAction(tr("&Preferences\u2026"), host->widget())) {
    host->registerFeature(this);
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
    host->addWindowActions({m_preferences});
    host->menuPlaces()->add(QStringLiteral("edit.preferences"), {m_preferences});
    if (m_window)
        m_window->installEventFilter(this);
}

bool SettingsFeature::restoreWindow(QMainWindow* window) {
    const QByteArray geometry = Settings::windowGeometry();
    const QByteArray state = Settings::windowState();
    bool restored = false;
    if (!geometry.isEmpty())
        restored = window->restoreGeometry(geometry);
    if (!state.isEmpty())
        restored = window->restoreState(state) && restored;
    return restored;
}

void SettingsFeature::saveWindow(QMainWindow* window) {
    Settings::setWindowGeometry(window->saveGeometry(), window->saveState());
}

bool SettingsFeature::eventFilter(QObject* watched, QEvent* event) {
    // Hide comes after a close was accepted (and on minimising, which is
    // harmless); the window is still whole then, unlike in its destructor.
    // A window being destroyed has lost its view and docks already: the
    // layout worth keeping was the one when it was closed.
    if (watched == m_window && event->type() == QEvent::Hide && !event->spontaneous() && m_view)
        saveWindow(m_window);
    return QObject::eventFilter(watched, event);
}

} // namespace tandem
