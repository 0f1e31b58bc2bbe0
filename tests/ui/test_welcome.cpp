// The welcome page: its entries start a session, open the example or a
// recent file, and it gets out of the way.

#include "appearance.h"
#include "recentfiles.h"
#include "settings.h"
#include "uitesthelpers.h"
#include "welcomepage.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QMenu>
#include <QSettings>

namespace tandem::test {

namespace {

const QString examplePath = QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml");

class WelcomeTest : public WindowTest {
protected:
    void SetUp() override {
        QSettings().remove(QLatin1String(Settings::WelcomeShownKey));
        QSettings().remove(QLatin1String(Settings::WelcomeAtStartKey));
        m_recent = RecentFiles::list();
        RecentFiles::clear();
        WindowTest::SetUp();
        window->newFromBlankTemplate();
        QCoreApplication::processEvents();
    }
    void TearDown() override {
        WindowTest::TearDown();
        RecentFiles::clear();
        for (auto it = m_recent.crbegin(); it != m_recent.crend(); ++it)
            RecentFiles::add(*it);
        QSettings().remove(QLatin1String(Settings::WelcomeShownKey));
        QSettings().remove(QLatin1String(Settings::WelcomeAtStartKey));
    }
    QStringList m_recent;
};

TEST_F(WelcomeTest, FirstStartWantsTheWelcome) {
    EXPECT_TRUE(WelcomePage::wantedAtStart());
    WelcomePage* page = WelcomePage::showOn(window.get());
    EXPECT_TRUE(Settings::welcomeShown());
    page->findChild<QCheckBox*>()->setChecked(false);
    EXPECT_FALSE(Settings::showWelcomeAtStart());
    EXPECT_FALSE(WelcomePage::wantedAtStart());
}

TEST_F(WelcomeTest, CoversTheCanvasAndTakesTheFocus) {
    WelcomePage* page = WelcomePage::showOn(window.get());
    QCoreApplication::processEvents();
    EXPECT_TRUE(page->isVisible());
    EXPECT_EQ(page->geometry(), QRect(view()->mapTo(window.get(), QPoint()), view()->size()));
    EXPECT_TRUE(page->geometry().contains(page->card()->geometry().translated(page->pos())));
    EXPECT_TRUE(page->newButton()->hasFocus());
    // The canvas's plain keys do not fire behind the card.
    const int before = scene()->noteCount();
    QTest::keyClick(page->newButton(), Qt::Key_N);
    EXPECT_FALSE(scene()->isEditing());
    EXPECT_EQ(scene()->noteCount(), before);
    // A second request reuses the page.
    EXPECT_EQ(WelcomePage::showOn(window.get()), page);
}

TEST_F(WelcomeTest, OpenTheExample) {
    WelcomePage::showOn(window.get());
    QTest::mouseClick(WelcomePage::of(window.get())->exampleButton(), Qt::LeftButton);
    EXPECT_TRUE(waitUntil([&] { return WelcomePage::of(window.get()) == nullptr; }));
    EXPECT_TRUE(waitUntil([&] { return doc()->info().title == exampleSession().info.title; }));
    EXPECT_GT(scene()->noteCount(), 20);
}

TEST_F(WelcomeTest, NewBlankSessionKeepsItBlank) {
    WelcomePage::showOn(window.get());
    QTest::keyClick(WelcomePage::of(window.get())->newButton(), Qt::Key_Space);
    EXPECT_TRUE(waitUntil([&] { return WelcomePage::of(window.get()) == nullptr; }));
    EXPECT_EQ(scene()->noteCount(), 0);
    EXPECT_TRUE(view()->hasFocus());
}

TEST_F(WelcomeTest, RecentFilesAreListedAndOpen) {
    RecentFiles::add(examplePath);
    WelcomePage* page = WelcomePage::showOn(window.get());
    ASSERT_EQ(page->recentButtons().size(), 1);
    QCommandLinkButton* recent = page->recentButtons().first();
    EXPECT_EQ(recent->text(), QStringLiteral("northwind.tandem.yaml"));
    EXPECT_FALSE(recent->accessibleName().isEmpty());
    QTest::mouseClick(recent, Qt::LeftButton);
    EXPECT_TRUE(
        waitUntil([&] { return doc()->filePath() == QFileInfo(examplePath).absoluteFilePath(); }));
    EXPECT_EQ(WelcomePage::of(window.get()), nullptr);
}

TEST_F(WelcomeTest, EscapeOrAClickBesideTheCardDismisses) {
    WelcomePage* page = WelcomePage::showOn(window.get());
    QTest::keyClick(page->newButton(), Qt::Key_Escape);
    EXPECT_TRUE(waitUntil([&] { return WelcomePage::of(window.get()) == nullptr; }));
    EXPECT_TRUE(view()->hasFocus());

    page = WelcomePage::showOn(window.get());
    QTest::mouseClick(page, Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    EXPECT_TRUE(waitUntil([&] { return WelcomePage::of(window.get()) == nullptr; }));
}

TEST_F(WelcomeTest, EditingUnderneathDismisses) {
    WelcomePage::showOn(window.get());
    window->newFromExample();
    EXPECT_TRUE(waitUntil([&] { return WelcomePage::of(window.get()) == nullptr; }));
}

TEST_F(WelcomeTest, HelpMenuShowsItAgain) {
    auto* action = window->findChild<QAction*>(QStringLiteral("welcomeAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(window->helpMenu()->actions().contains(action));
    action->trigger();
    ASSERT_NE(WelcomePage::of(window.get()), nullptr);
    EXPECT_TRUE(WelcomePage::of(window.get())->isVisible());
}

} // namespace

} // namespace tandem::test
