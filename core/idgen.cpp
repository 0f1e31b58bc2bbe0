#include "idgen.h"

#include <QRandomGenerator>

namespace tandem {

namespace {

QString randomSuffix(int length) {
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString suffix;
    suffix.reserve(length);
    for (int i = 0; i < length; ++i)
        suffix.append(QLatin1Char(digits[QRandomGenerator::global()->bounded(36)]));
    return suffix;
}

} // namespace

QString IdGenerator::fresh(const QString& prefix,
                           const std::function<bool(const QString&)>& taken) {
    // Ids are at most 64 characters; keep room for the suffix.
    const QString head = prefix.left(50) + QLatin1Char('-');
    for (int attempt = 0;; ++attempt) {
        const QString candidate = head + randomSuffix(4 + attempt / 8);
        if (!taken(candidate))
            return candidate;
    }
}

QString IdGenerator::prefixOf(const QString& id) {
    const qsizetype dash = id.lastIndexOf(QLatin1Char('-'));
    return dash > 0 ? id.left(dash) : id;
}

} // namespace tandem
