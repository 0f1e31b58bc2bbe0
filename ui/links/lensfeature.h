#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace tandem {

class WindowHost;

// View > Lens (issue 15), a feature of its WindowHost: None, then every lens
// of the registry (money, votes, open findings) by name, one checked at a
// time. The scene's CanvasDecorations colours the notes and draws the
// legend, so what the screen shows every export shows. The choice belongs
// to the window, not the session: it is not saved in the file.
class LensFeature : public QObject {
    Q_OBJECT

public:
    explicit LensFeature(WindowHost* host);

    QMenu* menu() const { return m_menu; }
    // The action that shows this lens ("" for none), or null.
    QAction* action(const QString& key) const;

private:
    void choose(const QString& key);

    WindowHost* m_host;
    QMenu* m_menu = nullptr;
    QActionGroup* m_group = nullptr;
};

} // namespace tandem
