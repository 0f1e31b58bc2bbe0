#include "oneline.h"

namespace tandem {

QString oneLine(const QString& text, qsizetype maxLength) {
    const QString line = text.simplified();
    if (maxLength <= 0 || line.size() <= maxLength)
        return line;
    return line.left(maxLength - 1) + QChar(0x2026);
}

QString escapedOneLine(const QString& text) {
    QString result = text;
    result.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    result.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    result.replace(QLatin1Char('\r'), QLatin1String("\\n"));
    result.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return result;
}

} // namespace tandem
