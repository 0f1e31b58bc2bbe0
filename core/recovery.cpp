#include "recovery.h"

#include "sessionreader.h"
#include "sessionwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace tandem {

namespace {

const QString sessionSuffix = QStringLiteral(".tandem.yaml");
const QString sidecarSuffix = QStringLiteral(".json");
const QString corruptSuffix = QStringLiteral(".corrupt");
const QString sidecarFormat = QStringLiteral("tandem-recovery/1");
// A sidecar is a few hundred bytes; anything much bigger is not one of ours.
constexpr qint64 maxSidecarSize = 64 * 1024;

// Keys become file names: keep them short and harmless.
QString safeKey(const QString& key) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString result = key.left(100);
    result.replace(unsafe, QStringLiteral("_"));
    return result.isEmpty() ? QStringLiteral("session") : result;
}

// Identifies this boot on Linux, so a pid recorded before a reboot is never
// mistaken for a live writer when the number has been reused since.
QString bootId() {
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.read(64)).trimmed();
}

QByteArray sha256(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Recovery", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Recovery", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

// Replaces `to` if it exists: a newer corrupt copy says more than an older one.
void renameOver(const QString& from, const QString& to) {
    if (!QFileInfo::exists(from))
        return;
    QFile::remove(to);
    if (!QFile::rename(from, to))
        QFile::remove(from); // never leave a file that would block the next start
}

} // namespace

RecoveryStore::RecoveryStore()
    : m_directory(defaultDirectory()) {}

RecoveryStore::RecoveryStore(const QString& directory)
    : m_directory(directory) {}

QString RecoveryStore::newSessionKey() {
    return QStringLiteral("%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

QString RecoveryStore::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString RecoveryStore::sessionPath(const QString& sessionKey) const {
    return QDir(m_directory).filePath(safeKey(sessionKey) + sessionSuffix);
}

QString RecoveryStore::sidecarPath(const QString& sessionKey) const {
    return QDir(m_directory).filePath(safeKey(sessionKey) + sidecarSuffix);
}

bool RecoveryStore::write(const QString& sessionKey, const QString& originalPath,
                          const Session& session, QString* error) {
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("Recovery", "cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // Serialised once, so the checksum in the sidecar is of exactly the bytes
    // on disk. The session file goes first: should the process die between
    // the two writes, the old sidecar no longer matches and load() refuses
    // the file rather than offering something it cannot vouch for.
    const QByteArray bytes = SessionWriter::toBytes(session);
    if (!writeAtomically(sessionPath(sessionKey), bytes, error))
        return false;
    const QJsonObject sidecar{
        {QStringLiteral("format"), sidecarFormat},
        {QStringLiteral("key"), safeKey(sessionKey)},
        {QStringLiteral("original"), originalPath},
        {QStringLiteral("title"), session.info.title},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("boot"), bootId()},
        {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("size"), static_cast<qint64>(bytes.size())},
        {QStringLiteral("sha256"), QString::fromLatin1(sha256(bytes))},
    };
    return writeAtomically(sidecarPath(sessionKey), QJsonDocument(sidecar).toJson(), error);
}

void RecoveryStore::remove(const QString& sessionKey) {
    // The sidecar first: without it the session file is never offered.
    QFile::remove(sidecarPath(sessionKey));
    QFile::remove(sessionPath(sessionKey));
}

void RecoveryStore::moveAside(const QString& sessionKey) {
    renameOver(sessionPath(sessionKey), sessionPath(sessionKey) + corruptSuffix);
    renameOver(sidecarPath(sessionKey), sidecarPath(sessionKey) + corruptSuffix);
}

std::vector<RecoveryEntry> RecoveryStore::pending(QStringList* problems) {
    std::vector<RecoveryEntry> entries;
    const QDir dir(m_directory);
    if (!dir.exists())
        return entries;
    const QString ownBoot = bootId();
    const QStringList sidecars =
        dir.entryList({QLatin1Char('*') + sidecarSuffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : sidecars) {
        const QString key = name.chopped(sidecarSuffix.size());
        if (key != safeKey(key))
            continue; // not written by us
        QFile file(dir.filePath(name));
        QJsonParseError parseError;
        QJsonDocument json;
        if (file.open(QIODevice::ReadOnly) && file.size() <= maxSidecarSize)
            json = QJsonDocument::fromJson(file.readAll(), &parseError);
        file.close();
        const QJsonObject object = json.object();
        const qint64 pid = object.value(QStringLiteral("pid")).toInteger();
        const QDateTime written = QDateTime::fromString(
            object.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
        if (!json.isObject() ||
            object.value(QStringLiteral("format")).toString() != sidecarFormat || pid <= 0 ||
            !written.isValid() || !object.value(QStringLiteral("sha256")).isString()) {
            moveAside(key);
            if (problems)
                problems->append(QCoreApplication::translate(
                                     "Recovery", "%1: damaged recovery record, moved aside")
                                     .arg(QDir::toNativeSeparators(dir.filePath(name))));
            continue;
        }
        const QString boot = object.value(QStringLiteral("boot")).toString();
        const bool sameBoot = boot.isEmpty() || ownBoot.isEmpty() || boot == ownBoot;
        if (pid == QCoreApplication::applicationPid() && sameBoot)
            continue; // one of our own sessions, still open
        if (sameBoot && isProcessRunning(pid))
            continue; // another Tandem still has it open
        if (!QFileInfo::exists(sessionPath(key))) {
            // The writer died before its first copy landed: nothing to offer.
            QFile::remove(dir.filePath(name));
            continue;
        }
        RecoveryEntry entry;
        entry.key = key;
        entry.sessionPath = sessionPath(key);
        entry.originalPath = object.value(QStringLiteral("original")).toString();
        entry.title = object.value(QStringLiteral("title")).toString();
        entry.pid = pid;
        entry.written = written;
        entry.size = object.value(QStringLiteral("size")).toInteger(-1);
        entry.sha256 = object.value(QStringLiteral("sha256")).toString().toLatin1();
        entries.push_back(std::move(entry));
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const RecoveryEntry& a, const RecoveryEntry& b) { return a.written < b.written; });
    return entries;
}

std::optional<Session> RecoveryStore::load(const RecoveryEntry& entry, LoadError* error) {
    const QString path = sessionPath(entry.key);
    auto refuse = [&](const LoadError& problem) -> std::optional<Session> {
        moveAside(entry.key);
        if (error)
            *error = problem;
        return std::nullopt;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(LoadError{path, 0, file.errorString()});
    if (file.size() > SessionReader::MaxFileSize)
        return refuse(
            LoadError{path, 0, QCoreApplication::translate("Recovery", "the file is too large")});
    const QByteArray bytes = file.readAll();
    file.close();
    // A truncated file can still be valid YAML (cut at a line end) and load
    // as a smaller session; only the checksum tells it apart.
    if (bytes.size() != entry.size || sha256(bytes) != entry.sha256) {
        return refuse(LoadError{
            path, 0,
            QCoreApplication::translate("Recovery", "the recovery copy is incomplete or damaged "
                                                    "(it does not match its record)")});
    }
    LoadError problem;
    std::optional<Session> session = SessionReader::readBytes(bytes, path, &problem);
    if (!session)
        return refuse(problem);
    return session;
}

bool isProcessRunning(qint64 pid) {
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    // Signal 0 only checks: EPERM means it exists but belongs to someone else.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    return false;
#endif
}

} // namespace tandem
