#pragma once

#include "loaderror.h"
#include "model.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>

namespace tandem {

// Loads a session file (file-format.md, format tandem/1). It either returns
// the whole session or refuses with one message naming the file, the line and
// the problem; it never returns a partly read session. Untrusted input is
// safe: size, nesting depth, anchors and aliases are checked on the raw bytes
// before yaml-cpp parses them.
class SessionReader {
public:
    static constexpr qint64 MaxFileSize = 64LL * 1024 * 1024;
    // Deeper than any part of the format (about 10 levels in a snapshot),
    // with room for extension keys, and far below yaml-cpp's recursion limit.
    static constexpr int MaxNesting = 20;

    // Reads from the current position of an open device to its end.
    static std::optional<Session> read(QIODevice& device, const QString& fileName,
                                       LoadError* error);
    static std::optional<Session> readBytes(const QByteArray& bytes, const QString& fileName,
                                            LoadError* error);

    // How a large file is cut into pieces that are parsed on several cores
    // at once (splitYamlForParsing()); the result is the same as from one
    // parse of the whole file. The default: one piece per core, at least
    // 8 KiB each: yaml-cpp takes a few milliseconds for 8 KiB, a thread
    // starts in a few microseconds, so that a session of 100 notes (20 KiB)
    // is read on two cores too.
    struct Parallelism {
        int maxPieces = 1;
        qint64 minPieceBytes = 8 * 1024;
    };
    static Parallelism defaultParallelism();
    // readBytes() as it runs with the given parallelism; tests and the fuzzer
    // cut small files this way. piecesRead, when given, tells how many pieces
    // the session was read from: 1 when the file was parsed whole.
    static std::optional<Session> readBytes(const QByteArray& bytes, const QString& fileName,
                                            LoadError* error, const Parallelism& parallelism,
                                            int* piecesRead = nullptr);
    // Messages name the file by the path as given.
    static std::optional<Session> readFile(const QString& path, LoadError* error);
};

} // namespace tandem
