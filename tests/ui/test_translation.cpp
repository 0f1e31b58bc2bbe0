// Translations: the shipped German translation covers every string in the
// sources today (lupdate is run on them into a scratch file and compared),
// keeps the placeholders and shortcut keys of each, and loading it turns
// the editor German, Qt's own buttons included.

#include "mainwindow.h"
#include "testtime.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>

namespace tandem::test {

namespace {

const QString sourceRoot = QDir(QStringLiteral(TANDEM_RESOURCE_DIR "/..")).absolutePath();
const QString shippedTs = QStringLiteral(TANDEM_RESOURCE_DIR "/translations/tandem_de.ts");

struct Message {
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
};

// (context, source, comment) -> message
using Catalogue = std::map<std::tuple<QString, QString, QString>, Message>;

Catalogue readTs(const QString& path) {
    Catalogue result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{};
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                comment.clear();
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            result[{context, source, comment}] = message;
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return result;
}

QString lupdatePath() {
    for (const auto location : {QLibraryInfo::BinariesPath, QLibraryInfo::LibraryExecutablesPath}) {
        const QString candidate =
            QDir(QLibraryInfo::path(location)).filePath(QStringLiteral("lupdate"));
        if (QFile::exists(candidate))
            return candidate;
    }
    return QStringLiteral("lupdate");
}

// %1..%99 and %n, sorted; a translation must use the same ones.
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const auto& match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^& ]"));
    return pattern.match(text).hasMatch();
}

std::string describe(const std::tuple<QString, QString, QString>& key) {
    return (std::get<0>(key) + QStringLiteral(": \"") + std::get<1>(key) + QLatin1Char('"'))
        .toStdString();
}

TEST(Translation, GermanCoversEverySourceString) {
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    const QString fresh = scratch.filePath(QStringLiteral("fresh_de.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceRoot);
    lupdate.start(lupdatePath(),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("core"),
                   QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
    ASSERT_TRUE(lupdate.waitForFinished(scaledMs(120000))) << "lupdate did not finish";
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    const Catalogue sources = readTs(fresh);
    const Catalogue shipped = readTs(shippedTs);
    ASSERT_GT(sources.size(), 500u)
        << "lupdate found too few strings in " << sourceRoot.toStdString();

    QStringList missing;
    QStringList unfinished;
    for (const auto& [key, message] : sources) {
        const auto it = shipped.find(key);
        if (it == shipped.end()) {
            missing.append(QString::fromStdString(describe(key)));
            continue;
        }
        const Message& german = it->second;
        const bool empty = german.translations.isEmpty() ||
                           std::any_of(german.translations.cbegin(), german.translations.cend(),
                                       [](const QString& text) { return text.isEmpty(); });
        if (!german.type.isEmpty() || empty)
            unfinished.append(QString::fromStdString(describe(key)));
    }
    EXPECT_TRUE(missing.isEmpty())
        << missing.size() << " source strings are not in " << shippedTs.toStdString()
        << "; run `cmake --build BUILD --target update_translations` and translate them:\n"
        << missing.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(unfinished.isEmpty())
        << unfinished.size() << " strings are unfinished or empty in German:\n"
        << unfinished.join(QLatin1Char('\n')).toStdString();
}

TEST(Translation, GermanKeepsPlaceholdersAndShortcutKeys) {
    const Catalogue shipped = readTs(shippedTs);
    ASSERT_FALSE(shipped.empty());
    for (const auto& [key, message] : shipped) {
        const QString& source = std::get<1>(key);
        for (const QString& translation : message.translations) {
            QStringList expected = placeholders(source);
            QStringList actual = placeholders(translation);
            // The singular may spell out the one ("1 Notiz") instead of %n.
            if (message.numerus && &translation == &message.translations.first()) {
                expected.removeAll(QStringLiteral("%n"));
                actual.removeAll(QStringLiteral("%n"));
            }
            EXPECT_EQ(actual, expected) << describe(key) << " -> " << translation.toStdString();
            EXPECT_EQ(hasMnemonic(translation), hasMnemonic(source))
                << "shortcut key (&) lost or added: " << describe(key) << " -> "
                << translation.toStdString();
        }
    }
}

TEST(Translation, LoadingGermanTranslatesTheEditor) {
    EXPECT_TRUE(Translations::available().contains(QStringLiteral("de")));
    ASSERT_EQ(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    {
        MainWindow window;
        EXPECT_EQ(window.fileMenu()->title(), QStringLiteral("&Datei"));
        EXPECT_EQ(window.helpMenu()->title(), QStringLiteral("&Hilfe"));
        // Strings translated through a helper with its own context.
        EXPECT_EQ(QCoreApplication::translate("Exporter", "cannot add a page"),
                  QStringLiteral("es kann keine Seite hinzugefügt werden"));
        EXPECT_EQ(QCoreApplication::translate("Block", "Value Propositions"),
                  QStringLiteral("Wertangebote"));
        EXPECT_EQ(QCoreApplication::translate("tandem::MainWindow", "%n notes", nullptr, 3),
                  QStringLiteral("3 Notizen"));
        EXPECT_EQ(QCoreApplication::translate("tandem::MainWindow", "%n notes", nullptr, 1),
                  QStringLiteral("1 Notiz"));
        // Qt's own strings come from qtbase_de, where Qt ships it.
        if (QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                              .filePath(QStringLiteral("qtbase_de.qm")))) {
            QDialogButtonBox buttons(QDialogButtonBox::Cancel);
            EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                      QStringLiteral("Abbrechen"));
        }
    }
    Translations::uninstall();
    EXPECT_EQ(QCoreApplication::translate("Block", "Value Propositions"),
              QStringLiteral("Value Propositions"));
}

TEST(Translation, EnglishNeedsNoFile) {
    EXPECT_EQ(Translations::install(QStringLiteral("en")), QString());
    EXPECT_EQ(QCoreApplication::translate("Block", "Value Propositions"),
              QStringLiteral("Value Propositions"));
    Translations::uninstall();
}

} // namespace

} // namespace tandem::test
