// The workshop room as a feature of the window, against the fake host: its
// actions in Session, its dock, the join code over the canvas, following the
// presenter's block, and Close Room asking about notes still in the inbox.

#include "fakehost.h"
#include "presenter.h"
#include "roomdock.h"
#include "roomfeature.h"
#include "roomjoinoverlay.h"
#include "roomtesthelpers.h"
#include "workshopfeature.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>

using namespace tandem;
using namespace tandem::test;
using namespace tandemtest;

namespace {

TEST(RoomFeatureTest, OpensAndClosesFromTheSessionMenu) {
    FakeHost host;
    auto* feature = new RoomFeature(&host);
    EXPECT_EQ(host.feature<RoomFeature>(), feature);
    const QList<QAction*> actions = host.menuPlaces()->actionsIn(QStringLiteral("session.room"));
    EXPECT_TRUE(actions.contains(feature->openAction()));
    EXPECT_TRUE(actions.contains(feature->closeAction()));
    EXPECT_FALSE(feature->closeAction()->isEnabled());

    ASSERT_TRUE(feature->openRoom(loopback, 0));
    EXPECT_FALSE(feature->openAction()->isEnabled());
    EXPECT_TRUE(feature->closeAction()->isEnabled());
    EXPECT_FALSE(feature->dock()->qrLabel()->pixmap().isNull());
    EXPECT_GE(feature->dock()->qrLabel()->pixmap().width(), 250) << "big enough to scan";
    EXPECT_FALSE(feature->joinOverlay()->isHidden());
    EXPECT_EQ(feature->joinOverlay()->codeText(), feature->room()->code());
    EXPECT_TRUE(
        host.statusMessages.last().startsWith(QLatin1String("Room open: http://127.0.0.1:")));
    feature->showJoinAction()->setChecked(false);
    EXPECT_TRUE(feature->joinOverlay()->isHidden());

    EXPECT_TRUE(feature->closeRoom());
    EXPECT_FALSE(feature->room()->isOpen());
    EXPECT_TRUE(feature->openAction()->isEnabled());
}

TEST(RoomFeatureTest, TheOpenBlockFollowsThePresenter) {
    FakeHost host;
    auto* workshop = new WorkshopFeature(&host);
    auto* feature = new RoomFeature(&host);
    ASSERT_TRUE(feature->openRoom(loopback, 0));
    workshop->presenter()->goTo(3);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return feature->room()->openBlock() == workshop->presenter()->currentBlock(); },
        scaledMs(5000)));
    feature->closeRoom();
}

TEST(RoomFeatureTest, ClosingWithNotesWaitingAsksToRevealThem) {
    FakeHost host;
    auto* feature = new RoomFeature(&host);
    ASSERT_TRUE(feature->openRoom(loopback, 0));
    Room* room = feature->room();
    room->setPrivate(true);
    room->setOpenBlock(Block::Channels);
    RoomClient ada(*room);
    ASSERT_TRUE(ada.waitConnected());
    ada.join(QStringLiteral("Ada"), room->code());
    ada.note(QStringLiteral("Waiting"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return room->participants().waitingCount() == 1; }, scaledMs(5000)));
    EXPECT_EQ(feature->dock()->inboxList()->count(), 1);
    EXPECT_EQ(feature->dock()->participantList()->count(), 1);
    // Answer the question "reveal them first?" with yes.
    QTimer::singleShot(0, [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(widget))
                box->button(QMessageBox::Yes)->click();
        }
    });
    EXPECT_TRUE(feature->closeRoom(true));
    ASSERT_EQ(host.document()->state().elements(Block::Channels).size(), 1u);
    EXPECT_EQ(host.document()->state().elements(Block::Channels)[0].author, QStringLiteral("Ada"));
    EXPECT_TRUE(ada.waitClosed());
}

} // namespace
