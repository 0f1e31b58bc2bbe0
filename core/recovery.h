#pragma once

#include "loaderror.h"
#include "model.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tandem {

// One autosaved session that can be offered back after a crash.
struct RecoveryEntry {
    QString key;          // the session key the writer used
    QString sessionPath;  // <folder>/<key>.tandem.yaml
    QString originalPath; // the user's file, empty for a never-saved session
    QString title;        // the session title when it was written
    qint64 pid = 0;       // the process that wrote it
    QDateTime written;    // when it was written (UTC)
    qint64 size = -1;     // byte size and SHA-256 (hex) of the session file
    QByteArray sha256;
};

// Autosave and crash recovery, the widget-free half. Each open session
// autosaves under a key of its own into one folder: `<key>.tandem.yaml`, a
// plain session file, and `<key>.json`, a sidecar naming the user's file, the
// writing process and a checksum of the session bytes. The user's own file is
// never touched. At the next start, pending() lists what a process that is no
// longer running left behind; load() gives it back whole or not at all: a
// damaged or truncated file is reported and renamed `*.corrupt`, so it never
// blocks a start twice. After a real save, or when the user declines the
// offer, the editor calls remove().
class RecoveryStore {
public:
    // QStandardPaths::AppDataLocation + "/recovery".
    RecoveryStore();
    explicit RecoveryStore(const QString& directory);

    QString directory() const { return m_directory; }
    void setDirectory(const QString& directory) { m_directory = directory; }

    // A new key for a session opened in this process, unique and safe as a
    // file name.
    static QString newSessionKey();
    // The default folder (needs the application name set for a useful path).
    static QString defaultDirectory();

    // Writes the session's recovery copy and its sidecar, each atomically.
    // Returns false with a reason in `error` (when given) if it cannot.
    bool write(const QString& sessionKey, const QString& originalPath, const Session& session,
               QString* error = nullptr);
    // Removes a session's recovery copy (after a save, a clean close, or when
    // the user discards it). Missing files are fine.
    void remove(const QString& sessionKey);
    // Recoverable sessions whose writer is no longer running, oldest first.
    // Sidecars that cannot be read are moved aside and described in
    // `problems`; a sidecar whose session file never got written is removed.
    std::vector<RecoveryEntry> pending(QStringList* problems = nullptr);
    // Reads an entry back. On any problem (missing, checksum mismatch, not a
    // valid session) the files are renamed `*.corrupt`, `error` says why, and
    // nullopt is returned.
    std::optional<Session> load(const RecoveryEntry& entry, LoadError* error = nullptr);

    QString sessionPath(const QString& sessionKey) const;
    QString sidecarPath(const QString& sessionKey) const;

private:
    void moveAside(const QString& sessionKey);

    QString m_directory;
};

// True while a process with this id runs (always false for pid <= 0).
bool isProcessRunning(qint64 pid);

} // namespace tandem
