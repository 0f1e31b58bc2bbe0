#pragma once

#include <QString>
#include <QStringList>

namespace tandem {

// Loads the user interface translation: Tandem's own (compiled by lrelease
// from resources/translations/tandem_LANG.ts into :/i18n) and Qt's
// (qtbase_LANG from Qt's translations folder, for the standard buttons and
// dialogs). The language is the one chosen in Preferences, else the
// system's; English needs no file.
class Translations {
public:
    // Installs the translators on the running application and returns the
    // language loaded ("de"), or an empty string for English.
    static QString install(const QString& language = QString());
    // Removes what install() put in place.
    static void uninstall();
    // The languages Tandem ships a translation for, besides English.
    static QStringList available();
    // `sourceText` in `language` ("de"), whatever language the application
    // speaks: for texts another person reads (the workshop room's pages).
    // English, or a language Tandem has no translation for, gives the source.
    static QString translate(const QString& language, const char* context, const char* sourceText);
};

} // namespace tandem
