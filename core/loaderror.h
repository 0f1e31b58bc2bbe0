#pragma once

#include <QString>

namespace tandem {

// Why a session file could not be loaded: which file, where, and what is
// wrong, in words a person editing the file by hand can act on.
struct LoadError {
    QString file;
    int line = 0; // 1-based, 0 when the problem has no single line
    QString message;

    // "FILE:LINE: message", or "FILE: message" when the line is unknown.
    QString toString() const;
};

} // namespace tandem
