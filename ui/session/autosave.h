#pragma once

#include "recovery.h"

#include <QObject>
#include <QTimer>

namespace tandem {

class Document;

// Autosave for one open document: some seconds after the first unsaved
// change (Preferences > Autosave, 30 s by default) the session goes to its
// own recovery file in the RecoveryStore, never to the user's file. Further
// changes are written on the same rhythm, so a crash loses at most one
// interval of work. When the document is clean again (saved, reverted,
// undone back to the saved state, another file opened) or the window closes,
// the recovery file is removed: there is nothing left to recover.
class Autosave : public QObject {
    Q_OBJECT

public:
    explicit Autosave(Document* document, QObject* parent = nullptr);
    ~Autosave() override;

    // The folder recovery files go to: $TANDEM_RECOVERY_DIR when set (tests),
    // else RecoveryStore::defaultDirectory().
    static QString configuredDirectory();
    // Milliseconds between autosaves: $TANDEM_AUTOSAVE_INTERVAL_MS when set
    // (tests), else the preference in seconds; 0 means autosave is off.
    static int configuredIntervalMs();

    QString key() const { return m_key; }
    QString directory() const { return m_store.directory(); }
    void setDirectory(const QString& directory);
    // Overrides the configured interval (tests); negative returns to it.
    void setIntervalMs(int milliseconds);
    int intervalMs() const;

    // True while a recovery file for this document exists.
    bool hasRecoveryFile() const { return m_written; }
    QString recoveryFilePath() const { return m_store.sessionPath(m_key); }
    bool isScheduled() const { return m_timer.isActive(); }
    QString lastError() const { return m_lastError; }

    // Writes the recovery file now (after restoring a recovered session, and
    // for tests). False with lastError() when it cannot be written.
    bool writeNow();
    // Removes the recovery file, if any.
    void discard();

Q_SIGNALS:
    void written(const QString& recoveryPath);
    // Autosave could not write; said once per distinct reason.
    void failed(const QString& message);

private:
    void schedule();
    void onCleanChanged(bool clean);

    Document* m_document;
    RecoveryStore m_store;
    QString m_key;
    QTimer m_timer;
    int m_intervalOverride = -1;
    bool m_written = false;
    QString m_lastError;
};

} // namespace tandem
