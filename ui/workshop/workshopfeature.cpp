#include "workshopfeature.h"

#include "menuplaces.h"
#include "presenter.h"
#include "snapshotdock.h"
#include "voting.h"
#include "windowhost.h"

#include <QAction>
#include <QMenu>

namespace tandem {

WorkshopFeature::WorkshopFeature(WindowHost* host)
    : QObject(host->widget())
    , m_snapshots(new SnapshotDock(host))
    , m_presenter(new PresenterMode(host))
    , m_voting(new Voting(host)) {
    host->registerFeature(this);
    // A tab beside the inspector: the comparison needs the column's height.
    host->addDock(m_snapshots, WindowHost::DockPlace::BesideInspector);
    m_snapshots->hide();
    connect(m_snapshots->toggleViewAction(), &QAction::toggled, m_snapshots, [this](bool on) {
        if (on)
            m_snapshots->raise();
    });
    installActions(host);
}

WorkshopFeature::~WorkshopFeature() {
    // Before the window takes the document and the scene they work on.
    delete m_presenter;
    delete m_voting;
    delete m_snapshots;
}

void WorkshopFeature::installActions(WindowHost* host) {
    QAction* snapshotsPanel = m_snapshots->toggleViewAction();
    snapshotsPanel->setText(tr("&Snapshots Panel"));
    QAction* takeSnapshot = m_snapshots->takeAction();
    MenuPlaces* places = host->menuPlaces();
    places->add(QStringLiteral("view.workshop"), {snapshotsPanel, m_presenter->action()});
    places->add(QStringLiteral("session.snapshots"), {takeSnapshot, snapshotsPanel});
    places->add(QStringLiteral("session.voting"),
                {m_voting->voteModeAction(), m_voting->clearAction()});
    places->add(QStringLiteral("session.present"), {m_presenter->action()});
    places->add(QStringLiteral("toolbar.present"), {m_presenter->action()});
    if (QMenu* session = places->menuOf(QStringLiteral("session.voting")))
        connect(session, &QMenu::aboutToShow, m_voting, &Voting::updateTally);
    // Shortcuts keep working while facilitation mode hides the menu bar.
    host->addWindowActions({takeSnapshot, snapshotsPanel, m_voting->voteModeAction()});
}

} // namespace tandem
