#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace tandem::console {

// Writes raw UTF-8 and flushes, so the commands' output is byte-identical
// whatever the locale says and interleaves correctly with stderr.
inline void write(FILE* stream, const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

inline void writeLine(FILE* stream, const QString& line) {
    write(stream, (line + QLatin1Char('\n')).toUtf8());
}

} // namespace tandem::console
