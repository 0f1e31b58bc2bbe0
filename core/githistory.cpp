#include "githistory.h"

#include "sessionreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace tandem {

namespace {

void say(QString* why, const QString& text) {
    if (why)
        *why = text;
}

} // namespace

GitHistory::GitHistory(QString filePath)
    : m_filePath(std::move(filePath)) {}

std::optional<QByteArray> GitHistory::git(const QStringList& arguments, QString* why) const {
    if (m_filePath.isEmpty()) {
        say(why, QCoreApplication::translate("GitHistory",
                                             "The session has not been saved to a file yet."));
        return std::nullopt;
    }
    QProcess process;
    process.setWorkingDirectory(QFileInfo(m_filePath).absolutePath());
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForStarted(5000)) {
        say(why, QCoreApplication::translate("GitHistory",
                                             "git is not installed (or cannot be started)."));
        return std::nullopt;
    }
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        const QString message = QString::fromUtf8(process.readAllStandardError()).trimmed();
        say(why, message.isEmpty()
                     ? QCoreApplication::translate("GitHistory", "git did not answer.")
                     : message);
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

bool GitHistory::available(QString* why) const {
    const auto inside =
        git({QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree")}, why);
    if (!inside || inside->trimmed() != "true") {
        if (inside)
            say(why, QCoreApplication::translate(
                         "GitHistory", "The session's folder is not in a git working tree."));
        else if (why && why->contains(QLatin1String("not a git repository")))
            say(why, QCoreApplication::translate(
                         "GitHistory", "The session's folder is not in a git working tree."));
        return false;
    }
    return true;
}

std::vector<GitCommit> GitHistory::commits(QString* why) const {
    // Fields and records apart by control characters no message contains.
    const auto out = git({QStringLiteral("log"), QStringLiteral("--follow"),
                          QStringLiteral("--format=%H%x1f%an%x1f%aI%x1f%s%x1e"),
                          QStringLiteral("--"), QFileInfo(m_filePath).fileName()},
                         why);
    std::vector<GitCommit> result;
    if (!out)
        return result;
    for (const QString& record : QString::fromUtf8(*out).split(QChar(0x1e), Qt::SkipEmptyParts)) {
        const QStringList fields = record.trimmed().split(QChar(0x1f));
        if (fields.size() != 4)
            continue;
        result.push_back(
            {fields[0], fields[1], QDateTime::fromString(fields[2], Qt::ISODate), fields[3]});
    }
    return result;
}

std::optional<Session> GitHistory::sessionAt(const QString& hash, QString* why) const {
    // "HASH:./NAME" is the path relative to the working directory.
    const auto bytes = git(
        {QStringLiteral("show"), hash + QStringLiteral(":./") + QFileInfo(m_filePath).fileName()},
        why);
    if (!bytes)
        return std::nullopt;
    LoadError error;
    const auto session = SessionReader::readBytes(
        *bytes, QFileInfo(m_filePath).fileName() + QLatin1Char('@') + hash.left(7), &error);
    if (!session)
        say(why, error.toString());
    return session;
}

} // namespace tandem
