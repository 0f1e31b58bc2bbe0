// Facilitation mode: full screen, one block at a time with its question,
// arrow keys through the blocks, a countdown per block, Esc to leave.

#include "document.h"
#include "inspectordock.h"
#include "presenter.h"
#include "presenterdimitem.h"
#include "presenteroverlay.h"
#include "sessionfeature.h"
#include "sessiontesthelpers.h"
#include "workshopfeature.h"

#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace tandem::test {

namespace {

class PresenterTest : public WindowTest {
protected:
    PresenterMode* presenter() const { return window->feature<WorkshopFeature>()->presenter(); }
    // Keys go wherever focus is; the mode must catch them there.
    void press(int keyCode) { key(keyCode); }
};

TEST_F(PresenterTest, F5EntersFullScreenWithOnlyTheCanvasAndEscLeaves) {
    window->inspector()->show();
    const QRect before = window->geometry();
    press(Qt::Key_F5);
    ASSERT_TRUE(presenter()->isActive());
    EXPECT_TRUE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_FALSE(window->menuBar()->isVisible());
    EXPECT_FALSE(window->statusBar()->isVisible());
    EXPECT_FALSE(window->inspector()->isVisible());
    EXPECT_FALSE(window->canvasToolBar()->isVisible());
    ASSERT_NE(presenter()->overlay(), nullptr);
    EXPECT_TRUE(presenter()->overlay()->isVisible());
    EXPECT_EQ(presenter()->overlay()->titleText(), blockTitle(allBlocks()[0]));
    EXPECT_EQ(presenter()->overlay()->questionText(), blockHint(allBlocks()[0]));

    press(Qt::Key_Escape);
    EXPECT_FALSE(presenter()->isActive());
    EXPECT_FALSE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_TRUE(window->menuBar()->isVisible());
    EXPECT_TRUE(window->statusBar()->isVisible());
    EXPECT_TRUE(window->inspector()->isVisible());
    EXPECT_TRUE(window->canvasToolBar()->isVisible());
    EXPECT_EQ(presenter()->overlay(), nullptr);
    EXPECT_EQ(presenter()->dimItem(), nullptr);
    EXPECT_TRUE(waitUntil([&] { return window->geometry() == before; }, 1000));
}

TEST_F(PresenterTest, EveryBlocksQuestionFitsTheBandInASmallWindow) {
    // A window of 800 x 800 wraps the longer questions onto more lines than
    // the band holds at the usual size: they get smaller, never cut.
    const int wrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    for (const QSize size : {QSize(800, 800), QSize(1280, 720), QSize(1920, 1080)}) {
        QWidget view;
        view.resize(size);
        PresenterOverlay overlay(&view);
        overlay.resize(size);
        for (const Block block : allBlocks()) {
            overlay.setBlock(block, 0, BlockCount);
            const QRectF area = overlay.questionArea();
            const QFontMetricsF metrics(overlay.questionFont());
            EXPECT_LE(metrics.boundingRect(area, wrap, overlay.questionText()).height(),
                      area.height())
                << blockTitle(block).toStdString() << " at " << size.width() << "x"
                << size.height();
        }
    }
    // On a projector's full HD the questions keep their size: 25 px of a
    // 150 px band, and the band is a sixth of 1080.
    QWidget projector;
    projector.resize(1920, 1080);
    PresenterOverlay overlay(&projector);
    overlay.resize(1920, 1080);
    overlay.setBlock(Block::CustomerSegments, 0, BlockCount);
    EXPECT_EQ(overlay.questionFont().pixelSize(), 30);
}

TEST_F(PresenterTest, ArrowKeysStepThroughTheBlocksInCanonicalOrder) {
    presenter()->start();
    for (int i = 1; i < BlockCount; ++i) {
        press(Qt::Key_Right);
        ASSERT_EQ(presenter()->currentBlock(), allBlocks()[i]);
        // The view flies there in a few frames.
        ASSERT_TRUE(waitUntil([&] { return !view()->isFlying(); }, 2000));
        EXPECT_EQ(presenter()->overlay()->titleText(), blockTitle(allBlocks()[i]));
        // The block is in view and the rest is veiled.
        EXPECT_EQ(presenter()->dimItem()->focusRect(), scene()->blockRect(allBlocks()[i]));
        // The block is in view below the band: its top edge and its title.
        const QRect below =
            view()->viewport()->rect().adjusted(0, presenter()->overlay()->bandHeight(), 0, 0);
        const QRectF visible = view()->mapToScene(below).boundingRect();
        const QRectF block = scene()->blockRect(allBlocks()[i]);
        EXPECT_TRUE(visible.contains(QPointF(block.center().x(), block.top() + 30)))
            << blockTitle(allBlocks()[i]).toStdString();
    }
    press(Qt::Key_Right); // stays on the last
    EXPECT_EQ(presenter()->currentIndex(), BlockCount - 1);
    press(Qt::Key_Left);
    EXPECT_EQ(presenter()->currentIndex(), BlockCount - 2);
    press(Qt::Key_Home);
    EXPECT_EQ(presenter()->currentIndex(), 0);
    press(Qt::Key_PageDown); // a presentation clicker
    EXPECT_EQ(presenter()->currentIndex(), 1);
    press(Qt::Key_End);
    EXPECT_EQ(presenter()->currentBlock(), Block::ManagementSystem);
    presenter()->stop();
}

TEST_F(PresenterTest, EachBlockHasItsOwnCountdownThatPausesAndStretches) {
    PresenterMode::setBlockMinutes(5);
    presenter()->start();
    const qint64 full = 5 * 60 * 1000;
    EXPECT_LE(presenter()->remainingMs(), full);
    EXPECT_TRUE(waitUntil([&] { return presenter()->remainingMs() < full - 200; }));

    press(Qt::Key_Space);
    EXPECT_TRUE(presenter()->isPaused());
    const qint64 paused = presenter()->remainingMs();
    // Not a wait for something to happen: time passing is the stimulus. A
    // running clock would be 150 ms lower after it, a paused one is not.
    QTest::qWait(150);
    EXPECT_EQ(presenter()->remainingMs(), paused);
    EXPECT_EQ(presenter()->overlay()->clockText(), PresenterOverlay::formatClock(paused));
    press(Qt::Key_Plus);
    EXPECT_EQ(presenter()->remainingMs(), paused + 60000);
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    EXPECT_EQ(presenter()->remainingMs(), paused - 60000);

    // The next block starts with its own full time; coming back resumes.
    press(Qt::Key_Right);
    EXPECT_EQ(presenter()->remainingMs(), full); // still paused
    press(Qt::Key_Left);
    EXPECT_EQ(presenter()->remainingMs(), paused - 60000);
    press(Qt::Key_Space);
    EXPECT_FALSE(presenter()->isPaused());
    presenter()->stop();
}

TEST_F(PresenterTest, ClockShowsOverTime) {
    EXPECT_EQ(PresenterOverlay::formatClock(300000), QStringLiteral("5:00"));
    EXPECT_EQ(PresenterOverlay::formatClock(59001), QStringLiteral("1:00"));
    EXPECT_EQ(PresenterOverlay::formatClock(1), QStringLiteral("0:01"));
    EXPECT_EQ(PresenterOverlay::formatClock(0), QStringLiteral("0:00"));
    EXPECT_EQ(PresenterOverlay::formatClock(-65000), QStringLiteral("+1:05"));
    presenter()->start();
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    ASSERT_TRUE(waitUntil([&] { return presenter()->overlay()->isOverTime(); }, 2000));
    presenter()->stop();
}

TEST_F(PresenterTest, TheCanvasStaysEditableAndKeysGoToTheEditor) {
    presenter()->start();
    press(Qt::Key_End); // Management system
    const Block block = presenter()->currentBlock();
    const int before = static_cast<int>(doc()->state().elements(block).size());
    const QRectF rect = scene()->blockRect(block);
    doubleClickAt(QPointF(rect.center().x(), rect.bottom() - 30));
    ASSERT_TRUE(scene()->isEditing());
    type(QStringLiteral("Weekly review"));
    key(Qt::Key_Left); // moves the text cursor, not the block
    EXPECT_EQ(presenter()->currentBlock(), block);
    key(Qt::Key_Return);
    EXPECT_EQ(static_cast<int>(doc()->state().elements(block).size()), before + 1);
    EXPECT_TRUE(presenter()->isActive());
    presenter()->stop();
}

TEST_F(PresenterTest, ClosingTheWindowLeavesTheModeFirst) {
    window->inspector()->show();
    presenter()->start();
    EXPECT_FALSE(window->inspector()->isVisible());
    EXPECT_TRUE(window->close());
    EXPECT_FALSE(presenter()->isActive());
    EXPECT_FALSE(window->windowState() & Qt::WindowFullScreen);
    EXPECT_FALSE(window->inspector()->isHidden());
}

} // namespace

} // namespace tandem::test
