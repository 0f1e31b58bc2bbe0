#include "translations.h"

#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace tandem {

namespace {

const QString resourceDir = QStringLiteral(":/i18n");

// Some files translate through a helper with a fixed context ("Exporter")
// while lupdate files the strings under the class or namespace it finds
// around the call ("tandem::Exporter", "tandem"). Looking in those contexts
// too keeps such strings translated without bending the code to the tool.
class TandemTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override {
        QString result = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!result.isEmpty() || !context)
            return result;
        const QByteArray name(context);
        const QByteArray alternatives[] = {
            name.startsWith("tandem::") ? name.mid(8) : QByteArray("tandem::") + name,
            QByteArrayLiteral("tandem"),
        };
        for (const QByteArray& other : alternatives) {
            result = QTranslator::translate(other.constData(), sourceText, disambiguation, n);
            if (!result.isEmpty())
                break;
        }
        return result;
    }
};

QPointer<QTranslator>& ownTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator>& qtTranslator() {
    static QPointer<QTranslator> translator;
    return translator;
}

// POSIX decides how numbers are written by LC_ALL, else LC_NUMERIC, else
// LANG: true when that names no locale (empty, C or POSIX).
bool numbersUnset() {
    QByteArray name = qgetenv("LC_ALL");
    if (name.isEmpty())
        name = qgetenv("LC_NUMERIC");
    if (name.isEmpty())
        name = qgetenv("LANG");
    return name.isEmpty() || name == "C" || name.startsWith("C.") || name == "POSIX";
}

// Whether install() set the default locale, which uninstall() then puts back.
bool& setDefaultLocale() {
    static bool set = false;
    return set;
}

} // namespace

QString Translations::translate(const QString& language, const char* context,
                                const char* sourceText) {
    // One translator per shipped language, loaded when first asked for and
    // never installed; other languages (whatever a page claims) get English.
    static const QStringList shipped = available();
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    QString translated;
    if (shipped.contains(language)) {
        auto it = loaded.find(language);
        if (it == loaded.end()) {
            auto translator = std::make_shared<TandemTranslator>();
            if (!translator->load(QStringLiteral("tandem_") + language, resourceDir))
                translator.reset();
            it = loaded.insert(language, translator);
        }
        if (*it)
            translated = (*it)->translate(context, sourceText);
    }
    return translated.isEmpty() ? QString::fromUtf8(sourceText) : translated;
}

QStringList Translations::available() {
    QStringList languages;
    const QStringList files =
        QDir(resourceDir).entryList({QStringLiteral("tandem_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages.append(file.mid(7).chopped(3));
    return languages;
}

void Translations::uninstall() {
    for (QPointer<QTranslator>* slot : {&ownTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete slot->data();
        }
    }
    if (setDefaultLocale()) {
        QLocale::setDefault(QLocale::system());
        setDefaultLocale() = false;
    }
}

QString Translations::install(const QString& language) {
    uninstall();
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = Settings::language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);

    auto* own = new TandemTranslator(QCoreApplication::instance());
    // Tries tandem_de_AT, tandem_de and so on, for each of the user's languages.
    if (!own->load(locale, QStringLiteral("tandem"), QStringLiteral("_"), resourceDir)) {
        delete own;
        return QString();
    }
    QCoreApplication::installTranslator(own);
    ownTranslator() = own;
    // Numbers and dates follow the system's locale. Where it sets no way of
    // writing numbers (LANGUAGE=de with LANG=C, which Qt reads as German
    // words with C numbers: "177,000 €"), they follow the translation's
    // language instead, so that German Tandem writes 177.000 €.
    if (numbersUnset()) {
        QLocale::setDefault(QLocale(own->language()));
        setDefaultLocale() = true;
    }

    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return own->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace tandem
