// MainWindow, continued: the file commands.

#include "mainwindow.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "recentfiles.h"
#include "sessionfiles.h"
#include "sessionreader.h"
#include "sessiontemplate.h"
#include "sessionwriter.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace tandem {

void MainWindow::updateTitle() {
    const QString path = m_document->filePath();
    QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    if (m_readOnly)
        name = tr("%1 (read-only)").arg(name);
    const QString sessionTitle = m_document->info().title.simplified();
    setWindowTitle(sessionTitle.isEmpty()
                       ? tr("%1[*] \u2014 Tandem").arg(name)
                       : tr("%1[*] \u2014 %2 \u2014 Tandem").arg(name, sessionTitle));
    setWindowFilePath(path);
    setWindowModified(m_document->isModified());
    m_revert->setEnabled(!path.isEmpty());
}

void MainWindow::adoptSession(Session session, const QString& path, Adoption adoption) {
    m_document->resetSession(std::move(session));
    m_document->setFilePath(path);
    if (adoption == Adoption::Saved)
        m_document->markSaved();
    else
        m_document->undoStack()->resetClean(); // closing asks, Save writes
    updateTitle();
    // After the window has its final size, show everything.
    QTimer::singleShot(0, m_view, [view = m_view] { view->zoomToFit(); });
}

std::optional<Session> MainWindow::loadResource(const QString& path) {
    LoadError error;
    auto session = SessionReader::readFile(path, &error);
    if (!session)
        showError(tr("Cannot Create Session"), error.toString());
    return session;
}

bool MainWindow::openFile(const QString& path) {
    LoadError error;
    auto session = SessionReader::readFile(path, &error);
    if (!session) {
        // The open document stays exactly as it was.
        showError(tr("Cannot Open Session"), error.toString());
        if (!QFileInfo::exists(path))
            RecentFiles::remove(path);
        return false;
    }
    if (m_openCheck && !m_openCheck(QFileInfo(path).absoluteFilePath()))
        return false;
    adoptSession(std::move(*session), QFileInfo(path).absoluteFilePath(), Adoption::Saved);
    RecentFiles::add(path);
    return true;
}

void MainWindow::openWithDialog() {
    if (!maybeSave())
        return;
    const QString start = m_document->filePath().isEmpty()
                              ? QDir::homePath()
                              : QFileInfo(m_document->filePath()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Session"), start, SessionFiles::dialogFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newFromBlankTemplate() {
    Session session;
    if (auto blank = loadResource(QStringLiteral(":/templates/blank.tandem.yaml")))
        session = sessionFromTemplate(*blank);
    else
        session.info.title = tr("Untitled session");
    adoptSession(std::move(session), QString(), Adoption::Saved);
}

void MainWindow::newFromExample() {
    if (auto example = loadResource(QStringLiteral(":/examples/northwind.tandem.yaml")))
        adoptSession(std::move(*example), QString(), Adoption::Saved);
}

bool MainWindow::saveFile(const QString& path) {
    if (m_saveCheck && !m_saveCheck(QFileInfo(path).absoluteFilePath()))
        return false;
    QString error;
    if (!SessionWriter::saveFile(m_document->session(), path, &error)) {
        showError(tr("Cannot Save Session"),
                  tr("The session could not be saved to %1.\n\n%2\n\nYour changes are still "
                     "here; try another folder with Save As.")
                      .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_document->markSavedTo(QFileInfo(path).absoluteFilePath());
    RecentFiles::add(path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::save() {
    m_scene->commitEditing();
    if (m_document->filePath().isEmpty() || m_readOnly)
        return saveAs();
    return saveFile(m_document->filePath());
}

WindowHost* MainWindow::openNewWindow() {
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

void MainWindow::setFileChecks(FileCheck open, FileCheck save) {
    m_openCheck = std::move(open);
    m_saveCheck = std::move(save);
}

void MainWindow::setReadOnly(bool readOnly) {
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    updateTitle();
}

bool MainWindow::saveAs() {
    m_scene->commitEditing();
    QString start = m_document->filePath();
    if (start.isEmpty()) {
        QString title = m_document->info().title.trimmed();
        title.replace(QLatin1Char('/'), QLatin1Char('-'));
        start = QDir::home().filePath((title.isEmpty() ? tr("session") : title) +
                                      QStringLiteral(".tandem.yaml"));
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Session As"), start,
                                                      SessionFiles::dialogFilter());
    if (path.isEmpty())
        return false;
    return saveFile(SessionFiles::withExtension(path));
}

void MainWindow::revert() {
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return;
    if (m_document->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Revert"),
            tr("Throw away all changes since %1 was last saved?").arg(QFileInfo(path).fileName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    openFile(path);
}

bool MainWindow::maybeSave() {
    m_scene->commitEditing();
    if (!m_document->isModified())
        return true;
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them first?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    int number = 1;
    for (const QString& file : files) {
        const QString text =
            number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(file).fileName())
                        : QFileInfo(file).fileName();
        ++number;
        QAction* action = m_recentMenu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
            [] { RecentFiles::clear(); });
}

void MainWindow::openDroppedFiles(const QStringList& paths) {
    if (paths.isEmpty() || !maybeSave())
        return;
    openFile(paths.first());
    for (qsizetype i = 1; i < paths.size(); ++i) {
        WindowHost* window = openNewWindow();
        if (!window->openFile(paths[i]))
            window->newFromBlankTemplate();
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!SessionFiles::pathsIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList paths = SessionFiles::pathsIn(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openDroppedFiles(paths);
}

} // namespace tandem
