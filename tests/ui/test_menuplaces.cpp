// Named menu places: features put actions where the design says, whatever
// the order in which they were made.
#include "mainwindow.h"
#include "menuplaces.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

#include <gtest/gtest.h>

#include <memory>

using namespace tandem;

namespace {

// The visible entries of a menu, separators as "|".
QStringList entries(const QMenu* menu) {
    QStringList shown;
    for (const QAction* action : menu->actions()) {
        if (action->isVisible())
            shown << (action->isSeparator() ? QStringLiteral("|") : action->text());
    }
    return shown;
}

QStringList menuTitles(const QMenuBar* bar) {
    QStringList titles;
    for (const QAction* action : bar->actions())
        titles << action->text();
    return titles;
}

struct MenuPlacesTest : ::testing::Test {
    std::unique_ptr<QMenuBar> bar = std::make_unique<QMenuBar>();
    MenuPlaces places{bar.get()};
    QAction* make(const QString& text) { return new QAction(text, bar.get()); }

    QMenu* fileMenu() {
        QMenu* file = places.addMenu(QStringLiteral("file"), QStringLiteral("File"));
        places.addPlace(QStringLiteral("file"), QStringLiteral("file.new"),
                        MenuPlaces::Separator::None);
        places.addPlace(QStringLiteral("file"), QStringLiteral("file.export"));
        places.addPlace(QStringLiteral("file"), QStringLiteral("file.details"));
        places.addPlace(QStringLiteral("file"), QStringLiteral("file.close"));
        places.add(QStringLiteral("file.new"), {make(QStringLiteral("New"))});
        places.add(QStringLiteral("file.close"), {make(QStringLiteral("Quit"))});
        return file;
    }
};

} // namespace

TEST_F(MenuPlacesTest, ActionsGoToTheirPlaceWhateverTheOrderTheyCameIn) {
    QMenu* file = fileMenu();
    // The details feature comes first, the export feature second: the
    // design, not the order, decides.
    places.add(QStringLiteral("file.details"), {make(QStringLiteral("Details"))});
    places.add(QStringLiteral("file.export"),
               {make(QStringLiteral("Export")), make(QStringLiteral("Print"))});
    EXPECT_EQ(entries(file),
              (QStringList{"New", "|", "Export", "Print", "|", "Details", "|", "Quit"}));
}

TEST_F(MenuPlacesTest, EmptyPlacesLeaveNoSeparator) {
    QMenu* file = fileMenu();
    EXPECT_EQ(entries(file), (QStringList{"New", "|", "Quit"}));
}

TEST_F(MenuPlacesTest, ActionsInOnePlaceKeepTheOrderTheyWereAddedIn) {
    QMenu* file = fileMenu();
    places.add(QStringLiteral("file.new"), {make(QStringLiteral("New Window"))});
    EXPECT_EQ(entries(file), (QStringList{"New", "New Window", "|", "Quit"}));
}

TEST_F(MenuPlacesTest, MenusTakeTheirPlaceInTheMenuOrder) {
    places.setMenuOrder({QStringLiteral("file"), QStringLiteral("session"), QStringLiteral("links"),
                         QStringLiteral("help")});
    places.addMenu(QStringLiteral("file"), QStringLiteral("File"));
    places.addMenu(QStringLiteral("help"), QStringLiteral("Help"));
    places.addMenu(QStringLiteral("links"), QStringLiteral("Links"));
    places.addMenu(QStringLiteral("session"), QStringLiteral("Session"));
    EXPECT_EQ(menuTitles(bar.get()), (QStringList{"File", "Session", "Links", "Help"}));
}

TEST_F(MenuPlacesTest, AnUnknownPlaceAddsNothing) {
    QMenu* file = fileMenu();
    EXPECT_FALSE(places.hasPlace(QStringLiteral("file.nowhere")));
    places.add(QStringLiteral("file.nowhere"), {make(QStringLiteral("Lost"))});
    EXPECT_EQ(entries(file), (QStringList{"New", "|", "Quit"}));
    EXPECT_EQ(places.menuOf(QStringLiteral("file.export")), file);
}

namespace {

// The window's own toolbar, filled by the window and four features: the
// designed groups in the designed order.
TEST(WindowToolBar, KeepsItsDesignedGroupsInOrder) {
    MainWindow window;
    QStringList shown;
    for (const QAction* action : window.canvasToolBar()->actions()) {
        if (action->isVisible())
            shown << (action->isSeparator() ? QStringLiteral("|") : action->icon().name());
    }
    EXPECT_EQ(shown.join(QLatin1Char(' ')),
              QStringLiteral("note-add stage-add chain-add | undo redo | zoom-fit zoom-actual | "
                             "side-by-side stacked | link | export present"));
}

} // namespace
