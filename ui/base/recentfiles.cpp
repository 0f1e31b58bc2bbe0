#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace tandem {

namespace {

const QString key = QStringLiteral("recentFiles");

void store(const QStringList& files) {
    QSettings settings;
    settings.setValue(key, files);
}

} // namespace

QStringList RecentFiles::list() {
    return QSettings().value(key).toStringList();
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxCount)
        files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString& path) {
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear() {
    store({});
}

} // namespace tandem
