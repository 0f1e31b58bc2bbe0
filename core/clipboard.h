#pragma once

#include "document.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QMimeData;

namespace tandem {

// Notes on the system clipboard. They travel as a small session in the
// tandem/1 format under application/x-tandem-notes (so another Tandem window
// gets colours, tags and descriptions back, and anyone can read it), and as
// plain text, one note per line, for every other program.
class Clipboard {
public:
    // A note coming back from the clipboard: where it came from (unknown for
    // plain text) and its data, without an id.
    struct Note {
        std::optional<Block> block;
        Element element;
    };

    static QString mimeType() { return QStringLiteral("application/x-tandem-notes"); }
    static QByteArray toYaml(const Document& document, const QStringList& ids);
    static QString toPlainText(const Document& document, const QStringList& ids);
    // Ownership passes to the caller (normally QClipboard::setMimeData).
    static QMimeData* toMimeData(const Document& document, const QStringList& ids);
    static std::vector<Note> fromMimeData(const QMimeData* mime);
    static std::vector<Note> fromYaml(const QByteArray& yaml);
    static std::vector<Note> fromPlainText(const QString& text);
};

} // namespace tandem
