#pragma once

#include "model.h"

#include <QDockWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace tandem {

class Room;

// The facilitator's view of the workshop room: the join address with a QR
// code and the room code, large enough to scan and read across a room; who
// is in (rename, remove, lock); the private inbox (reveal all, one by one,
// discard); where notes go; and the vote from the participants' devices.
class RoomDock : public QDockWidget {
    Q_OBJECT

public:
    RoomDock(Room* room, QAction* openAction, QAction* closeAction, QWidget* parent);

    // "The presenter's block" (nullopt) or a block the facilitator picked.
    std::optional<Block> pickedBlock() const;
    bool followsPresenter() const;

    QListWidget* inboxList() const { return m_inbox; }
    QListWidget* participantList() const { return m_people; }
    QLabel* qrLabel() const { return m_qr; }

    // Redraws from the room.
    void refresh();

signals:
    // The block choice changed.
    void blockChoiceChanged();

private:
    QWidget* makeJoinPanel();
    QWidget* makeSettingsPanel();
    QWidget* makeInboxPanel();
    QWidget* makePeoplePanel();
    QWidget* makeVotePanel();
    void refreshJoin();
    void refreshInbox();
    void refreshPeople();
    void renameSelected();
    QString selectedKey() const;
    int selectedSerial() const;

    Room* m_room;
    QAction* m_openAction;
    QAction* m_closeAction;
    QLabel* m_qr = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_address = nullptr;
    QCheckBox* m_private = nullptr;
    QCheckBox* m_locked = nullptr;
    QCheckBox* m_anyBlock = nullptr;
    QComboBox* m_block = nullptr;
    QLabel* m_inboxTitle = nullptr;
    QListWidget* m_inbox = nullptr;
    QListWidget* m_people = nullptr;
    QSpinBox* m_budget = nullptr;
    QPushButton* m_startVote = nullptr;
    QPushButton* m_showResult = nullptr;
    QLabel* m_voteStatus = nullptr;
    QWidget* m_openPanels = nullptr;
};

} // namespace tandem
