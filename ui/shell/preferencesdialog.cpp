#include "preferencesdialog.h"

#include "appearance.h"
#include "model.h"
#include "settings.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tandem {

namespace {

QIcon swatch(const QColor& fill, const QColor& border) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 2, 2);
    return QIcon(pixmap);
}

// Sets the name a screen reader speaks and the label's buddy, so the
// label's mnemonic moves the focus to the field.
QLabel* label(const QString& text, QWidget* field, const QString& description) {
    auto* result = new QLabel(text);
    result->setBuddy(field);
    QString name = text;
    name.remove(QLatin1Char('&'));
    name.remove(QLatin1Char(':'));
    field->setAccessibleName(name.trimmed());
    field->setAccessibleDescription(description);
    field->setToolTip(description);
    return result;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_textSize(new QSpinBox(this))
    , m_noteColor(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
    , m_pageSize(new QComboBox(this)) {
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    setAccessibleName(tr("Preferences"));
    setMinimumWidth(460);

    m_theme->addItem(tr("Follow the system"), Settings::themeName(Settings::ThemeChoice::System));
    m_theme->addItem(tr("Light"), Settings::themeName(Settings::ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), Settings::themeName(Settings::ThemeChoice::Dark));

    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));

    m_textSize->setRange(Settings::MinTextSize, Settings::MaxTextSize);
    m_textSize->setSuffix(tr(" px"));

    m_noteColor->addItem(tr("Block default"), QString());
    for (const QString& name : paletteNames()) {
        const QColor fill = Theme::paletteColor(name);
        m_noteColor->addItem(swatch(fill, Theme::noteBorder(fill)), Theme::paletteTitle(name),
                             name);
    }

    m_autosave->setRange(0, 3600);
    m_autosave->setSingleStep(10);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));

    for (const QString& name : Settings::exportPageSizeNames()) {
        const QPageSize size = Settings::pageSizeFromName(name);
        const bool metric = name.startsWith(QLatin1Char('A'));
        const QSizeF dimensions = size.size(metric ? QPageSize::Millimeter : QPageSize::Inch);
        const QString text = metric ? tr("%1 (%2 \u00d7 %3 mm)")
                                          .arg(name)
                                          .arg(qRound(dimensions.width()))
                                          .arg(qRound(dimensions.height()))
                                    : tr("%1 (%2 \u00d7 %3 in)")
                                          .arg(name, QLocale().toString(dimensions.width(), 'g', 3),
                                               QLocale().toString(dimensions.height(), 'g', 3));
        m_pageSize->addItem(text, name);
    }

    auto* look = new QGroupBox(tr("Appearance"), this);
    auto* lookForm = new QFormLayout(look);
    lookForm->addRow(label(tr("&Theme:"), m_theme,
                           tr("Colours of the window, docks and toolbars. The canvases stay "
                              "white paper in every theme.")),
                     m_theme);
    lookForm->addRow(label(tr("&Language:"), m_language,
                           tr("Language of menus and dialogs; takes effect when Tandem starts "
                              "again.")),
                     m_language);
    lookForm->addRow(label(tr("Canvas &text size:"), m_textSize,
                           tr("Size of note text at 100 % zoom. Larger text reads better from "
                              "the back of the room.")),
                     m_textSize);

    auto* editing = new QGroupBox(tr("Notes and Files"), this);
    auto* editingForm = new QFormLayout(editing);
    editingForm->addRow(label(tr("New note &colour:"), m_noteColor,
                              tr("Colour of notes you add. Block default uses yellow on the "
                                 "Business Model Canvas and blue on the Operating Model Canvas.")),
                        m_noteColor);
    editingForm->addRow(label(tr("&Autosave every:"), m_autosave,
                              tr("How often unsaved changes are kept in a recovery file. Your "
                                 "own file is only written when you save.")),
                        m_autosave);
    editingForm->addRow(
        label(tr("Export &page size:"), m_pageSize, tr("Paper size of PDF exports and printing.")),
        m_pageSize);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(look);
    layout->addWidget(editing);
    layout->addStretch();
    layout->addWidget(buttons);
    load();
}

void PreferencesDialog::edit(QWidget* parent) {
    PreferencesDialog dialog(parent);
    if (dialog.exec() == QDialog::Accepted)
        dialog.apply();
}

void PreferencesDialog::load() {
    auto select = [](QComboBox* box, const QString& value) {
        const int index = box->findData(value);
        box->setCurrentIndex(std::max(0, index));
    };
    select(m_theme, Settings::themeName(Settings::theme()));
    select(m_language, Settings::language());
    m_textSize->setValue(Settings::textSize());
    select(m_noteColor, Settings::defaultNoteColor());
    m_autosave->setValue(Settings::autosaveIntervalSeconds());
    select(m_pageSize, Settings::exportPageSizeName());
}

void PreferencesDialog::restoreDefaults() {
    m_theme->setCurrentIndex(0);
    m_language->setCurrentIndex(0);
    m_textSize->setValue(Settings::DefaultTextSize);
    m_noteColor->setCurrentIndex(0);
    m_autosave->setValue(Settings::DefaultAutosaveInterval);
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(QStringLiteral("A3"))));
}

void PreferencesDialog::apply() {
    Settings::setTheme(Settings::themeFromName(m_theme->currentData().toString()));
    Settings::setLanguage(m_language->currentData().toString());
    Settings::setTextSize(m_textSize->value());
    Settings::setDefaultNoteColor(m_noteColor->currentData().toString());
    Settings::setAutosaveIntervalSeconds(m_autosave->value());
    Settings::setExportPageSizeName(m_pageSize->currentData().toString());
    Appearance::applyFromSettings();
}

} // namespace tandem
