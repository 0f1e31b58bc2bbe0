#include "filelock.h"

#include "document.h"
#include "windowhost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace tandem {

namespace {

QString describeOwner(const LockOwner& owner) {
    if (owner.pid <= 0)
        return FileLock::tr("another Tandem");
    if (owner.hostName.isEmpty() || owner.hostName == QSysInfo::machineHostName())
        return FileLock::tr("another Tandem (process %1)").arg(owner.pid);
    return FileLock::tr("another Tandem (process %1 on %2)").arg(owner.pid).arg(owner.hostName);
}

// Passes everything on but QLockFile's complaint about a lock file that is
// already gone.
QtMessageHandler previousHandler = nullptr;

void quietAboutVanishedLocks(QtMsgType type, const QMessageLogContext& context,
                             const QString& message) {
    if (!message.startsWith(QLatin1String("Could not remove our own lock file")) && previousHandler)
        previousHandler(type, context, message);
}

} // namespace

FileLock::Claim::Claim(QString claimed, std::unique_ptr<QLockFile> held, bool readOnlyClaim)
    : path(std::move(claimed))
    , lock(std::move(held))
    , readOnly(readOnlyClaim) {}

FileLock::Claim::Claim(Claim&& other) noexcept
    : path(std::move(other.path))
    , lock(std::move(other.lock))
    , readOnly(other.readOnly) {}

FileLock::Claim& FileLock::Claim::operator=(Claim&& other) noexcept {
    if (this != &other) {
        release();
        path = std::move(other.path);
        lock = std::move(other.lock);
        readOnly = other.readOnly;
    }
    return *this;
}

FileLock::Claim::~Claim() {
    release();
}

void FileLock::Claim::release() {
    if (!lock)
        return;
    // When the folder went away with the file (a temporary folder, an
    // unplugged stick) there is nothing left to unlock, and QLockFile's
    // warning about it would only be noise.
    if (QFileInfo::exists(lockFilePath(path))) {
        lock.reset();
        return;
    }
    previousHandler = qInstallMessageHandler(quietAboutVanishedLocks);
    lock.reset();
    qInstallMessageHandler(previousHandler);
}

namespace {

FileLock::Ask& defaultAsk() {
    static FileLock::Ask ask;
    return ask;
}

} // namespace

void FileLock::setDefaultAsk(Ask ask) {
    defaultAsk() = std::move(ask);
}

FileLock::FileLock(WindowHost* host)
    : QObject(host->widget())
    , m_host(host) {
    host->setFileChecks([this](const QString& path) { return checkOpen(path); },
                        [this](const QString& path) { return checkSave(path); });
    connect(host->document(), &Document::filePathChanged, this, &FileLock::reconcile);
}

FileLock::~FileLock() = default;

QString FileLock::lockFilePath(const QString& path) {
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".~%1.lock").arg(info.fileName()));
}

std::unique_ptr<QLockFile> FileLock::tryLock(const QString& path, std::optional<LockOwner>* owner) {
    auto lock = std::make_unique<QLockFile>(lockFilePath(path));
    // Never treat a lock as stale by age: a workshop runs all day. A lock
    // whose process is gone is still detected as stale and removed.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        LockOwner who;
        lock->getLockInfo(&who.pid, &who.hostName, &who.appName);
        who.thisProcess = who.pid == QCoreApplication::applicationPid() &&
                          (who.hostName.isEmpty() || who.hostName == QSysInfo::machineHostName());
        *owner = who;
    }
    return nullptr;
}

std::optional<LockOwner> FileLock::owner(const QString& path) {
    std::optional<LockOwner> who;
    tryLock(path, &who); // released again at once when it succeeds
    return who;
}

QString FileLock::lockedPath() const {
    return m_held.lock ? m_held.path : QString();
}

FileLock::Choice FileLock::ask(const QString& path, const LockOwner& owner) {
    if (m_ask)
        return m_ask(path, owner);
    if (const Ask& fallback = defaultAsk())
        return fallback(path, owner);
    QMessageBox box(QMessageBox::Warning, tr("File Already Open"),
                    tr("%1 is open in %2.").arg(QFileInfo(path).fileName(), describeOwner(owner)),
                    QMessageBox::Cancel, m_host->widget());
    box.setInformativeText(tr("Two editors on one file would overwrite each other's work. You "
                              "can open it read-only: you may still change it here, and save "
                              "it under another name."));
    box.setTextFormat(Qt::PlainText);
    QPushButton* readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly ? Choice::OpenReadOnly : Choice::Cancel;
}

void FileLock::propose(Claim claim) {
    m_next = std::move(claim);
    // When the open or save fails, the document keeps its file and the
    // proposal is dropped here.
    QTimer::singleShot(0, this, &FileLock::reconcile);
}

bool FileLock::checkOpen(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_held.lock && m_held.path == absolute)
        return true; // revert, reload: already ours
    std::optional<LockOwner> who;
    std::unique_ptr<QLockFile> lock = tryLock(absolute, &who);
    if (lock || !who) {
        propose({absolute, std::move(lock), false});
        return true;
    }
    if (m_held.readOnly && m_held.path == absolute) {
        propose({absolute, nullptr, true}); // still held elsewhere: stay read-only
        return true;
    }
    if (who->thisProcess) {
        // Another window of this Tandem: no question, but no second writer.
        propose({absolute, nullptr, true});
        m_host->showStatus(tr("%1 is already open in another window: this one is read-only.")
                               .arg(QFileInfo(absolute).fileName()),
                           15000);
        return true;
    }
    if (ask(absolute, *who) == Choice::Cancel)
        return false;
    propose({absolute, nullptr, true});
    return true;
}

bool FileLock::checkSave(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_held.lock && m_held.path == absolute)
        return true;
    std::optional<LockOwner> who;
    std::unique_ptr<QLockFile> lock = tryLock(absolute, &who);
    if (lock || !who) {
        propose({absolute, std::move(lock), false});
        return true;
    }
    const QString message =
        who->thisProcess
            ? tr("%1 is open in another window. Close it there first, or save under another "
                 "name.")
                  .arg(QFileInfo(absolute).fileName())
            : tr("%1 is open in %2. Saving here would overwrite the work done there; save "
                 "under another name.")
                  .arg(QFileInfo(absolute).fileName(), describeOwner(*who));
    QMessageBox box(QMessageBox::Warning, tr("Cannot Save Session"), message, QMessageBox::Ok,
                    m_host->widget());
    box.setTextFormat(Qt::PlainText);
    box.exec();
    return false;
}

void FileLock::reconcile() {
    const QString path = m_host->document()->filePath();
    if (path.isEmpty()) {
        m_next.reset();
        apply({});
        return;
    }
    if (m_next && m_next->path == path) {
        Claim next = std::move(*m_next);
        m_next.reset();
        apply(std::move(next));
        return;
    }
    m_next.reset();
    if (m_held.path == path)
        return;
    // The file changed without an open or save (a restored session): claim
    // it now, read-only if someone else has it.
    std::optional<LockOwner> who;
    std::unique_ptr<QLockFile> lock = tryLock(path, &who);
    const bool readOnly = !lock && who.has_value();
    apply({path, std::move(lock), readOnly});
    if (readOnly) {
        m_host->showStatus(tr("%1 is open in %2: this window is read-only.")
                               .arg(QFileInfo(path).fileName(), describeOwner(*who)),
                           15000);
    }
}

void FileLock::apply(Claim claim) {
    // The new lock is in hand before the old one goes.
    m_held = std::move(claim);
    m_host->setReadOnly(m_held.readOnly);
}

} // namespace tandem
