// Screenshots of the dialogs and pages around the canvas: export and print,
// the File menu, preferences, session details and the welcome page, in the
// light and dark themes where they have both.

#include "appearance.h"
#include "exportdialog.h"
#include "exportoptions.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "screenshots.h"
#include "sessiondetailsdialog.h"
#include "settings.h"
#include "welcomepage.h"

#include <QCursor>
#include <QDir>
#include <QMenu>
#include <QSettings>

namespace tandem::test {

namespace {

using DialogShots = WindowTest;

TEST_F(DialogShots, ExportAndPrintDialogsAndFileMenu) {
    for (auto mode : {ExportDialog::Mode::Export, ExportDialog::Mode::Print}) {
        ExportDialog dialog(scene(), mode, window.get());
        ExportOptions options;
        options.report = mode == ExportDialog::Mode::Print;
        dialog.setOptions(options);
        dialog.setFilePath(QStringLiteral("/home/ada/Northwind/northwind.pdf"));
        dialog.show();
        dialog.updatePreviewNow();
        shoot(&dialog, mode == ExportDialog::Mode::Export ? QStringLiteral("export-dialog.png")
                                                          : QStringLiteral("print-dialog.png"));
    }
    // A table: no page, and the first lines as the preview.
    ExportDialog table(scene(), ExportDialog::Mode::Export, window.get());
    ExportOptions csv;
    setExportKind(csv, QStringLiteral("csv"));
    table.setOptions(csv);
    table.setFilePath(QStringLiteral("/home/ada/Northwind/northwind.csv"));
    table.show();
    table.updatePreviewNow();
    shoot(&table, QStringLiteral("export-dialog-csv.png"));
    window->fileMenu()->popup(QPoint(10, 10));
    shoot(window->fileMenu(), QStringLiteral("file-menu.png"));
    window->fileMenu()->hide();
}

TEST_F(DialogShots, PreferencesLightAndDark) {
    for (const auto& [theme, name] :
         {std::pair{Settings::ThemeChoice::Light, QStringLiteral("preferences-light.png")},
          std::pair{Settings::ThemeChoice::Dark, QStringLiteral("preferences-dark.png")}}) {
        Appearance::applyTheme(theme);
        PreferencesDialog dialog(window.get());
        dialog.show();
        shoot(&dialog, name);
    }
    Appearance::applyFromSettings();
}

TEST_F(DialogShots, SessionDetailsAndWindowTitle) {
    SessionDetailsDialog dialog(doc()->info(), window.get());
    dialog.show();
    settle();
    shoot(&dialog, QStringLiteral("session-details.png"));
    shoot(window.get(), QStringLiteral("window-title.png"));
}

TEST_F(DialogShots, WelcomePageAndToolbar) {
    QSettings().remove(QLatin1String(Settings::WelcomeShownKey));
    for (const char* file :
         {"Documents/strategy/2027-plan.tandem.yaml", "workshops/northwind-offsite.tandem.yaml",
          "workshops/acme-retreat.tandem.yaml"})
        RecentFiles::add(QDir::home().filePath(QLatin1String(file)));
    window->resize(1600, 1000);
    QCursor::setPos(window->mapToGlobal(QPoint(4, 4))); // no hover marks
    for (const auto& [theme, name] :
         {std::pair{Settings::ThemeChoice::Light, QStringLiteral("welcome-light.png")},
          std::pair{Settings::ThemeChoice::Dark, QStringLiteral("welcome-dark.png")}}) {
        Appearance::applyTheme(theme);
        WelcomePage::showOn(window.get());
        view()->zoomToFit();
        shoot(window.get(), name);
        WelcomePage::of(window.get())->dismiss();
        QCoreApplication::processEvents();
    }
    Appearance::applyTheme(Settings::ThemeChoice::Light);
    window->newFromExample();
    view()->zoomToFit();
    shoot(window.get(), QStringLiteral("toolbar-light.png"));
    Appearance::applyTheme(Settings::ThemeChoice::Dark);
    shoot(window.get(), QStringLiteral("toolbar-dark.png"));
    Appearance::applyTheme(Settings::theme());
    RecentFiles::clear();
}

} // namespace

} // namespace tandem::test
