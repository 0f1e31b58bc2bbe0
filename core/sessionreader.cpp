#include "sessionreader.h"

#include "sessionparser.h"
#include "yamlpieces.h"
#include "yamlprescan.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace tandem {

using yamlwalk::YamlTape;

namespace {

std::optional<Session> refuse(LoadError* error, const QString& fileName, int line,
                              const QString& message) {
    if (error)
        *error = LoadError{fileName, line, message};
    return std::nullopt;
}

QString tooLarge(qint64 size) {
    if (size < 0)
        return QCoreApplication::translate(
            "LoadError", "file is larger than 64 MiB, too large for a Tandem session");
    return QCoreApplication::translate(
               "LoadError", "file is larger than 64 MiB (%1 MiB), too large for a Tandem session")
        .arg(static_cast<double>(size) / (1024.0 * 1024.0), 0, 'f', 1);
}

int markLine(const YAML::Mark& mark) {
    return mark.is_null() ? 0 : mark.line + 1;
}

// Reads a large file cut into pieces, each parsed on a thread of its own
// (the first on this one), then walked as one file. Nothing when the file
// is not cut, when a piece does not parse or when the walk refuses: the
// caller then reads the whole file, which gives the message and its line.
std::optional<Session> readInPieces(std::string_view text,
                                    const SessionReader::Parallelism& parallelism,
                                    int* piecesRead) {
    static constexpr std::string_view listKeys[] = {"links", "snapshots"};
    const std::vector<YamlPiece> pieces = splitYamlForParsing(
        text, parallelism.maxPieces,
        static_cast<std::size_t>(std::max<qint64>(parallelism.minPieceBytes, 0)), listKeys);
    if (pieces.size() < 2)
        return std::nullopt;
    std::vector<ParsedPiece> parsed(pieces.size());
    std::vector<char> failed(pieces.size(), 0);
    auto parse = [&](std::size_t index) {
        try {
            const YamlPiece& piece = pieces[index];
            std::string storage;
            const std::string_view yaml = yamlToParse(piece, storage);
            const std::string_view beforeNext = yaml.substr(0, yaml.size() - piece.nextLine.size());
            const int nextLine =
                piece.nextLine.empty()
                    ? -1
                    : static_cast<int>(std::count(beforeNext.begin(), beforeNext.end(), '\n'));
            parsed[index] =
                ParsedPiece{YamlTape::parse(yaml), !piece.continuesList.empty(), nextLine};
        } catch (...) {
            failed[index] = 1;
        }
    };
    {
        std::vector<std::jthread> workers;
        workers.reserve(pieces.size() - 1);
        for (std::size_t index = 1; index < pieces.size(); ++index)
            workers.emplace_back(parse, index);
        parse(0);
    } // joins the workers
    if (std::find(failed.begin(), failed.end(), 1) != failed.end())
        return std::nullopt;
    try {
        Session session = parseSessionPieces(parsed, static_cast<qint64>(text.size()) + 16,
                                             SessionReader::MaxNesting);
        if (piecesRead)
            *piecesRead = static_cast<int>(pieces.size());
        return session;
    } catch (...) {
        return std::nullopt;
    }
}

} // namespace

SessionReader::Parallelism SessionReader::defaultParallelism() {
    static const int cores =
        static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1U, 8U));
    Parallelism parallelism;
    parallelism.maxPieces = cores;
    return parallelism;
}

std::optional<Session> SessionReader::readBytes(const QByteArray& bytes, const QString& fileName,
                                                LoadError* error) {
    return readBytes(bytes, fileName, error, defaultParallelism());
}

std::optional<Session> SessionReader::readBytes(const QByteArray& bytes, const QString& fileName,
                                                LoadError* error, const Parallelism& parallelism,
                                                int* piecesRead) {
    if (piecesRead)
        *piecesRead = 1;
    if (bytes.size() > MaxFileSize)
        return refuse(error, fileName, 0, tooLarge(bytes.size()));
    std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3); // a UTF-8 byte order mark, as some editors write
    // YAML reads a lone CR as a line break and yaml-cpp does not, so one file
    // would mean two things: normalise CRLF and CR to LF before anything else.
    // Files without CR, the usual case, are read in place; others are copied
    // once, a line at a time.
    std::string normalised;
    if (std::size_t cr = text.find('\r'); cr != std::string_view::npos) {
        normalised.reserve(text.size());
        std::size_t from = 0;
        while (cr != std::string_view::npos) {
            normalised.append(text.substr(from, cr - from));
            normalised += '\n';
            from = cr + 1;
            if (from < text.size() && text[from] == '\n')
                ++from; // CRLF: the LF is already written
            cr = text.find('\r', from);
        }
        normalised.append(text.substr(from));
        text = normalised;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return refuse(error, fileName, 0,
                      QCoreApplication::translate("LoadError", "empty file, not a Tandem session"));
    if (const auto issue = prescanYaml(text, MaxNesting))
        return refuse(error, fileName, issue->line, issue->message);

    if (auto session = readInPieces(text, parallelism, piecesRead))
        return session;

    YamlTape root;
    try {
        root = YamlTape::parse(text);
    } catch (const YAML::Exception& e) {
        // DeepRecursion says only "bad file"; the pre-scan should have
        // refused such input already, but say something useful anyway.
        const QString what = e.msg == "bad file"
                                 ? QCoreApplication::translate("LoadError", "nesting too deep")
                                 : QString::fromStdString(e.msg);
        return refuse(error, fileName, markLine(e.mark),
                      QCoreApplication::translate("LoadError", "not valid YAML: ") + what);
    } catch (const std::exception& e) {
        return refuse(error, fileName, 0,
                      QCoreApplication::translate("LoadError", "could not parse the file: %1")
                          .arg(QString::fromUtf8(e.what())));
    }

    try {
        return parseSessionDocument(root, static_cast<qint64>(text.size()) + 16, MaxNesting);
    } catch (const SessionParseError& e) {
        return refuse(error, fileName, e.line, e.message);
    } catch (const YAML::Exception& e) {
        return refuse(error, fileName, markLine(e.mark), QString::fromStdString(e.msg));
    } catch (const std::exception& e) {
        return refuse(error, fileName, 0,
                      QCoreApplication::translate("LoadError", "could not read the session: %1")
                          .arg(QString::fromUtf8(e.what())));
    }
}

std::optional<Session> SessionReader::read(QIODevice& device, const QString& fileName,
                                           LoadError* error) {
    if (!device.isReadable())
        return refuse(
            error, fileName, 0,
            QCoreApplication::translate("LoadError", "cannot read: the device is not open"));
    // Know the size before reading where possible; otherwise stop reading as
    // soon as the limit is passed, so /dev/zero or a huge pipe costs nothing.
    QByteArray bytes;
    if (!device.isSequential()) {
        const qint64 remaining = device.size() - device.pos();
        if (remaining > MaxFileSize)
            return refuse(error, fileName, 0, tooLarge(remaining));
        bytes.reserve(static_cast<qsizetype>(remaining));
    }
    constexpr qint64 chunk = 1024 * 1024;
    for (;;) {
        const qint64 before = bytes.size();
        bytes.resize(static_cast<qsizetype>(before + chunk));
        const qint64 got = device.read(bytes.data() + before, chunk);
        if (got < 0) {
            return refuse(error, fileName, 0,
                          QCoreApplication::translate("LoadError", "cannot read: %1")
                              .arg(device.errorString()));
        }
        bytes.resize(static_cast<qsizetype>(before + got));
        if (bytes.size() > MaxFileSize)
            return refuse(error, fileName, 0, tooLarge(-1));
        if (got == 0) {
            // A sequential device may simply have nothing yet.
            if (device.isSequential() && !device.atEnd() && device.waitForReadyRead(30000))
                continue;
            break;
        }
    }
    return readBytes(bytes, fileName, error);
}

std::optional<Session> SessionReader::readFile(const QString& path, LoadError* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(
            error, path, 0,
            QCoreApplication::translate("LoadError", "cannot open: %1").arg(file.errorString()));
    return read(file, path, error);
}

} // namespace tandem
