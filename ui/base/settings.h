#pragma once

#include <QByteArray>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace tandem {

// The user's preferences, as typed accessors over QSettings (organisation
// and application "Tandem"), so that every part of the editor reads the same
// key with the same default. The keys are public: other features (autosave,
// export) may read them directly, but should prefer these functions.
//
// Every call opens a short-lived QSettings, which is cheap (Qt caches the
// file) and keeps windows in different threads or processes in step.
class Settings {
public:
    // The keys, as stored in ~/.config/Tandem/Tandem.conf.
    static constexpr const char* ThemeKey = "appearance/theme";
    static constexpr const char* TextSizeKey = "canvas/textSize";
    static constexpr const char* DefaultNoteColorKey = "notes/defaultColor";
    static constexpr const char* AutosaveIntervalKey = "autosave/intervalSeconds";
    static constexpr const char* ExportPageSizeKey = "export/pageSize";
    static constexpr const char* WindowGeometryKey = "window/geometry";
    static constexpr const char* WindowStateKey = "window/state";
    static constexpr const char* WelcomeShownKey = "welcome/shown";
    static constexpr const char* WelcomeAtStartKey = "welcome/showAtStart";
    static constexpr const char* LanguageKey = "appearance/language";

    // The application's colours: the desktop's, or always light or dark.
    // The canvases themselves stay light paper in every theme.
    enum class ThemeChoice { System, Light, Dark };
    static ThemeChoice theme();
    static void setTheme(ThemeChoice choice);
    static QString themeName(ThemeChoice choice); // "system", "light", "dark"
    static ThemeChoice themeFromName(const QString& name);

    // Pixel size of note text at 100 % zoom; other canvas text follows it.
    static constexpr int DefaultTextSize = 15;
    static constexpr int MinTextSize = 11;
    static constexpr int MaxTextSize = 24;
    static int textSize();
    static void setTextSize(int pixels);

    // Colour of new notes: a palette name ("yellow", "blue", ...) or empty
    // for the block's own default.
    static QString defaultNoteColor();
    static void setDefaultNoteColor(const QString& color);

    // Seconds between autosaves of the recovery file; 0 turns autosave off.
    static constexpr int DefaultAutosaveInterval = 30;
    static int autosaveIntervalSeconds();
    static void setAutosaveIntervalSeconds(int seconds);

    // Page size of PDF exports and printing, by name ("A4", "A3", "Letter"...).
    static QString exportPageSizeName();
    static void setExportPageSizeName(const QString& name);
    static QPageSize exportPageSize();
    static QPageSize pageSizeFromName(const QString& name); // A3 if unknown
    // The names offered in Preferences, in the order shown.
    static QStringList exportPageSizeNames();

    // The user interface language: empty follows the system locale, else a
    // locale name such as "de" or "en".
    static QString language();
    static void setLanguage(const QString& name);

    // Main window geometry and dock layout (QMainWindow::saveState).
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray& geometry, const QByteArray& state);

    // The welcome page: whether it was ever shown, and whether it shows
    // whenever Tandem starts without a file.
    static bool welcomeShown();
    static void setWelcomeShown(bool shown);
    static bool showWelcomeAtStart();
    static void setShowWelcomeAtStart(bool show);
};

} // namespace tandem
