#include "filewatch.h"

#include "canvasview.h"
#include "document.h"
#include "filewatchbar.h"
#include "windowhost.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QUndoStack>

namespace tandem {

FileWatch::FileWatch(WindowHost* host)
    : QObject(host->widget())
    , m_host(host)
    , m_bar(new FileWatchBar(host->view())) {
    // Writers such as editors and git replace a file in several steps; look
    // once things have settled.
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &FileWatch::checkNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        // A file replaced by rename drops out of the watch list: watch the new one.
        rewatch();
        m_settle.start();
    });
    connect(host->document(), &Document::filePathChanged, this, &FileWatch::follow);
    connect(host->document(), &Document::savedTo, this, [this](const QString& path) {
        // Our own save: what is on disk now is what the window knows.
        if (path == m_path) {
            m_known = fingerprint();
            rewatch();
        }
    });
    follow(host->document()->filePath());
}

bool FileWatch::isAsking() const {
    return m_asking;
}

QByteArray FileWatch::fingerprint() const {
    if (m_path.isEmpty())
        return {};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

void FileWatch::follow(const QString& path) {
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_settle.stop();
    m_path = path.startsWith(QLatin1Char(':')) ? QString() : path;
    m_asking = false;
    m_bar->hide();
    m_known = fingerprint();
    rewatch();
}

void FileWatch::rewatch() {
    if (m_path.isEmpty())
        return;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void FileWatch::checkNow() {
    m_settle.stop();
    if (m_path.isEmpty())
        return;
    const QByteArray now = fingerprint();
    if (now == m_known)
        return;
    m_asking = true;
    const QString name = QFileInfo(m_path).fileName();
    m_bar->clearButtons();
    if (now.isEmpty()) {
        m_bar->showMessage(tr("<b>%1 was moved or deleted</b> by another program. The session "
                              "is still here; Save writes it back.")
                               .arg(name.toHtmlEscaped()));
        m_bar->addButton(tr("OK"), [this] { keepMine(); });
    } else {
        const QString text =
            m_host->document()->isModified()
                ? tr("<b>%1 was changed by another program.</b> Reload it and lose the changes "
                     "made here, or keep this version and overwrite it at the next save?")
                : tr("<b>%1 was changed by another program.</b> Reload it, or keep this "
                     "version and overwrite it at the next save?");
        m_bar->showMessage(text.arg(name.toHtmlEscaped()));
        m_bar->addButton(tr("&Reload"), [this] { reload(); })->setDefault(true);
        m_bar->addButton(tr("&Keep Mine"), [this] { keepMine(); });
    }
    Q_EMIT changedOnDisk(m_path);
}

void FileWatch::reload() {
    m_asking = false;
    m_bar->hide();
    const QString path = m_path;
    // openFile keeps the document as it was when the new file cannot be read.
    if (m_host->openFile(path)) {
        m_known = fingerprint();
        m_host->showStatus(tr("Reloaded %1").arg(QFileInfo(path).fileName()), 4000);
    }
    rewatch();
}

void FileWatch::keepMine() {
    m_asking = false;
    m_bar->hide();
    m_known = fingerprint();
    // The window's version differs from the disk now: say so, and let Save
    // (and closing) treat it as unsaved.
    if (!m_host->document()->isModified())
        m_host->document()->undoStack()->resetClean();
    rewatch();
}

} // namespace tandem
