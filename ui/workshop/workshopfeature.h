#pragma once

#include <QObject>

namespace tandem {

class PresenterMode;
class SnapshotDock;
class Voting;
class WindowHost;

// The facilitator's tools in one editor window: the snapshots dock with its
// compare panel, facilitation (presenter) mode and dot voting, in the
// Session and View menus and the toolbar.
class WorkshopFeature : public QObject {
    Q_OBJECT

public:
    explicit WorkshopFeature(WindowHost* host);
    ~WorkshopFeature() override;

    SnapshotDock* snapshotDock() const { return m_snapshots; }
    PresenterMode* presenter() const { return m_presenter; }
    Voting* voting() const { return m_voting; }

private:
    void installActions(WindowHost* host);

    SnapshotDock* m_snapshots;
    PresenterMode* m_presenter;
    Voting* m_voting;
};

} // namespace tandem
