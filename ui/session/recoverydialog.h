#pragma once

#include "recovery.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tandem {

// One autosaved session found at start, already read back and verified.
struct RecoveredSession {
    RecoveryEntry entry;
    Session session;
};

// Asks, at start after a crash, what to do with each autosaved session:
// Restore it (the user's work comes back, unsaved), Show it (a copy to look
// at first; the recovery file stays), or Discard it. Files that could not be
// read are listed as problems; they were moved aside and never block a start.
// "Decide Later" closes the dialog and keeps what is left for the next start.
class RecoveryDialog : public QDialog {
    Q_OBJECT

public:
    enum class Answer { Restore, Show, Discard };

    RecoveryDialog(const std::vector<RecoveredSession>& sessions, const QStringList& problems,
                   QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* button(Answer answer) const;
    // Answers for the selected session, as the buttons do.
    void answerSelected(Answer answer);

    // "12 notes, 2 snapshots"
    static QString describe(const Session& session);

Q_SIGNALS:
    // `index` is the session's position in the list given to the constructor.
    void answered(int index, tandem::RecoveryDialog::Answer answer);

private:
    void updateButtons();

    QTreeWidget* m_list;
    QPushButton* m_restore;
    QPushButton* m_show;
    QPushButton* m_discard;
    QPushButton* m_later;
};

} // namespace tandem
