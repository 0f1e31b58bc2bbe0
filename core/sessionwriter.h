#pragma once

#include "model.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace tandem {

// Writes a session in the tandem/1 format. The output is deterministic (the
// same session always gives the same bytes, keys in the contract's order, so
// git diffs show only what changed), keeps unknown keys after the known ones,
// and quotes every string another YAML reader could take for something else.
class SessionWriter {
public:
    static QByteArray toBytes(const Session& session);
    // Writes to an open device; on failure *error says why.
    static bool write(const Session& session, QIODevice& device, QString* error);
    // Saves through QSaveFile: the existing file is replaced only once every
    // byte is safely written, and left untouched on any failure.
    static bool saveFile(const Session& session, const QString& path, QString* error);
};

} // namespace tandem
