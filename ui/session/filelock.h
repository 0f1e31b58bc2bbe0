#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace tandem {

class WindowHost;

// Who holds a session file open.
struct LockOwner {
    qint64 pid = 0;
    QString hostName;
    QString appName;
    bool thisProcess = false; // another window of this Tandem
};

// One editor per file: while a window has a session file open it holds a
// QLockFile next to it (".~NAME.lock", hidden on Linux and macOS). Opening a
// file another running Tandem holds asks whether to open it read-only
// (edits stay in the window; Save asks for another name); saving over such a
// file is refused. A lock left by a process that no longer runs (a crash) is
// stale and taken over silently. Where no lock can be made (a read-only
// folder) files open as before: the lock protects, it never stands in the way.
class FileLock : public QObject {
    Q_OBJECT

public:
    enum class Choice { OpenReadOnly, Cancel };
    using Ask = std::function<Choice(const QString& path, const LockOwner& owner)>;

    explicit FileLock(WindowHost* host);
    ~FileLock() override;

    static QString lockFilePath(const QString& path);
    // The live process holding `path`, if any (a stale lock is not an owner).
    static std::optional<LockOwner> owner(const QString& path);

    // The file this window holds, or empty.
    QString lockedPath() const;
    // Replaces the question asked when another Tandem holds a file (tests).
    // The default asks with a message box.
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    // The question for every window's lock that has none of its own (the
    // test driver's answer, tests/driver).
    static void setDefaultAsk(Ask ask);

    // The window's open and save checks (see WindowHost::setFileChecks).
    bool checkOpen(const QString& path);
    bool checkSave(const QString& path);

private:
    // A file this window holds or is about to hold.
    struct Claim {
        Claim() = default;
        Claim(QString claimed, std::unique_ptr<QLockFile> held, bool readOnlyClaim);
        Claim(Claim&& other) noexcept;
        Claim& operator=(Claim&& other) noexcept;
        ~Claim();
        void release();

        QString path;
        std::unique_ptr<QLockFile> lock; // null when no lock could be made
        bool readOnly = false;
    };
    // Tries to lock `path`. On failure `owner` says who holds it; when the
    // lock file cannot be made at all, `owner` stays empty.
    static std::unique_ptr<QLockFile> tryLock(const QString& path, std::optional<LockOwner>* owner);
    Choice ask(const QString& path, const LockOwner& owner);
    void propose(Claim claim);
    // Makes the held lock match the document's file, after open, save, or
    // anything else that changed it (restoring a recovered session).
    void reconcile();
    void apply(Claim claim);

    WindowHost* m_host;
    Claim m_held;
    std::optional<Claim> m_next;
    Ask m_ask;
};

} // namespace tandem
