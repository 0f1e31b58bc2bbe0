#pragma once

#include <QObject>
#include <QString>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;

namespace tandem {

class WindowHost;

// Dot voting: in vote mode a click on a note gives it one dot from the
// current participant (Shift+click or a right click takes one back); every
// dot is an undo step, counts show as a badge on the note (and so in
// exports), and "Clear Votes" removes them all in one step. Participants come
// from the session details; with none, dots are counted as "Anonymous".
class Voting : public QObject {
    Q_OBJECT

public:
    explicit Voting(WindowHost* host);

    QAction* voteModeAction() const { return m_voteMode; }
    QAction* clearAction() const { return m_clear; }
    QToolBar* toolBar() const { return m_toolBar; }
    QComboBox* participantBox() const { return m_participants; }

    bool isVoting() const;
    void setVoting(bool on);
    QString participant() const;
    void setParticipant(const QString& name);

    // One dot more (or less) for the current participant; false when the
    // id is not a note or there is no dot to take back.
    bool vote(const QString& elementId, int delta = 1);
    void clearVotes();
    // Recounts the dots for the bar and Clear Votes. Done on every change
    // only while voting; otherwise when a menu with the actions opens.
    void updateTally();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildParticipants();
    QString noteAt(const QPoint& viewportPos) const;

    WindowHost* m_host;
    QAction* m_voteMode;
    QAction* m_clear;
    QToolBar* m_toolBar;
    QComboBox* m_participants;
    QLabel* m_tally;
    bool m_pressTaken = false;
};

} // namespace tandem
