#include "editorapp.h"

#include "appearance.h"
#include "mainwindow.h"
#include "sessiontesthooks.h"
#include "settingsfeature.h"
#include "translations.h"
#include "welcomepage.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>

namespace tandem {

void initializeApplicationResources() {
    static bool done = false;
    if (done)
        return;
    done = true;
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/OpenSans-Regular.ttf"));
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/OpenSans-Semibold.ttf"));
    QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/OpenSans-Bold.ttf"));
}

int runEditor(QApplication& app, const QStringList& files) {
    initializeApplicationResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tandem.svg")));
    Translations::install();
    Appearance::applyFromSettings();
    auto* first = new MainWindow;
    first->setAttribute(Qt::WA_DeleteOnClose);
    // The window starts from the blank template; a file, if given and
    // readable, replaces it (an unreadable one leaves the blank session).
    first->newFromBlankTemplate();
    SettingsFeature::restoreWindow(first);
    first->show();
    if (!files.isEmpty())
        first->openFile(files.first());
    else if (WelcomePage::wantedAtStart())
        WelcomePage::showOn(first);
    for (qsizetype i = 1; i < files.size(); ++i) {
        auto* window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->newFromBlankTemplate();
        window->show();
        window->openFile(files[i]);
    }
    // Offers back what a crashed Tandem autosaved (and runs the test hooks).
    runStartupSessionTasks(first);
    return app.exec();
}

} // namespace tandem
