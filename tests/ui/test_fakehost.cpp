// Features are built against the WindowHost interface alone: each installs
// itself into a fake host (no MainWindow anywhere), fills the places it is
// meant to, and asks the host, not the window, for docks, messages and the
// presentation.

#include "alignmentdock.h"
#include "exportfeature.h"
#include "fakehost.h"
#include "linkfeature.h"
#include "presenter.h"
#include "sessionfeature.h"
#include "snapshotdock.h"
#include "workshopfeature.h"

#include <QDockWidget>

#include <gtest/gtest.h>

namespace tandem::test {
namespace {

Element note(const char* id, const char* text) {
    Element element;
    element.id = QLatin1String(id);
    element.text = QLatin1String(text);
    return element;
}

// A value proposition and a customer segment, not linked.
Session twoNotes() {
    Session session;
    session.info.title = QStringLiteral("Fake host");
    session.state.elements(Block::ValuePropositions).push_back(note("vp-1", "Fresh beans"));
    session.state.elements(Block::CustomerSegments).push_back(note("cs-1", "Home brewers"));
    return session;
}

QStringList texts(const QList<QAction*>& actions) {
    QStringList result;
    for (const QAction* action : actions)
        result.append(action->text().remove(QLatin1Char('&')));
    return result;
}

TEST(FakeHostTest, LinkFeatureFillsItsPlacesAndDocksThroughTheHost) {
    FakeHost host;
    auto* links = new LinkFeature(&host);
    EXPECT_EQ(host.feature<LinkFeature>(), links);
    EXPECT_EQ(host.menuPlaces()->actionsIn(QStringLiteral("toolbar.links")),
              QList<QAction*>{links->linkToolAction()});
    EXPECT_TRUE(host.menuPlaces()
                    ->actionsIn(QStringLiteral("view.links"))
                    .contains(links->showLinksAction()));
    ASSERT_EQ(host.docks.size(), 2u);
    EXPECT_EQ(host.docks[0].first, static_cast<QDockWidget*>(links->alignment()));
    EXPECT_EQ(host.docks[0].second, WindowHost::DockPlace::BelowInspector);
    EXPECT_EQ(host.docks[1].second, WindowHost::DockPlace::Bottom);
}

TEST(FakeHostTest, LinkingSaysWhyOrLinksInTheHostsDocument) {
    FakeHost host;
    host.adoptSession(twoNotes(), QString(), WindowHost::Adoption::Saved);
    auto* links = new LinkFeature(&host);
    host.scene()->selectIds({QStringLiteral("vp-1")});
    links->linkSelection();
    ASSERT_EQ(host.statusMessages.size(), 1);
    EXPECT_TRUE(host.statusMessages.last().contains(QLatin1String("Select two notes")));
    EXPECT_TRUE(host.document()->state().links.empty());

    host.scene()->selectIds({QStringLiteral("vp-1"), QStringLiteral("cs-1")});
    links->linkSelection();
    ASSERT_EQ(host.document()->state().links.size(), 1u);
    const Link& link = host.document()->state().links.front();
    EXPECT_EQ(QStringList({link.from, link.to}),
              QStringList({QStringLiteral("vp-1"), QStringLiteral("cs-1")}));
    EXPECT_TRUE(host.statusMessages.last().startsWith(QLatin1String("Linked")));
    EXPECT_EQ(host.document()->undoStack()->count(), 1); // one gesture, one step
}

TEST(FakeHostTest, ExportFeatureTakesTheFileAndToolbarPlaces) {
    FakeHost host;
    auto* exporting = new ExportFeature(&host);
    EXPECT_EQ(host.feature<ExportFeature>(), exporting);
    EXPECT_EQ(texts(host.menuPlaces()->actionsIn(QStringLiteral("file.export"))),
              QStringList({QStringLiteral("Export…"), QStringLiteral("Print…")}));
    EXPECT_EQ(host.menuPlaces()->actionsIn(QStringLiteral("toolbar.export")),
              QList<QAction*>{exporting->exportAction()});
}

TEST(FakeHostTest, SessionFeatureGuardsOpenAndSaveThroughTheHost) {
    FakeHost host;
    auto* session = new SessionFeature(&host);
    EXPECT_TRUE(host.openCheck);
    EXPECT_TRUE(host.saveCheck);
    EXPECT_TRUE(host.menuPlaces()
                    ->actionsIn(QStringLiteral("session.details"))
                    .contains(session->detailsAction()));
    EXPECT_TRUE(host.menuPlaces()
                    ->actionsIn(QStringLiteral("file.template"))
                    .contains(session->newFromTemplateAction()));
}

TEST(FakeHostTest, PresenterAsksTheHostToPresentAndToStop) {
    FakeHost host;
    host.adoptSession(twoNotes(), QString(), WindowHost::Adoption::Saved);
    auto* workshop = new WorkshopFeature(&host);
    ASSERT_EQ(host.docks.size(), 1u);
    EXPECT_EQ(host.docks[0].first, static_cast<QDockWidget*>(workshop->snapshotDock()));
    EXPECT_EQ(host.docks[0].second, WindowHost::DockPlace::BesideInspector);
    EXPECT_EQ(host.menuPlaces()->actionsIn(QStringLiteral("toolbar.present")),
              QList<QAction*>{workshop->presenter()->action()});
    workshop->presenter()->start();
    EXPECT_TRUE(workshop->presenter()->isActive());
    workshop->presenter()->stop();
    EXPECT_EQ(host.presentingCalls, QList<bool>({true, false}));
}

} // namespace
} // namespace tandem::test
