// Settings: every key round-trips with its default, the Preferences dialog
// shows and writes them, the window remembers its geometry and docks, and
// the theme, text size and note colour reach the editor.

#include "appearance.h"
#include "inspectordock.h"
#include "outlinedock.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "settingsfeature.h"
#include "theme.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace tandem::test {

namespace {

const char* const allKeys[] = {
    Settings::ThemeKey,
    Settings::TextSizeKey,
    Settings::DefaultNoteColorKey,
    Settings::AutosaveIntervalKey,
    Settings::ExportPageSizeKey,
    Settings::WindowGeometryKey,
    Settings::WindowStateKey,
    Settings::WelcomeShownKey,
    Settings::WelcomeAtStartKey,
    Settings::LanguageKey,
};

void clearSettings() {
    QSettings settings;
    for (const char* key : allKeys)
        settings.remove(QLatin1String(key));
}

// Every test starts from and leaves behind the defaults, and the look the
// other tests expect (light surroundings, 15 px text).
class SettingsTest : public WindowTest {
protected:
    void SetUp() override {
        clearSettings();
        WindowTest::SetUp();
    }
    void TearDown() override {
        WindowTest::TearDown();
        clearSettings();
        Appearance::applyFromSettings();
    }
};

TEST(SettingsStorage, TestsNeverTouchTheUsersSettings) {
    // tests/ui/main.cpp points XDG_CONFIG_HOME at a throwaway folder.
    const QString home = qEnvironmentVariable("XDG_CONFIG_HOME");
    ASSERT_FALSE(home.isEmpty());
    EXPECT_TRUE(QSettings().fileName().startsWith(home)) << QSettings().fileName().toStdString();
    EXPECT_FALSE(home.startsWith(QDir::homePath() + QLatin1String("/.config")));
}

TEST(SettingsStorage, DefaultsWhenNothingIsStored) {
    clearSettings();
    EXPECT_EQ(Settings::theme(), Settings::ThemeChoice::System);
    EXPECT_EQ(Settings::textSize(), 15);
    EXPECT_EQ(Settings::defaultNoteColor(), QString());
    EXPECT_EQ(Settings::autosaveIntervalSeconds(), 30);
    EXPECT_EQ(Settings::exportPageSizeName(), QStringLiteral("A3"));
    EXPECT_EQ(Settings::exportPageSize().id(), QPageSize::A3);
    EXPECT_EQ(Settings::language(), QString());
    EXPECT_TRUE(Settings::windowGeometry().isEmpty());
    EXPECT_FALSE(Settings::welcomeShown());
    EXPECT_TRUE(Settings::showWelcomeAtStart());
}

TEST(SettingsStorage, EveryKeyRoundTrips) {
    clearSettings();
    Settings::setTheme(Settings::ThemeChoice::Dark);
    Settings::setTextSize(19);
    Settings::setDefaultNoteColor(QStringLiteral("teal"));
    Settings::setAutosaveIntervalSeconds(120);
    Settings::setExportPageSizeName(QStringLiteral("Letter"));
    Settings::setLanguage(QStringLiteral("de"));
    Settings::setWindowGeometry("geometry", "state");
    Settings::setWelcomeShown(true);
    Settings::setShowWelcomeAtStart(false);
    QSettings().sync();

    EXPECT_EQ(Settings::theme(), Settings::ThemeChoice::Dark);
    EXPECT_EQ(Settings::textSize(), 19);
    EXPECT_EQ(Settings::defaultNoteColor(), QStringLiteral("teal"));
    EXPECT_EQ(Settings::autosaveIntervalSeconds(), 120);
    EXPECT_EQ(Settings::exportPageSizeName(), QStringLiteral("Letter"));
    EXPECT_EQ(Settings::exportPageSize().id(), QPageSize::Letter);
    EXPECT_EQ(Settings::language(), QStringLiteral("de"));
    EXPECT_EQ(Settings::windowGeometry(), QByteArray("geometry"));
    EXPECT_EQ(Settings::windowState(), QByteArray("state"));
    EXPECT_TRUE(Settings::welcomeShown());
    EXPECT_FALSE(Settings::showWelcomeAtStart());

    // The keys other features read directly (autosave, export) are the
    // documented ones, with plain values.
    QSettings raw;
    EXPECT_EQ(raw.value(QStringLiteral("autosave/intervalSeconds")).toInt(), 120);
    EXPECT_EQ(raw.value(QStringLiteral("export/pageSize")).toString(), QStringLiteral("Letter"));
    EXPECT_EQ(raw.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
    clearSettings();
}

TEST(SettingsStorage, BadValuesFallBackToDefaults) {
    clearSettings();
    QSettings raw;
    raw.setValue(QLatin1String(Settings::ThemeKey), QStringLiteral("purple"));
    raw.setValue(QLatin1String(Settings::TextSizeKey), QStringLiteral("huge"));
    raw.setValue(QLatin1String(Settings::DefaultNoteColorKey), QStringLiteral("ultraviolet"));
    raw.setValue(QLatin1String(Settings::AutosaveIntervalKey), -5);
    raw.setValue(QLatin1String(Settings::ExportPageSizeKey), QStringLiteral("B17"));
    raw.sync();
    EXPECT_EQ(Settings::theme(), Settings::ThemeChoice::System);
    EXPECT_EQ(Settings::textSize(), 15);
    EXPECT_EQ(Settings::defaultNoteColor(), QString());
    EXPECT_EQ(Settings::autosaveIntervalSeconds(), 30);
    EXPECT_EQ(Settings::exportPageSizeName(), QStringLiteral("A3"));
    // Out of range sizes are clamped, page names are case-insensitive.
    Settings::setTextSize(200);
    EXPECT_EQ(Settings::textSize(), Settings::MaxTextSize);
    raw.setValue(QLatin1String(Settings::ExportPageSizeKey), QStringLiteral("a4"));
    EXPECT_EQ(Settings::exportPageSizeName(), QStringLiteral("A4"));
    clearSettings();
}

TEST_F(SettingsTest, PreferencesDialogShowsAndWritesTheSettings) {
    Settings::setAutosaveIntervalSeconds(90);
    Settings::setExportPageSizeName(QStringLiteral("A2"));
    PreferencesDialog dialog(window.get());
    EXPECT_EQ(dialog.autosaveBox()->value(), 90);
    EXPECT_EQ(dialog.pageSizeBox()->currentData().toString(), QStringLiteral("A2"));
    EXPECT_EQ(dialog.textSizeBox()->value(), 15);
    EXPECT_EQ(dialog.themeBox()->currentData().toString(), QStringLiteral("system"));
    // Every field can be named by a screen reader.
    const QList<QWidget*> fields{dialog.themeBox(),     dialog.languageBox(), dialog.textSizeBox(),
                                 dialog.noteColorBox(), dialog.autosaveBox(), dialog.pageSizeBox()};
    for (QWidget* field : fields)
        EXPECT_FALSE(field->accessibleName().isEmpty());

    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("light")));
    dialog.textSizeBox()->setValue(18);
    dialog.noteColorBox()->setCurrentIndex(dialog.noteColorBox()->findData(QStringLiteral("pink")));
    dialog.autosaveBox()->setValue(0);
    dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(QStringLiteral("A4")));
    dialog.apply();
    EXPECT_EQ(Settings::theme(), Settings::ThemeChoice::Light);
    EXPECT_EQ(Settings::textSize(), 18);
    EXPECT_EQ(Settings::defaultNoteColor(), QStringLiteral("pink"));
    EXPECT_EQ(Settings::autosaveIntervalSeconds(), 0);
    EXPECT_EQ(Settings::exportPageSizeName(), QStringLiteral("A4"));
    EXPECT_EQ(Theme::noteTextSize(), 18);

    dialog.restoreDefaults();
    EXPECT_EQ(dialog.autosaveBox()->value(), 30);
    EXPECT_EQ(dialog.pageSizeBox()->currentData().toString(), QStringLiteral("A3"));
    EXPECT_EQ(dialog.textSizeBox()->value(), 15);
    EXPECT_EQ(dialog.noteColorBox()->currentData().toString(), QString());
}

TEST_F(SettingsTest, PreferencesActionIsInTheEditMenuWithAKey) {
    auto* action = window->findChild<QAction*>(QStringLiteral("preferencesAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(window->editMenu()->actions().contains(action));
    EXPECT_FALSE(action->shortcut().isEmpty());
    EXPECT_EQ(action->menuRole(), QAction::PreferencesRole);
}

TEST_F(SettingsTest, WindowGeometryAndDocksAreRestored) {
    window->outline()->show();
    window->inspector()->hide();
    window->resize(1234, 777);
    QCoreApplication::processEvents();
    window->hide(); // what closing does; the feature saves here
    EXPECT_FALSE(Settings::windowGeometry().isEmpty());
    EXPECT_FALSE(Settings::windowState().isEmpty());

    MainWindow restored;
    EXPECT_TRUE(restored.outline()->isHidden());
    EXPECT_TRUE(SettingsFeature::restoreWindow(&restored));
    restored.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&restored, scaledMs(5000)));
    EXPECT_EQ(restored.width(), 1234);
    // The offscreen platform reports frame margins late; allow for a title bar.
    EXPECT_NEAR(restored.height(), 777, 40);
    EXPECT_TRUE(restored.outline()->isVisible());
    EXPECT_FALSE(restored.inspector()->isVisible());
    restored.document()->markSaved();
}

TEST_F(SettingsTest, NothingStoredLeavesTheWindowAsBuilt) {
    MainWindow fresh;
    EXPECT_FALSE(SettingsFeature::restoreWindow(&fresh));
    EXPECT_TRUE(fresh.outline()->isHidden());
}

TEST_F(SettingsTest, NewNotesTakeTheDefaultColour) {
    Settings::setDefaultNoteColor(QStringLiteral("green"));
    scene()->selectIds({});
    scene()->setCurrentPlace(Place{Block::KeyPartners, {}, -1});
    const QStringList before = idsIn(Block::KeyPartners);
    view()->setFocus();
    key(Qt::Key_N);
    type(QStringLiteral("Green grocer"));
    key(Qt::Key_Return);
    const QStringList after = idsIn(Block::KeyPartners);
    ASSERT_EQ(after.size(), before.size() + 1);
    const Element* added = doc()->element(after.last());
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->text, QStringLiteral("Green grocer"));
    EXPECT_EQ(added->color, QStringLiteral("green"));

    // Block default: no colour stored, the block decides.
    Settings::setDefaultNoteColor(QString());
    key(Qt::Key_N);
    type(QStringLiteral("Plain partner"));
    key(Qt::Key_Return);
    const Element* plain = doc()->element(idsIn(Block::KeyPartners).last());
    ASSERT_NE(plain, nullptr);
    EXPECT_EQ(plain->color, QString());
}

TEST_F(SettingsTest, TextSizeRelaysOutTheNotes) {
    const QString id = QStringLiteral("vp-fresh");
    scene()->selectIds({id});
    ASSERT_NE(scene()->noteItem(id), nullptr);
    const qreal before = scene()->noteItem(id)->size().height();
    Appearance::applyTextSize(22);
    EXPECT_EQ(Theme::noteFont().pixelSize(), 22);
    EXPECT_GT(Theme::tagFont().pixelSize(), 11);
    ASSERT_NE(scene()->noteItem(id), nullptr);
    EXPECT_GT(scene()->noteItem(id)->size().height(), before);
    EXPECT_EQ(scene()->selectedIds(), QStringList{id}) << "the selection survives";
    Appearance::applyTextSize(Settings::DefaultTextSize);
    EXPECT_EQ(Theme::noteFont().pixelSize(), 15);
    EXPECT_DOUBLE_EQ(scene()->noteItem(id)->size().height(), before);
}

TEST_F(SettingsTest, DarkThemeDarkensTheSurroundingsButNotThePaper) {
    Appearance::applyTheme(Settings::ThemeChoice::Dark);
    EXPECT_TRUE(Appearance::isDark());
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    EXPECT_LT(view()->backgroundBrush().color().lightness(), 80);
    EXPECT_EQ(Theme::canvasFill(), QColor(Qt::white));
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // Text on the dark palette stays readable.
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightness(), 200);

    Appearance::applyTheme(Settings::ThemeChoice::Light);
    EXPECT_FALSE(Appearance::isDark());
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 200);
    EXPECT_GT(view()->backgroundBrush().color().lightness(), 200);
}

} // namespace

} // namespace tandem::test
