#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace tandem {

class WindowHost;

// Hooks the user's settings into one main window: Edit > Preferences, and
// remembering the window's geometry and dock layout
// whenever the window is hidden or closed. Restoring happens at start
// (restoreWindow), not in every window, so that a second window or a test
// does not inherit a layout it did not ask for.
class SettingsFeature : public QObject {
    Q_OBJECT

public:
    explicit SettingsFeature(WindowHost* host);

    QAction* preferencesAction() const { return m_preferences; }

    // Puts the window where it was last time, with its docks and toolbars.
    static bool restoreWindow(QMainWindow* window);
    static void saveWindow(QMainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMainWindow* m_window;
    QPointer<QWidget> m_view;
    QAction* m_preferences;
};

} // namespace tandem
