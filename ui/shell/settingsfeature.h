#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace tandem {

class MainWindow;

// Hooks the user's settings into one main window: Edit > Preferences,
// Help > Welcome, and remembering the window's geometry and dock layout
// whenever the window is hidden or closed. Restoring happens at start
// (restoreWindow), not in every window, so that a second window or a test
// does not inherit a layout it did not ask for.
class SettingsFeature : public QObject {
    Q_OBJECT

public:
    explicit SettingsFeature(MainWindow* window);

    QAction* preferencesAction() const { return m_preferences; }
    QAction* welcomeAction() const { return m_welcome; }

    // Puts the window where it was last time, with its docks and toolbars.
    static bool restoreWindow(MainWindow* window);
    static void saveWindow(MainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MainWindow* m_window;
    QPointer<QWidget> m_view;
    QAction* m_preferences;
    QAction* m_welcome;
};

} // namespace tandem
