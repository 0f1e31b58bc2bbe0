#include "roomfeature.h"

#include "canvasview.h"
#include "menuplaces.h"
#include "presenter.h"
#include "room.h"
#include "roomdock.h"
#include "roomjoinoverlay.h"
#include "roomserver.h"
#include "windowhost.h"
#include "workshopfeature.h"

#include <QAction>
#include <QMessageBox>
#include <QTimer>

namespace tandem {

RoomFeature::RoomFeature(WindowHost* host)
    : QObject(host->widget())
    , m_host(host)
    , m_room(new Room(host->document(), this))
    , m_open(new QAction(tr("Open &Room"), this))
    , m_close(new QAction(tr("Close R&oom"), this))
    , m_showJoin(new QAction(tr("Show Join Code on Canvas"), this))
    , m_dock(new RoomDock(m_room, m_open, m_close, host->widget()))
    , m_overlay(new RoomJoinOverlay(host->view()))
    , m_follow(new QTimer(this)) {
    host->registerFeature(this);
    m_open->setStatusTip(
        tr("Let participants add notes and vote from their own phones and laptops"));
    m_close->setStatusTip(tr("End every participant's connection and stop listening"));
    connect(m_open, &QAction::triggered, this, [this] { openRoom(); });
    connect(m_close, &QAction::triggered, this, [this] { closeRoom(true); });
    m_showJoin->setCheckable(true);
    m_showJoin->setChecked(true);
    connect(m_showJoin, &QAction::toggled, this, &RoomFeature::updateOverlay);
    m_overlay->hide();
    host->addDock(m_dock, WindowHost::DockPlace::BesideInspector);
    m_dock->hide();
    QAction* panel = m_dock->toggleViewAction();
    panel->setText(tr("Room &Panel"));
    host->menuPlaces()->add(QStringLiteral("session.room"), {m_open, m_close, m_showJoin, panel});
    connect(m_dock, &RoomDock::blockChoiceChanged, this, &RoomFeature::followPresenter);
    m_follow->setInterval(500);
    connect(m_follow, &QTimer::timeout, this, &RoomFeature::followPresenter);
    updateActions();
}

RoomFeature::~RoomFeature() {
    // Before the window's document goes: the room writes into it.
    delete m_room;
}

bool RoomFeature::openRoom(const QList<QHostAddress>& addresses, quint16 port, QString* error) {
    QString reason;
    const QList<QHostAddress> listen =
        addresses.isEmpty() ? RoomServer::localNetworkAddresses() : addresses;
    const bool opened = m_room->open(listen, port, &reason);
    if (!opened) {
        m_host->showStatus(tr("The room could not open: %1").arg(reason), 0);
        if (error)
            *error = reason;
    } else {
        m_dock->show();
        m_dock->raise();
        m_host->showStatus(tr("Room open: %1").arg(m_room->pageUrl().toString()), 5000);
        m_follow->start();
        followPresenter();
    }
    updateActions();
    return opened;
}

bool RoomFeature::closeRoom(bool ask) {
    const int waiting = m_room->participants().waitingCount();
    if (ask && waiting > 0) {
        const auto answer = QMessageBox::question(
            m_host->widget(), tr("Close Room"),
            tr("%n note(s) still wait in the inbox. Reveal them before closing the room?", nullptr,
               waiting),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Yes)
            m_room->revealAll();
    }
    m_follow->stop();
    m_room->close();
    m_host->showStatus(tr("Room closed."), 3000);
    updateActions();
    return true;
}

void RoomFeature::followPresenter() {
    const auto* workshop = m_host->feature<WorkshopFeature>();
    const PresenterMode* presenter = workshop ? workshop->presenter() : nullptr;
    if (m_dock->followsPresenter())
        m_room->setOpenBlock(presenter ? std::optional<Block>(presenter->currentBlock())
                                       : std::optional<Block>(Block::ValuePropositions));
    else
        m_room->setOpenBlock(m_dock->pickedBlock());
    if (presenter && presenter->isActive())
        m_room->setCountdown(presenter->remainingMs(), presenter->isPaused());
    else
        m_room->setCountdown(-1, false);
}

void RoomFeature::updateActions() {
    m_open->setEnabled(!m_room->isOpen());
    m_close->setEnabled(m_room->isOpen());
    updateOverlay();
}

void RoomFeature::updateOverlay() {
    if (m_room->isOpen())
        m_overlay->setJoin(m_room->joinUrl().toString(), m_room->pageUrl().toString(),
                           m_room->code());
    m_overlay->setVisible(m_room->isOpen() && m_showJoin->isChecked());
}

} // namespace tandem
