#include "sessionfeature.h"

#include "autosave.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "filelock.h"
#include "filewatch.h"
#include "inspectordock.h"
#include "mainwindow.h"
#include "menuplaces.h"
#include "presenter.h"
#include "sessiondetailsdialog.h"
#include "sessionreader.h"
#include "sessiontemplate.h"
#include "snapshotdock.h"
#include "voting.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStatusBar>
#include <QTimer>

namespace tandem {

namespace {

int nextSerial() {
    static int serial = 0;
    return ++serial;
}

} // namespace

SessionFeature::SessionFeature(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_autosave(new Autosave(window->document(), this))
    , m_fileLock(new FileLock(window))
    , m_fileWatch(new FileWatch(window))
    , m_snapshots(new SnapshotDock(window))
    , m_presenter(new PresenterMode(window))
    , m_voting(new Voting(window))
    , m_serial(nextSerial()) {
    window->addDockWidget(Qt::RightDockWidgetArea, m_snapshots);
    // A tab beside the inspector: the comparison needs the column's height.
    if (QDockWidget* inspector = window->inspector())
        window->tabifyDockWidget(inspector, m_snapshots);
    m_snapshots->hide();
    connect(m_snapshots->toggleViewAction(), &QAction::toggled, m_snapshots, [this](bool on) {
        if (on)
            m_snapshots->raise();
    });
    installMenus();
    window->view()->viewport()->installEventFilter(this);
    connect(m_autosave, &Autosave::failed, this, [this](const QString& message) {
        m_window->statusBar()->showMessage(
            tr("Autosave failed: %1. Save your work to keep it safe.").arg(message), 15000);
    });
}

SessionFeature::~SessionFeature() {
    // Before the window takes the document and the scene they work on.
    delete m_presenter;
    delete m_voting;
    delete m_snapshots;
    delete m_fileWatch;
    delete m_fileLock;
    delete m_autosave;
}

void SessionFeature::installMenus() {
    m_details = new QAction(tr("Session &Details\u2026"), this);
    m_details->setStatusTip(tr("Title, organisation, facilitator, participants, date and notes"));
    connect(m_details, &QAction::triggered, this, &SessionFeature::editDetails);
    m_newFromTemplate = new QAction(tr("New from &Template\u2026"), this);
    m_newFromTemplate->setStatusTip(
        tr("Start a new session from any session file: its notes, without its details"));
    connect(m_newFromTemplate, &QAction::triggered, this, [this] { newFromTemplate(); });

    MenuPlaces* places = m_window->menuPlaces();
    places->add(QStringLiteral("file.template"), {m_newFromTemplate});
    places->add(QStringLiteral("file.details"), {m_details});

    QAction* snapshotsPanel = m_snapshots->toggleViewAction();
    snapshotsPanel->setText(tr("&Snapshots Panel"));
    QAction* takeSnapshot = m_snapshots->takeAction();
    places->add(QStringLiteral("view.workshop"), {snapshotsPanel, m_presenter->action()});

    m_menu = places->addMenu(QStringLiteral("session"), tr("&Session"));
    m_menu->addAction(m_details);
    m_menu->addSeparator();
    m_menu->addActions({takeSnapshot, snapshotsPanel});
    m_menu->addSeparator();
    m_menu->addActions({m_voting->voteModeAction(), m_voting->clearAction()});
    m_menu->addSeparator();
    m_menu->addAction(m_presenter->action());
    connect(m_menu, &QMenu::aboutToShow, m_voting, &Voting::updateTally);
    // Shortcuts keep working while facilitation mode hides the menu bar.
    m_window->addActions({m_details, takeSnapshot, snapshotsPanel, m_voting->voteModeAction()});
}

bool SessionFeature::editDetails() {
    return SessionDetailsDialog::edit(m_window->document(), m_window);
}

bool SessionFeature::newFromTemplate(const QString& givenPath) {
    if (!m_window->maybeSave())
        return false;
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString current = m_window->document()->filePath();
        path = QFileDialog::getOpenFileName(
            m_window, tr("New Session from Template"),
            current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
            tr("Tandem sessions (*.tandem.yaml *.yaml *.yml);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    LoadError error;
    const std::optional<Session> source = SessionReader::readFile(path, &error);
    if (!source) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Use Template"), error.toString(),
                        QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    Document* document = m_window->document();
    document->resetSession(sessionFromTemplate(*source));
    document->setFilePath(QString());
    document->markSaved();
    QTimer::singleShot(0, m_window->view(), [view = m_window->view()] { view->zoomToFit(); });
    m_window->statusBar()->showMessage(
        tr("New session from %1. Give it a title in Session Details.")
            .arg(QFileInfo(path).fileName()),
        8000);
    return true;
}

bool SessionFeature::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonDblClick && watched == m_window->view()->viewport()) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPointF scenePos = m_window->view()->mapToScene(mouse->position().toPoint());
        const CanvasLayout& layout = m_window->scene()->layout();
        for (Canvas canvas : {Canvas::Business, Canvas::Operating}) {
            // The header carries the session's title: double-click edits it.
            if (mouse->button() == Qt::LeftButton && layout.isVisible(canvas) &&
                layout.headerRect(canvas).contains(scenePos)) {
                QTimer::singleShot(0, this, &SessionFeature::editDetails);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tandem
