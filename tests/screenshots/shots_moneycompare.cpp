// Screenshots of money in a comparison: the snapshot compare panel from
// as-is to to-be (tests/data/money), in the light and dark themes.

#include "appearance.h"
#include "screenshots.h"
#include "sessionreader.h"
#include "settings.h"
#include "snapshotcomparepanel.h"
#include "snapshotdock.h"
#include "workshopfeature.h"

namespace tandem::test {

namespace {

Session loadMoney(const char* name) {
    return testDataSession(QStringLiteral("money/") + QString::fromUtf8(name));
}

using MoneyCompareShots = WindowTest;

TEST_F(MoneyCompareShots, CompareAsIsToBe) {
    Session session = loadMoney("tobe.tandem.yaml");
    Snapshot asIs;
    asIs.name = QStringLiteral("as-is");
    asIs.taken = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    asIs.state = loadMoney("asis.tandem.yaml").state;
    session.snapshots.push_back(asIs);
    doc()->resetSession(session);
    SnapshotDock* dock = window->feature<WorkshopFeature>()->snapshotDock();
    for (const auto& [theme, name] :
         {std::pair{Settings::ThemeChoice::Light, QStringLiteral("money-compare-light.png")},
          std::pair{Settings::ThemeChoice::Dark, QStringLiteral("money-compare-dark.png")}}) {
        Appearance::applyTheme(theme);
        dock->show();
        dock->raise();
        window->resizeDocks({dock}, {420}, Qt::Horizontal);
        dock->compare()->setSides(QStringLiteral("as-is"), QString());
        settle(200);
        shoot(dock, name);
    }
    Appearance::applyTheme(Settings::ThemeChoice::Light);
}

} // namespace

} // namespace tandem::test
