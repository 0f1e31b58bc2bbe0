#pragma once

#include "model.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tandem {

// One commit that changed a file.
struct GitCommit {
    QString hash;
    QString author;
    QDateTime date;
    QString subject;
};

// A session file's history from git, through the `git` program (never a
// parser of git's object store of our own). Every call runs git in the
// file's folder and waits for it; a file outside a working tree, or no git,
// gives an empty answer and the reason in *why.
class GitHistory {
public:
    explicit GitHistory(QString filePath);

    // Whether the file is in a git working tree with git installed; when not,
    // *why says so in words for the disabled menu entry.
    bool available(QString* why = nullptr) const;
    // The commits that changed the file, newest first (following renames).
    std::vector<GitCommit> commits(QString* why = nullptr) const;
    // The file as it was in a commit, loaded; nullopt with *why when git or
    // the loader refuses.
    std::optional<Session> sessionAt(const QString& hash, QString* why = nullptr) const;

private:
    std::optional<QByteArray> git(const QStringList& arguments, QString* why) const;

    QString m_filePath;
};

} // namespace tandem
