#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace tandem {

// Edit > Preferences: theme, language, canvas text size, default note
// colour, autosave interval and export page size. Shows what Settings
// holds; OK writes it back and applies the look at once (the language
// needs a restart, which the dialog says).
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Shows the dialog modally and applies the result.
    static void edit(QWidget* parent);

    // Writes the fields to Settings and applies theme and text size.
    void apply();
    // Puts the defaults into the fields (not yet saved).
    void restoreDefaults();

    QComboBox* themeBox() const { return m_theme; }
    QComboBox* languageBox() const { return m_language; }
    QSpinBox* textSizeBox() const { return m_textSize; }
    QComboBox* noteColorBox() const { return m_noteColor; }
    QSpinBox* autosaveBox() const { return m_autosave; }
    QComboBox* pageSizeBox() const { return m_pageSize; }

private:
    void load();

    QComboBox* m_theme;
    QComboBox* m_language;
    QSpinBox* m_textSize;
    QComboBox* m_noteColor;
    QSpinBox* m_autosave;
    QComboBox* m_pageSize;
};

} // namespace tandem
