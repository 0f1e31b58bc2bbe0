#pragma once

#include <QChar>
#include <QString>

#include <string_view>

namespace tandem {

// Text from a YAML file (UTF-8) as a QString, exactly as written.
// QString::fromUtf8() drops a byte order mark at the start of whatever it is
// given, so a note whose text starts with U+FEFF would lose it on every load
// (file-format.md: text round-trips exactly). Only a mark at the very start
// of the file is a byte order mark, and SessionReader skips that one itself.
inline QString utf8Text(std::string_view bytes) {
    constexpr std::string_view mark = "\xEF\xBB\xBF";
    qsizetype marks = 0;
    while (bytes.substr(0, mark.size()) == mark) {
        bytes.remove_prefix(mark.size());
        ++marks;
    }
    QString text = QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
    if (marks > 0)
        text.prepend(QString(marks, QChar(0xFEFF)));
    return text;
}

} // namespace tandem
