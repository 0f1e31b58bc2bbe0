// Screenshots of the workshop room: the facilitator's dock with people in
// the room, notes waiting in the private inbox and a vote running, and the
// join code over the canvas. The room listens on 127.0.0.1 only.

#include "presenter.h"
#include "roomdock.h"
#include "roomfeature.h"
#include "roomtesthelpers.h"
#include "screenshots.h"
#include "workshopfeature.h"

#include <QDockWidget>

namespace tandem::test {

namespace {

using RoomShots = WindowTest;

TEST_F(RoomShots, DockAndJoinCode) {
    window->resize(1600, 1000);
    auto* feature = window->feature<RoomFeature>();
    ASSERT_TRUE(feature);
    ASSERT_TRUE(feature->openRoom(tandemtest::loopback, 0));
    Room* room = feature->room();
    room->setPrivate(true);
    tandemtest::RoomClient ada(*room);
    tandemtest::RoomClient bo(*room);
    ASSERT_TRUE(ada.waitConnected() && bo.waitConnected());
    ada.join(QStringLiteral("Ada Park"), room->code());
    bo.join(QStringLiteral("Bo Chen"), room->code());
    ada.note(QStringLiteral("Office coffee subscriptions"));
    bo.note(QStringLiteral("<b>Refill</b> pouches & a deposit"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return room->participants().waitingCount() == 2; }, scaledMs(5000)));
    bo.socket().abort();
    settle(200);
    feature->dock()->resize(420, 980);
    shoot(feature->dock(), QStringLiteral("room-dock.png"));
    view()->zoomToFit();
    settle();
    shoot(window.get(), QStringLiteral("room-window.png"));
    auto* workshop = window->feature<WorkshopFeature>();
    ASSERT_TRUE(workshop);
    workshop->presenter()->start(3);
    settle(300);
    shoot(window.get(), QStringLiteral("room-presenter.png"));
    workshop->presenter()->stop();
}

} // namespace

} // namespace tandem::test
