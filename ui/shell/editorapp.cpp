#include "editorapp.h"

#include "appearance.h"
#include "mainwindow.h"
#include "recoveryoffer.h"
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

int runEditor(QApplication& app, const QStringList& files, const EditorHooks& hooks) {
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
        WindowHost* window = first->openNewWindow();
        window->newFromBlankTemplate();
        window->openFile(files[i]);
    }
    RecoveryOffer::runAtStart(first, hooks.answerRecovery);
    if (hooks.started)
        hooks.started(first);
    return app.exec();
}

} // namespace tandem
