#include "settings.h"

#include "theme.h"

#include <QSettings>

#include <algorithm>

namespace tandem {

namespace {

QVariant read(const char* key, const QVariant& fallback = {}) {
    return QSettings().value(QLatin1String(key), fallback);
}

void write(const char* key, const QVariant& value) {
    QSettings().setValue(QLatin1String(key), value);
}

struct PageSizeName {
    const char* name;
    QPageSize::PageSizeId id;
};

// The sizes a facilitator prints a canvas on: A3 is the usual wall poster
// size in Europe, Tabloid (11 x 17 in) its American cousin.
const PageSizeName pageSizes[] = {
    {"A4", QPageSize::A4},       {"A3", QPageSize::A3},           {"A2", QPageSize::A2},
    {"A1", QPageSize::A1},       {"A0", QPageSize::A0},           {"Letter", QPageSize::Letter},
    {"Legal", QPageSize::Legal}, {"Tabloid", QPageSize::Tabloid},
};

const QString defaultPageSize = QStringLiteral("A3");

} // namespace

Settings::ThemeChoice Settings::theme() {
    return themeFromName(read(ThemeKey).toString());
}

void Settings::setTheme(ThemeChoice choice) {
    write(ThemeKey, themeName(choice));
}

QString Settings::themeName(ThemeChoice choice) {
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

Settings::ThemeChoice Settings::themeFromName(const QString& name) {
    if (name == QLatin1String("light"))
        return ThemeChoice::Light;
    if (name == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

int Settings::textSize() {
    bool ok = false;
    const int size = read(TextSizeKey, DefaultTextSize).toInt(&ok);
    return ok ? std::clamp(size, MinTextSize, MaxTextSize) : DefaultTextSize;
}

void Settings::setTextSize(int pixels) {
    write(TextSizeKey, std::clamp(pixels, MinTextSize, MaxTextSize));
}

QString Settings::defaultNoteColor() {
    const QString color = read(DefaultNoteColorKey).toString();
    // A name that is no longer in the palette falls back to the block's colour.
    return Theme::paletteColor(color).isValid() ? color : QString();
}

void Settings::setDefaultNoteColor(const QString& color) {
    write(DefaultNoteColorKey, color);
}

int Settings::autosaveIntervalSeconds() {
    bool ok = false;
    const int seconds = read(AutosaveIntervalKey, DefaultAutosaveInterval).toInt(&ok);
    return ok && seconds >= 0 ? seconds : DefaultAutosaveInterval;
}

void Settings::setAutosaveIntervalSeconds(int seconds) {
    write(AutosaveIntervalKey, std::max(0, seconds));
}

QString Settings::exportPageSizeName() {
    const QString name = read(ExportPageSizeKey, defaultPageSize).toString();
    for (const PageSizeName& size : pageSizes) {
        if (name.compare(QLatin1String(size.name), Qt::CaseInsensitive) == 0)
            return QLatin1String(size.name);
    }
    return defaultPageSize;
}

void Settings::setExportPageSizeName(const QString& name) {
    write(ExportPageSizeKey, name);
}

QPageSize Settings::exportPageSize() {
    return pageSizeFromName(exportPageSizeName());
}

QPageSize Settings::pageSizeFromName(const QString& name) {
    for (const PageSizeName& size : pageSizes) {
        if (name.compare(QLatin1String(size.name), Qt::CaseInsensitive) == 0)
            return QPageSize(size.id);
    }
    return QPageSize(QPageSize::A3);
}

QStringList Settings::exportPageSizeNames() {
    QStringList names;
    for (const PageSizeName& size : pageSizes)
        names.append(QLatin1String(size.name));
    return names;
}

QString Settings::language() {
    return read(LanguageKey).toString();
}

void Settings::setLanguage(const QString& name) {
    write(LanguageKey, name);
}

QByteArray Settings::windowGeometry() {
    return read(WindowGeometryKey).toByteArray();
}

QByteArray Settings::windowState() {
    return read(WindowStateKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry, const QByteArray& state) {
    QSettings settings;
    settings.setValue(QLatin1String(WindowGeometryKey), geometry);
    settings.setValue(QLatin1String(WindowStateKey), state);
}

bool Settings::welcomeShown() {
    return read(WelcomeShownKey, false).toBool();
}

void Settings::setWelcomeShown(bool shown) {
    write(WelcomeShownKey, shown);
}

bool Settings::showWelcomeAtStart() {
    return read(WelcomeAtStartKey, true).toBool();
}

void Settings::setShowWelcomeAtStart(bool show) {
    write(WelcomeAtStartKey, show);
}

} // namespace tandem
