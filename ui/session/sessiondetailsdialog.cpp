#include "sessiondetailsdialog.h"

#include "document.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

QDate SessionDetailsDialog::noDate() {
    return QDate(1900, 1, 1);
}

SessionDetailsDialog::SessionDetailsDialog(const SessionInfo& info, QWidget* parent)
    : QDialog(parent)
    , m_original(info)
    , m_title(new QLineEdit(info.title, this))
    , m_organisation(new QLineEdit(info.organisation, this))
    , m_facilitator(new QLineEdit(info.facilitator, this))
    , m_participants(new QPlainTextEdit(info.participants.join(QLatin1Char('\n')), this))
    , m_date(new QDateEdit(this))
    , m_notes(new QPlainTextEdit(info.notes, this))
    , m_currency(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_titleHint(new QLabel(tr("A session needs a title."), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Session Details"));
    setObjectName(QStringLiteral("sessionDetailsDialog"));

    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What the workshop is about"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setPlaceholderText(tr("One name per line, or names separated by commas"));
    m_participants->setTabChangesFocus(true);
    m_participants->setMinimumHeight(96);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Purpose, agreements, follow-ups\u2026"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(96);

    // The earliest date stands for "none": QDateEdit has no empty state.
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(noDate());
    m_date->setSpecialValueText(tr("No date"));
    const QDate parsed = QDate::fromString(info.date, Qt::ISODate);
    m_date->setDate(parsed.isValid() ? parsed : noDate());
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_dateTouched = true; });
    auto* today = new QToolButton(this);
    today->setText(tr("Today"));
    today->setAccessibleName(tr("Set the date to today"));
    connect(today, &QToolButton::clicked, this, [this] { m_date->setDate(QDate::currentDate()); });
    auto* clear = new QToolButton(this);
    clear->setText(tr("No Date"));
    clear->setAccessibleName(tr("Clear the date"));
    connect(clear, &QToolButton::clicked, this, [this] { m_date->setDate(noDate()); });
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(today);
    dateRow->addWidget(clear);
    if (!info.date.isEmpty() && !parsed.isValid()) {
        // Written by hand or another tool ("2024-Q3"): kept unless changed here.
        m_date->setToolTip(
            tr("The file says \u201c%1\u201d; it is kept unless you pick a date.").arg(info.date));
    }

    QPalette hintPalette = m_titleHint->palette();
    hintPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x3a, 0x00));
    m_titleHint->setPalette(hintPalette);

    setUpMoney(info);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(buddyLabel(tr("&Title:"), m_title), m_title);
    form->addRow(QString(), m_titleHint);
    form->addRow(buddyLabel(tr("&Organisation:"), m_organisation), m_organisation);
    form->addRow(buddyLabel(tr("&Facilitator:"), m_facilitator), m_facilitator);
    form->addRow(buddyLabel(tr("&Participants:"), m_participants), m_participants);
    form->addRow(buddyLabel(tr("&Date:"), m_date), dateRow);
    form->addRow(buddyLabel(tr("&Notes:"), m_notes), m_notes);
    auto* money = new QHBoxLayout;
    money->addWidget(m_currency);
    money->addWidget(m_period, 1);
    form->addRow(buddyLabel(tr("&Money:"), m_currency), money);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &SessionDetailsDialog::updateOk);
    updateOk();
    resize(520, sizeHint().height());
    m_title->setFocus();
    m_title->selectAll();
}

// Currency and period of the amounts (money.md): a code of three capitals or
// none, and month, quarter or year (a year when the file names none).
void SessionDetailsDialog::setUpMoney(const SessionInfo& info) {
    m_currency->setEditable(true);
    m_currency->addItems({QString(), QStringLiteral("EUR"), QStringLiteral("USD"),
                          QStringLiteral("GBP"), QStringLiteral("CHF"), QStringLiteral("JPY")});
    m_currency->setEditText(info.currency);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMinimumContentsLength(6);
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setToolTip(tr("The currency of the amounts, as an ISO 4217 code such as EUR"));
    m_period->addItem(tr("per year"), QStringLiteral("year"));
    m_period->addItem(tr("per quarter"), QStringLiteral("quarter"));
    m_period->addItem(tr("per month"), QStringLiteral("month"));
    m_period->setCurrentIndex(std::max(0, m_period->findData(info.period)));
    m_period->setAccessibleName(tr("Period of the amounts"));
    connect(m_currency, &QComboBox::editTextChanged, this, &SessionDetailsDialog::updateOk);
}

void SessionDetailsDialog::updateOk() {
    const int currency = m_currency->currentText().trimmed().size();
    const bool ok = !m_title->text().trimmed().isEmpty() && (currency == 0 || currency == 3);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_titleHint->setVisible(!ok);
}

QStringList SessionDetailsDialog::parseParticipants(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    if (lines.size() == 1)
        lines = lines.first().split(QLatin1Char(','));
    QStringList names;
    for (const QString& name : lines) {
        const QString simplified = name.simplified();
        if (!simplified.isEmpty() && !names.contains(simplified))
            names.append(simplified);
    }
    return names;
}

SessionInfo SessionDetailsDialog::info() const {
    SessionInfo info = m_original;
    auto edited = [](const QLineEdit* edit, const QString& before) {
        return edit->text() == before ? before : edit->text().trimmed();
    };
    info.title = edited(m_title, m_original.title);
    info.organisation = edited(m_organisation, m_original.organisation);
    info.facilitator = edited(m_facilitator, m_original.facilitator);
    // Untouched fields stay exactly as the file had them (a lone "Smith, Ada"
    // is not split, notes keep their trailing line break).
    const QString participants = m_participants->toPlainText();
    if (participants != m_original.participants.join(QLatin1Char('\n')))
        info.participants = parseParticipants(participants);
    if (m_notes->toPlainText() != m_original.notes)
        info.notes = m_notes->toPlainText().trimmed();
    info.currency = m_currency->currentText().trimmed().toUpper();
    const QString period = m_period->currentData().toString();
    // A year is what no period means: an untouched file keeps saying nothing.
    if (!(period == QLatin1String("year") && m_original.period.isEmpty()))
        info.period = period;
    if (m_dateTouched) {
        const QDate date = m_date->date();
        info.date = date == noDate() ? QString() : date.toString(Qt::ISODate);
    }
    return info;
}

bool SessionDetailsDialog::edit(Document* document, QWidget* parent) {
    SessionDetailsDialog dialog(document->info(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const SessionInfo info = dialog.info();
    if (info == document->info())
        return false;
    document->setSessionInfo(info);
    return true;
}

} // namespace tandem
