#include "roomdock.h"

#include "room.h"
#include "roomqr.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

// Big enough to scan from a few metres off a projected screen or a laptop.
constexpr int qrSide = 280;

QPushButton* button(const QString& text, QWidget* parent) {
    auto* made = new QPushButton(text, parent);
    made->setAutoDefault(false);
    return made;
}

} // namespace

RoomDock::RoomDock(Room* room, QAction* openAction, QAction* closeAction, QWidget* parent)
    : QDockWidget(tr("Workshop Room"), parent)
    , m_room(room)
    , m_openAction(openAction)
    , m_closeAction(closeAction) {
    setObjectName(QStringLiteral("roomDock"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(makeJoinPanel());
    m_openPanels = new QWidget(body);
    auto* panels = new QVBoxLayout(m_openPanels);
    panels->setContentsMargins(0, 0, 0, 0);
    panels->addWidget(makeSettingsPanel());
    panels->addWidget(makeInboxPanel());
    panels->addWidget(makePeoplePanel());
    panels->addWidget(makeVotePanel());
    layout->addWidget(m_openPanels);
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);
    connect(m_room, &Room::changed, this, &RoomDock::refresh);
    refresh();
}

QWidget* RoomDock::makeJoinPanel() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_openAction, m_closeAction}) {
        auto* tool = new QToolButton(panel);
        tool->setDefaultAction(action);
        tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(tool);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_qr = new QLabel(panel);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setAccessibleName(tr("QR code of the join address"));
    m_code = new QLabel(panel);
    m_code->setAlignment(Qt::AlignCenter);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    m_code->setFont(big);
    m_address = new QLabel(panel);
    m_address->setAlignment(Qt::AlignCenter);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setTextFormat(Qt::PlainText);
    layout->addWidget(m_qr);
    layout->addWidget(m_code);
    layout->addWidget(m_address);
    return panel;
}

QWidget* RoomDock::makeSettingsPanel() {
    auto* box = new QGroupBox(tr("Contributions"), this);
    auto* form = new QFormLayout(box);
    m_block = new QComboBox(box);
    m_block->setAccessibleName(tr("Block open for notes"));
    m_block->addItem(tr("The presenter's block"));
    for (Block block : allBlocks()) {
        if (block != Block::ValueChains)
            m_block->addItem(blockTitle(block), static_cast<int>(block));
    }
    connect(m_block, &QComboBox::currentIndexChanged, this, &RoomDock::blockChoiceChanged);
    form->addRow(tr("Notes go to:"), m_block);
    m_anyBlock = new QCheckBox(tr("Participants may choose the block"), box);
    connect(m_anyBlock, &QCheckBox::toggled, m_room, &Room::setAnyBlock);
    m_private = new QCheckBox(tr("Private: notes wait in the inbox"), box);
    connect(m_private, &QCheckBox::toggled, m_room, &Room::setPrivate);
    m_locked = new QCheckBox(tr("Lock the room to newcomers"), box);
    connect(m_locked, &QCheckBox::toggled, m_room, &Room::setLocked);
    form->addRow(m_anyBlock);
    form->addRow(m_private);
    form->addRow(m_locked);
    return box;
}

QWidget* RoomDock::makeInboxPanel() {
    auto* box = new QGroupBox(tr("Inbox"), this);
    auto* layout = new QVBoxLayout(box);
    m_inboxTitle = new QLabel(box);
    m_inbox = new QListWidget(box);
    m_inbox->setAccessibleName(tr("Notes waiting in the inbox"));
    m_inbox->setMaximumHeight(m_inbox->fontMetrics().height() * 8);
    auto* buttons = new QHBoxLayout;
    QPushButton* revealAll = button(tr("Reveal All"), box);
    QPushButton* reveal = button(tr("Reveal"), box);
    QPushButton* discard = button(tr("Discard"), box);
    connect(revealAll, &QPushButton::clicked, m_room, &Room::revealAll);
    connect(reveal, &QPushButton::clicked, this, [this] { m_room->reveal(selectedSerial()); });
    connect(discard, &QPushButton::clicked, this, [this] { m_room->discard(selectedSerial()); });
    buttons->addWidget(revealAll);
    buttons->addWidget(reveal);
    buttons->addWidget(discard);
    layout->addWidget(m_inboxTitle);
    layout->addWidget(m_inbox);
    layout->addLayout(buttons);
    return box;
}

QWidget* RoomDock::makePeoplePanel() {
    auto* box = new QGroupBox(tr("Participants"), this);
    auto* layout = new QVBoxLayout(box);
    m_people = new QListWidget(box);
    m_people->setAccessibleName(tr("Participants in the room"));
    m_people->setMaximumHeight(m_people->fontMetrics().height() * 8);
    auto* buttons = new QHBoxLayout;
    QPushButton* rename = button(tr("Rename\u2026"), box);
    QPushButton* remove = button(tr("Remove"), box);
    connect(rename, &QPushButton::clicked, this, &RoomDock::renameSelected);
    connect(remove, &QPushButton::clicked, this, [this] { m_room->remove(selectedKey()); });
    buttons->addWidget(rename);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(m_people);
    layout->addLayout(buttons);
    return box;
}

QWidget* RoomDock::makeVotePanel() {
    auto* box = new QGroupBox(tr("Vote from the devices"), this);
    auto* layout = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    m_budget = new QSpinBox(box);
    m_budget->setRange(1, 99);
    m_budget->setValue(5);
    m_budget->setAccessibleName(tr("Dots per participant"));
    m_startVote = button(tr("Start Vote"), box);
    m_showResult = button(tr("Show Result"), box);
    QPushButton* end = button(tr("End"), box);
    connect(m_startVote, &QPushButton::clicked, this,
            [this] { m_room->startVote(m_budget->value()); });
    connect(m_showResult, &QPushButton::clicked, m_room, &Room::showVoteResult);
    connect(end, &QPushButton::clicked, m_room, &Room::endVote);
    row->addWidget(new QLabel(tr("Dots:"), box));
    row->addWidget(m_budget);
    row->addWidget(m_startVote);
    row->addWidget(m_showResult);
    row->addWidget(end);
    m_voteStatus = new QLabel(box);
    m_voteStatus->setWordWrap(true);
    layout->addLayout(row);
    layout->addWidget(m_voteStatus);
    return box;
}

std::optional<Block> RoomDock::pickedBlock() const {
    if (m_block->currentIndex() <= 0)
        return std::nullopt;
    return static_cast<Block>(m_block->currentData().toInt());
}

bool RoomDock::followsPresenter() const {
    return m_block->currentIndex() <= 0;
}

void RoomDock::refresh() {
    refreshJoin();
    m_openPanels->setVisible(m_room->isOpen());
    if (!m_room->isOpen())
        return;
    // The room may be set up from elsewhere (the command line, a test).
    for (auto [box, on] :
         {std::pair{m_private, m_room->isPrivate()}, std::pair{m_locked, m_room->isLocked()},
          std::pair{m_anyBlock, m_room->anyBlock()}}) {
        const QSignalBlocker quiet(box);
        box->setChecked(on);
    }
    refreshInbox();
    refreshPeople();
    const RoomVote& vote = m_room->vote();
    int placed = 0;
    for (const auto& mine : vote.dots())
        for (int count : mine)
            placed += count;
    m_startVote->setEnabled(vote.phase() != RoomVote::Phase::Running);
    m_showResult->setEnabled(vote.phase() == RoomVote::Phase::Running);
    switch (vote.phase()) {
    case RoomVote::Phase::None:
        m_voteStatus->setText(tr("No vote running."));
        break;
    case RoomVote::Phase::Running:
        m_voteStatus->setText(
            tr("Voting on %n note(s): %1 dots placed.", nullptr, int(vote.noteIds().size()))
                .arg(placed));
        break;
    case RoomVote::Phase::Result:
        m_voteStatus->setText(tr("Result shown: %1 dots are on the notes.").arg(placed));
        break;
    }
}

void RoomDock::refreshJoin() {
    if (!m_room->isOpen()) {
        m_qr->clear();
        m_code->clear();
        m_address->setText(tr("The room is closed. Open it to let participants join from "
                              "their own phones and laptops."));
        return;
    }
    const QString join = m_room->joinUrl().toString();
    m_qr->setPixmap(QPixmap::fromImage(
        roomQrImage(join, 1).scaled(qrSide, qrSide, Qt::KeepAspectRatio, Qt::FastTransformation)));
    m_code->setText(m_room->code());
    m_address->setText(
        tr("Scan the code or open %1 and give the room code.").arg(m_room->pageUrl().toString()));
}

void RoomDock::refreshInbox() {
    const auto waiting = m_room->participants().waiting();
    m_inboxTitle->setText(tr("%n note(s) waiting.", nullptr, int(waiting.size())));
    const int keep = selectedSerial();
    m_inbox->clear();
    for (const auto& [author, note] : waiting) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2): %3").arg(author->name, blockTitle(note->block), note->text), m_inbox);
        item->setData(Qt::UserRole, note->serial);
        if (note->serial == keep)
            m_inbox->setCurrentItem(item);
    }
}

void RoomDock::refreshPeople() {
    const QString keep = selectedKey();
    m_people->clear();
    for (const auto& person : m_room->participants().all()) {
        const QString text =
            person->connection ? person->name : tr("%1 (not connected)").arg(person->name);
        auto* item = new QListWidgetItem(text, m_people);
        item->setData(Qt::UserRole, person->key);
        if (person->key == keep)
            m_people->setCurrentItem(item);
    }
}

QString RoomDock::selectedKey() const {
    const QListWidgetItem* item = m_people->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

int RoomDock::selectedSerial() const {
    const QListWidgetItem* item = m_inbox->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : 0;
}

void RoomDock::renameSelected() {
    const RoomParticipant* person = m_room->participants().byKey(selectedKey());
    if (!person)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Participant"), tr("Name:"),
                                               QLineEdit::Normal, person->name, &ok);
    if (ok)
        m_room->rename(person->key, name);
}

} // namespace tandem
