#include "sessionfeature.h"

#include "autosave.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "filelock.h"
#include "filewatch.h"
#include "menuplaces.h"
#include "sessiondetailsdialog.h"
#include "sessionfiles.h"
#include "sessionreader.h"
#include "sessiontemplate.h"
#include "windowhost.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMouseEvent>
#include <QTimer>

namespace tandem {

namespace {

int nextSerial() {
    static int serial = 0;
    return ++serial;
}

} // namespace

SessionFeature::SessionFeature(WindowHost* host)
    : QObject(host->widget())
    , m_host(host)
    , m_autosave(new Autosave(host->document(), this))
    , m_fileLock(new FileLock(host))
    , m_fileWatch(new FileWatch(host))
    , m_serial(nextSerial()) {
    host->registerFeature(this);
    installActions();
    host->view()->viewport()->installEventFilter(this);
    connect(m_autosave, &Autosave::failed, this, [this](const QString& message) {
        m_host->showStatus(tr("Autosave failed: %1. Save your work to keep it safe.").arg(message),
                           15000);
    });
}

SessionFeature::~SessionFeature() {
    // Before the window takes the document they work on.
    delete m_fileWatch;
    delete m_fileLock;
    delete m_autosave;
}

void SessionFeature::installActions() {
    m_details = new QAction(tr("Session &Details\u2026"), this);
    m_details->setStatusTip(tr("Title, organisation, facilitator, participants, date and notes"));
    connect(m_details, &QAction::triggered, this, &SessionFeature::editDetails);
    m_newFromTemplate = new QAction(tr("New from &Template\u2026"), this);
    m_newFromTemplate->setStatusTip(
        tr("Start a new session from any session file: its notes, without its details"));
    connect(m_newFromTemplate, &QAction::triggered, this, [this] { newFromTemplate(); });

    MenuPlaces* places = m_host->menuPlaces();
    places->add(QStringLiteral("file.template"), {m_newFromTemplate});
    places->add(QStringLiteral("file.details"), {m_details});
    places->add(QStringLiteral("session.details"), {m_details});
    // The shortcut keeps working while facilitation mode hides the menu bar.
    m_host->addWindowActions({m_details});
}

bool SessionFeature::editDetails() {
    return SessionDetailsDialog::edit(m_host->document(), m_host->widget());
}

bool SessionFeature::newFromTemplate(const QString& givenPath) {
    if (!m_host->maybeSave())
        return false;
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString current = m_host->document()->filePath();
        path = QFileDialog::getOpenFileName(m_host->widget(), tr("New Session from Template"),
                                            current.isEmpty() ? QDir::homePath()
                                                              : QFileInfo(current).absolutePath(),
                                            SessionFiles::dialogFilter());
        if (path.isEmpty())
            return false;
    }
    LoadError error;
    const std::optional<Session> source = SessionReader::readFile(path, &error);
    if (!source) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Use Template"), error.toString(),
                        QMessageBox::Ok, m_host->widget());
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    m_host->adoptSession(sessionFromTemplate(*source), QString(), WindowHost::Adoption::Saved);
    m_host->showStatus(tr("New session from %1. Give it a title in Session Details.")
                           .arg(QFileInfo(path).fileName()),
                       8000);
    return true;
}

bool SessionFeature::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseButtonDblClick && watched == m_host->view()->viewport()) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPointF scenePos = m_host->view()->mapToScene(mouse->position().toPoint());
        const CanvasLayout& layout = m_host->scene()->layout();
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
