#include "historyfeature.h"

#include "document.h"
#include "menuplaces.h"
#include "snapshotcommands.h"
#include "snapshotcomparepanel.h"
#include "snapshotdock.h"
#include "windowhost.h"
#include "workshopfeature.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

HistoryFeature::HistoryFeature(WindowHost* host)
    : QObject(host->widget())
    , m_host(host)
    , m_action(new QAction(tr("&History…"), this)) {
    host->registerFeature(this);
    connect(m_action, &QAction::triggered, this, &HistoryFeature::showHistory);
    host->menuPlaces()->add(QStringLiteral("session.snapshots"), {m_action});
    connect(host->document(), &Document::filePathChanged, this,
            &HistoryFeature::updateAvailability);
    connect(host->document(), &Document::savedTo, this, &HistoryFeature::updateAvailability);
    updateAvailability();
}

void HistoryFeature::updateAvailability() {
    QString why;
    const bool available = GitHistory(m_host->document()->filePath()).available(&why);
    m_action->setEnabled(available);
    m_action->setText(available ? tr("&History…") : tr("History (unavailable: %1)").arg(why));
    m_action->setStatusTip(available ? tr("Commits that changed this session's file") : why);
}

std::vector<GitCommit> HistoryFeature::commits() const {
    return GitHistory(m_host->document()->filePath()).commits();
}

bool HistoryFeature::takeAsSnapshot(const QString& hash, QString* name) {
    QString why;
    const GitHistory history(m_host->document()->filePath());
    const auto session = history.sessionAt(hash, &why);
    if (!session) {
        m_host->showStatus(why, 8000);
        return false;
    }
    Snapshot snapshot;
    snapshot.name = QStringLiteral("git %1").arg(hash.left(7));
    snapshot.state = session->state;
    for (const GitCommit& commit : history.commits()) {
        if (commit.hash == hash)
            snapshot.taken = commit.date.toUTC();
    }
    Document* document = m_host->document();
    std::vector<Snapshot> snapshots = document->session().snapshots;
    const int existing = document->snapshotIndex(snapshot.name);
    if (existing >= 0)
        snapshots[static_cast<std::size_t>(existing)] = snapshot;
    else
        snapshots.push_back(snapshot);
    document->undoStack()->push(new SetSnapshotsCommand(
        document, std::move(snapshots), tr("Take %1 as a snapshot").arg(snapshot.name)));
    if (name)
        *name = snapshot.name;
    return true;
}

bool HistoryFeature::compareWithCurrent(const QString& hash) {
    QString name;
    if (!takeAsSnapshot(hash, &name))
        return false;
    if (auto* workshop = m_host->feature<WorkshopFeature>()) {
        workshop->snapshotDock()->show();
        workshop->snapshotDock()->raise();
        workshop->snapshotDock()->compare()->setSides(name, {});
    }
    return true;
}

bool HistoryFeature::openInWindow(const QString& hash) {
    QString why;
    auto session = GitHistory(m_host->document()->filePath()).sessionAt(hash, &why);
    if (!session) {
        m_host->showStatus(why, 8000);
        return false;
    }
    m_host->openNewWindow()->adoptSession(std::move(*session), {}, WindowHost::Adoption::Unsaved);
    return true;
}

void HistoryFeature::showHistory() {
    QDialog dialog(m_host->widget());
    dialog.setWindowTitle(tr("History of %1").arg(m_host->document()->filePath()));
    auto* tree = new QTreeWidget;
    tree->setHeaderLabels({tr("Date"), tr("Author"), tr("Message")});
    tree->setRootIsDecorated(false);
    for (const GitCommit& commit : commits()) {
        auto* item = new QTreeWidgetItem(
            tree, {QLocale().toString(commit.date.toLocalTime(), QLocale::ShortFormat),
                   commit.author, commit.subject});
        item->setData(0, Qt::UserRole, commit.hash);
    }
    tree->setCurrentItem(tree->topLevelItem(0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto hashOf = [tree] {
        return tree->currentItem() ? tree->currentItem()->data(0, Qt::UserRole).toString()
                                   : QString();
    };
    auto addButton = [&](const QString& text, auto action) {
        QPushButton* button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        connect(button, &QPushButton::clicked, &dialog, [&dialog, hashOf, action] {
            if (!hashOf().isEmpty() && action(hashOf()))
                dialog.accept();
        });
    };
    addButton(tr("&Compare with current"),
              [this](const QString& h) { return compareWithCurrent(h); });
    addButton(tr("Take as &snapshot"), [this](const QString& h) { return takeAsSnapshot(h); });
    addButton(tr("&Open in window"), [this](const QString& h) { return openInWindow(h); });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(640, 400);
    dialog.exec();
}

} // namespace tandem
