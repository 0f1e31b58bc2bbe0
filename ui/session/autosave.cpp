#include "autosave.h"

#include "document.h"
#include "settings.h"

#include <QUndoStack>

namespace tandem {

Autosave::Autosave(Document* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_store(configuredDirectory())
    , m_key(RecoveryStore::newSessionKey()) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_document->isModified())
            writeNow();
    });
    // Every edit, undo and redo moves the stack's index; session details and
    // snapshots are commands too, so nothing escapes this.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosave::schedule);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, &Autosave::onCleanChanged);
}

Autosave::~Autosave() {
    // The window is closing: the user saved, or chose not to. Either way the
    // recovery copy has done its job. (The document may already be gone.)
    discard();
}

QString Autosave::configuredDirectory() {
    const QString fromEnvironment = qEnvironmentVariable("TANDEM_RECOVERY_DIR");
    return fromEnvironment.isEmpty() ? RecoveryStore::defaultDirectory() : fromEnvironment;
}

int Autosave::configuredIntervalMs() {
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("TANDEM_AUTOSAVE_INTERVAL_MS", &ok);
    if (ok && fromEnvironment >= 0)
        return fromEnvironment;
    return Settings::autosaveIntervalSeconds() * 1000;
}

void Autosave::setDirectory(const QString& directory) {
    discard();
    m_store.setDirectory(directory);
}

void Autosave::setIntervalMs(int milliseconds) {
    m_intervalOverride = milliseconds;
}

int Autosave::intervalMs() const {
    return m_intervalOverride >= 0 ? m_intervalOverride : configuredIntervalMs();
}

void Autosave::schedule() {
    // The first unsaved change starts the clock; later ones ride along, so a
    // steady stream of edits still gets written every interval.
    if (!m_document->isModified() || m_timer.isActive())
        return;
    const int interval = intervalMs();
    if (interval > 0)
        m_timer.start(interval);
}

void Autosave::onCleanChanged(bool clean) {
    if (clean) {
        m_timer.stop();
        discard();
    } else {
        schedule();
    }
}

bool Autosave::writeNow() {
    m_timer.stop();
    QString error;
    if (!m_store.write(m_key, m_document->filePath(), m_document->session(), &error)) {
        if (error != m_lastError) {
            m_lastError = error;
            Q_EMIT failed(error);
        }
        // Try again later rather than hammering a full disk.
        const int interval = intervalMs();
        if (interval > 0)
            m_timer.start(interval);
        return false;
    }
    m_lastError.clear();
    m_written = true;
    Q_EMIT written(m_store.sessionPath(m_key));
    return true;
}

void Autosave::discard() {
    if (!m_written)
        return;
    m_store.remove(m_key);
    m_written = false;
}

} // namespace tandem
