#include "editorapp.h"

#include "appearance.h"
#include "mainwindow.h"
#include "recoveryoffer.h"
#include "room.h"
#include "roomfeature.h"
#include "settingsfeature.h"
#include "translations.h"
#include "welcomepage.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QHostAddress>
#include <QIcon>

#include <cstdio>

namespace tandem {

void initializeApplicationResources() {
    static bool done = false;
    if (done)
        return;
    done = true;
    // Open Sans, and Noto Sans Arabic and Hebrew for what it has no glyphs for.
    const QDir fonts(QStringLiteral(":/fonts"));
    for (const QString& file : fonts.entryList({QStringLiteral("*.ttf")}, QDir::Files))
        QFontDatabase::addApplicationFont(fonts.filePath(file));
}

namespace {

// Opens the room in the first window and says where on standard output;
// false (with the reason on standard error) when it cannot listen.
bool openRoomAtStart(MainWindow* window, const RoomStart& room) {
    auto* feature = window->feature<RoomFeature>();
    QList<QHostAddress> addresses;
    if (!room.listen.isEmpty())
        addresses.append(QHostAddress(room.listen));
    QString error;
    if (!feature || !feature->openRoom(addresses, room.port, &error)) {
        std::fprintf(stderr, "tandem: the room could not open: %s\n", qPrintable(error));
        return false;
    }
    std::printf("Room open: %s\n", qPrintable(feature->room()->joinUrl().toString()));
    std::fflush(stdout);
    return true;
}

} // namespace

int runEditor(QApplication& app, const QStringList& files, const EditorHooks& hooks,
              const RoomStart& room) {
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
    if (room.open && !openRoomAtStart(first, room))
        return 2;
    RecoveryOffer::runAtStart(first, hooks.answerRecovery);
    if (hooks.started)
        hooks.started(first);
    return app.exec();
}

} // namespace tandem
