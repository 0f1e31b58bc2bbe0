#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace tandem {

class Document;

// The inspector's amount of a revenue stream or a cost (money.md): shows it
// in the user's locale with the session's currency, reads what is typed in
// either form (and "12k", "1.5M"), and sets it as one undo step on Enter or
// leaving the field. What cannot be read is refused in place, with the
// reason under the field, and the note keeps its amount.
class AmountField : public QWidget {
    Q_OBJECT

public:
    explicit AmountField(Document* document, QWidget* parent = nullptr);

    // The note whose amount the field shows; empty for none.
    void showElement(const QString& id);
    QLineEdit* edit() const { return m_edit; }
    QLabel* problemLabel() const { return m_problem; }

private:
    void commit();

    Document* m_document;
    QString m_id;
    QLineEdit* m_edit;
    QLabel* m_problem;
};

} // namespace tandem
