#include "benchutil.h"

#include "sessiongenerator.h"
#include "sessionwriter.h"

#include <QFile>

#include <map>

namespace tandem::bench {

const QByteArray& sessionBytes(int elements) {
    static std::map<int, QByteArray> cache;
    auto it = cache.find(elements);
    if (it == cache.end())
        it = cache.emplace(elements, SessionWriter::toBytes(generateSession(elements, 42))).first;
    return it->second;
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

} // namespace tandem::bench
