#include "sessionfiles.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QUrl>

namespace tandem::SessionFiles {

QString dialogFilter() {
    return QCoreApplication::translate(
        "SessionFiles", "Tandem sessions (*.tandem.yaml *.yaml *.yml);;All files (*)");
}

bool isSessionFileName(const QString& path) {
    return path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive);
}

QStringList pathsIn(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (isSessionFileName(path))
            paths.append(path);
    }
    return paths;
}

QString withExtension(const QString& path) {
    return isSessionFileName(path) ? path : path + QStringLiteral(".tandem.yaml");
}

} // namespace tandem::SessionFiles
