#pragma once

#include "settings.h"

#include <QPalette>

namespace tandem {

// Applies the theme and canvas text size from Settings to the running
// application. Qt 6.4 cannot ask the desktop for its colour scheme
// (QStyleHints::colorScheme arrived in 6.5), so "follow system" looks at the
// platform palette, GTK_THEME and GNOME's color-scheme setting; light and
// dark use the Fusion style with a palette of our own. The canvases stay
// white paper for the projector; the surroundings, docks and bars follow.
class Appearance {
public:
    // Applies every appearance setting; call at start and after Preferences.
    static void applyFromSettings();
    static void applyTheme(Settings::ThemeChoice choice);
    // Changes the note text size and relays out every open scene.
    static void applyTextSize(int pixels);

    // Whether the theme in effect is dark.
    static bool isDark();
    // Whether the desktop asks for dark colours (see the class comment).
    static bool systemPrefersDark();

    static QPalette lightPalette();
    static QPalette darkPalette();

private:
    static void refreshViews();
};

} // namespace tandem
