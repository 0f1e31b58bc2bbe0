#include "amountfield.h"

#include "document.h"
#include "moneyinput.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tandem {

AmountField::AmountField(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_edit(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    m_edit->setPlaceholderText(tr("per period, e.g. 12k"));
    m_edit->setAccessibleName(tr("Amount"));
    m_edit->setAccessibleDescription(
        tr("Revenue or cost per period, in the session's currency; empty for none"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc2, 0x3b, 0x00));
    m_problem->setPalette(warning);
    m_problem->hide();
    connect(m_edit, &QLineEdit::editingFinished, this, &AmountField::commit);
}

void AmountField::showElement(const QString& id) {
    if (id != m_id)
        m_problem->hide(); // a refusal belongs to the note it was typed for
    m_id = id;
    const Element* element = id.isEmpty() ? nullptr : m_document->element(id);
    if (m_edit->hasFocus() || !m_problem->isHidden())
        return; // what is being typed, or was refused, stays to be mended
    m_edit->setText(
        element && element->amount
            ? money::formatForLocale(element->amount->value, m_document->info().currency, locale())
            : QString());
}

void AmountField::commit() {
    if (m_id.isEmpty())
        return;
    const money::TypedAmount typed = money::parseTyped(m_edit->text(), locale());
    m_problem->setText(typed.problem);
    m_problem->setVisible(!typed.ok());
    if (!typed.ok())
        return;
    m_document->setElementAmount(m_id, typed.value ? std::optional(Figure{*typed.value, {}})
                                                   : std::nullopt);
    showElement(m_id);
}

} // namespace tandem
