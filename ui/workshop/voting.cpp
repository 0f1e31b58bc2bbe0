#include "voting.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "noteitem.h"
#include "votes.h"
#include "windowhost.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QToolBar>

namespace tandem {

Voting::Voting(WindowHost* host)
    : QObject(host->widget())
    , m_host(host)
    , m_voteMode(new QAction(tr("&Vote Mode"), this))
    , m_clear(new QAction(tr("C&lear Votes"), this))
    , m_toolBar(new QToolBar(tr("Voting"), host->widget()))
    , m_participants(new QComboBox(m_toolBar))
    , m_tally(new QLabel(m_toolBar)) {
    m_voteMode->setCheckable(true);
    m_voteMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_voteMode->setStatusTip(tr("Click notes to give them dots; Shift+click takes one back"));
    m_clear->setStatusTip(tr("Remove every dot from every note (one undo step)"));
    connect(m_voteMode, &QAction::toggled, this, &Voting::setVoting);
    connect(m_clear, &QAction::triggered, this, &Voting::clearVotes);

    m_toolBar->setObjectName(QStringLiteral("votingToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_participants->setAccessibleName(tr("Participant voting"));
    m_participants->setMinimumContentsLength(14);
    m_participants->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tally->setAccessibleName(tr("Dots given"));
    m_tally->setContentsMargins(8, 0, 8, 0);
    m_toolBar->addWidget(new QLabel(tr("Dots from: "), m_toolBar));
    m_toolBar->addWidget(m_participants);
    m_toolBar->addWidget(m_tally);
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_voteMode, m_clear});
    // A row of its own: the canvas toolbar is full already.
    host->addToolBarRow(m_toolBar);
    m_toolBar->hide();

    Document* document = host->document();
    connect(document, &Document::infoChanged, this, &Voting::rebuildParticipants);
    connect(document, &Document::changed, this, [this] {
        if (isVoting())
            updateTally();
    });
    connect(m_participants, &QComboBox::currentIndexChanged, this, &Voting::updateTally);
    host->view()->viewport()->installEventFilter(this);
    rebuildParticipants();
}

bool Voting::isVoting() const {
    return m_voteMode->isChecked();
}

void Voting::setVoting(bool on) {
    m_voteMode->setChecked(on);
    m_toolBar->setVisible(on);
    updateTally();
    QWidget* viewport = m_host->view()->viewport();
    if (on) {
        m_host->scene()->commitEditing();
        viewport->setCursor(Qt::PointingHandCursor);
        m_host->showStatus(
            tr("Vote mode: click a note to give it a dot from %1. Shift+click takes one back.")
                .arg(participant()),
            8000);
    } else {
        viewport->unsetCursor();
        m_host->showStatus(QString(), 0);
    }
}

QString Voting::participant() const {
    return m_participants->currentText();
}

void Voting::setParticipant(const QString& name) {
    const int index = m_participants->findText(name);
    if (index >= 0)
        m_participants->setCurrentIndex(index);
}

void Voting::rebuildParticipants() {
    const QString current = participant();
    QStringList names = m_host->document()->info().participants;
    if (names.isEmpty())
        names.append(tr("Anonymous"));
    m_participants->blockSignals(true);
    m_participants->clear();
    m_participants->addItems(names);
    const int index = m_participants->findText(current);
    m_participants->setCurrentIndex(index >= 0 ? index : 0);
    m_participants->blockSignals(false);
    if (isVoting())
        updateTally();
}

void Voting::updateTally() {
    const CanvasState& state = m_host->document()->state();
    const QString who = participant();
    int mine = 0;
    auto count = [&](const std::vector<Element>& elements) {
        for (const Element& element : elements)
            mine += votesOf(element).value(who);
    };
    for (const auto& elements : state.blocks)
        count(elements);
    for (const ValueChain& chain : state.chains)
        count(chain.stages);
    const int total = totalVotes(state);
    m_tally->setText(tr("%1: %2 \u00b7 all: %3").arg(who).arg(mine).arg(total));
    m_clear->setEnabled(total > 0);
}

bool Voting::vote(const QString& elementId, int delta) {
    Document* document = m_host->document();
    const Element* element = document->element(elementId);
    const QString who = participant();
    if (!element || who.isEmpty() || delta == 0)
        return false;
    if (delta < 0 && votesOf(*element).value(who) <= 0)
        return false;
    const Element changed = withVoteAdded(*element, who, delta);
    // Short: the undo button shows it.
    document->editElement(elementId, changed,
                          delta > 0 ? tr("Vote by %1").arg(who)
                                    : tr("Take Back Vote by %1").arg(who));
    return true;
}

void Voting::clearVotes() {
    Document* document = m_host->document();
    if (totalVotes(document->state()) == 0)
        return;
    document->replaceState(withoutVotes(document->state()), tr("Clear votes"));
}

QString Voting::noteAt(const QPoint& viewportPos) const {
    CanvasView* view = m_host->view();
    for (QGraphicsItem* item : view->items(viewportPos)) {
        // Markers and badges are children of their note.
        for (QGraphicsItem* candidate = item; candidate; candidate = candidate->parentItem()) {
            if (candidate->type() == NoteItem::Type)
                return static_cast<NoteItem*>(candidate)->elementId();
        }
    }
    return {};
}

bool Voting::eventFilter(QObject* watched, QEvent* event) {
    if (!isVoting() || watched != m_host->view()->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        // A quick second click is a second dot, not an edit.
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton && mouse->button() != Qt::RightButton)
            return false;
        const QString id = noteAt(mouse->position().toPoint());
        if (id.isEmpty())
            return false; // panning and zooming still work between notes
        const bool takeBack =
            mouse->button() == Qt::RightButton || (mouse->modifiers() & Qt::ShiftModifier);
        vote(id, takeBack ? -1 : 1);
        m_pressTaken = true;
        return true;
    }
    case QEvent::MouseMove:
        // No drags of notes while voting; the rest of the gesture is ours.
        return m_pressTaken;
    case QEvent::MouseButtonRelease: {
        const bool taken = m_pressTaken;
        m_pressTaken = false;
        return taken;
    }
    case QEvent::ContextMenu: {
        // Over a note the right button takes a dot back instead.
        auto* menu = static_cast<QContextMenuEvent*>(event);
        return !noteAt(menu->pos()).isEmpty();
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace tandem
