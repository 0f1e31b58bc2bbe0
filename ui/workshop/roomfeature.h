#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>

class QAction;
class QTimer;

namespace tandem {

class Room;
class RoomDock;
class RoomJoinOverlay;
class WindowHost;

// The workshop room in one editor window: Session > Open Room / Close Room,
// the room dock, and the room following the presenter (its block and
// countdown go to the participants' pages).
class RoomFeature : public QObject {
    Q_OBJECT

public:
    explicit RoomFeature(WindowHost* host);
    ~RoomFeature() override;

    Room* room() const { return m_room; }
    RoomDock* dock() const { return m_dock; }
    QAction* openAction() const { return m_open; }
    QAction* closeAction() const { return m_close; }
    QAction* showJoinAction() const { return m_showJoin; }
    RoomJoinOverlay* joinOverlay() const { return m_overlay; }

    // Opens the room on the addresses (the local networks' when empty) and
    // port (0: any free); false with the reason in the status line and `error`.
    bool openRoom(const QList<QHostAddress>& addresses = {}, quint16 port = 0,
                  QString* error = nullptr);
    // With notes still in the inbox, `ask` asks whether to reveal them first
    // (or cancel); without asking they are discarded.
    bool closeRoom(bool ask = false);

private:
    void followPresenter();
    void updateActions();
    void updateOverlay();

    WindowHost* m_host;
    Room* m_room;
    QAction* m_open;
    QAction* m_close;
    QAction* m_showJoin;
    RoomDock* m_dock;
    RoomJoinOverlay* m_overlay;
    QTimer* m_follow;
};

} // namespace tandem
