#include "benchutil.h"

#include "sessiongenerator.h"
#include "sessionwriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>

#include <map>

namespace tandem::bench {

const QByteArray& sessionBytes(int elements) {
    static std::map<int, QByteArray> cache;
    auto it = cache.find(elements);
    if (it == cache.end())
        it = cache.emplace(elements, SessionWriter::toBytes(generateSession(elements, 42))).first;
    return it->second;
}

void waitForBackgroundWork() {
    QThreadPool::globalInstance()->waitForDone();
}

double peakResidentMegabytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

QString isolateUserFolders() {
    static QTemporaryDir home;
    static bool done = false;
    if (done)
        return home.path();
    done = true;
    const QDir root(home.path());
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString folder = root.filePath(QString::fromLatin1(variable));
        root.mkpath(folder);
        qputenv(variable, QFile::encodeName(folder));
    }
    // QSettings keeps the user folder it found first; this replaces it.
    const QString config = root.filePath(QStringLiteral("XDG_CONFIG_HOME"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    return home.path();
}

void keepFrame(const QImage& frame, const QString& name) {
    const QString dir = qEnvironmentVariable("TANDEM_BENCH_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    frame.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace tandem::bench
