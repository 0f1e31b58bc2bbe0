#pragma once

#include "model.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tandem {

class Document;

// Edits who, when and what for: the session's title (required),
// organisation, facilitator, participants, date and notes. The canvases'
// headers, the window title and every export show them. Accepting changes
// the document in one undo step; fields the dialog does not show (unknown
// keys, a date Tandem cannot read) are kept as they were.
class SessionDetailsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SessionDetailsDialog(const SessionInfo& info, QWidget* parent = nullptr);

    // The details as edited.
    SessionInfo info() const;

    // Shows the dialog for a document; true when the user accepted and
    // something changed (one undo step was pushed).
    static bool edit(Document* document, QWidget* parent);

    // "Ada\nBo" or "Ada, Bo" -> {"Ada", "Bo"}. Several lines mean one name a
    // line (so "Smith, Ada" can be one name); a single line is split at commas.
    static QStringList parseParticipants(const QString& text);

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    QLineEdit* facilitatorEdit() const { return m_facilitator; }
    QPlainTextEdit* participantsEdit() const { return m_participants; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QComboBox* currencyBox() const { return m_currency; }
    QComboBox* periodBox() const { return m_period; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // The QDateEdit's special value that stands for "no date".
    static QDate noDate();

private:
    void updateOk();
    void setUpMoney(const SessionInfo& info);

    SessionInfo m_original;
    QLineEdit* m_title;
    QLineEdit* m_organisation;
    QLineEdit* m_facilitator;
    QPlainTextEdit* m_participants;
    QDateEdit* m_date;
    QPlainTextEdit* m_notes;
    QComboBox* m_currency; // the money's ISO 4217 code, or empty
    QComboBox* m_period;   // what every amount is per
    QLabel* m_titleHint;
    QDialogButtonBox* m_buttons;
    bool m_dateTouched = false;
};

} // namespace tandem
