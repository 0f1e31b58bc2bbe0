#pragma once

#include "model.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem {

// The exports that need no painting: CSV for spreadsheets, Markdown for
// wikis, the ArchiMate exchange format for modelling tools. Shared by the
// export dialog and `tandem export`, so both write the same bytes.
enum class DataFormat { Csv, Markdown, Archimate };

class DataExport {
public:
    // By suffix: .csv, .md or .markdown, .xml; nullopt for anything else.
    static std::optional<DataFormat> formatFromPath(const QString& path);
    // "csv", "md", "xml": the suffix a file of the format gets.
    static QString suffix(DataFormat format);
    // The bytes of a session in a format; `links` asks the CSV for one row
    // per link instead of one per element (other formats always have both).
    static QByteArray bytes(const Session& session, DataFormat format, bool links = false);
    // Writes through QSaveFile (an existing file is replaced only once every
    // byte is written); on failure returns false and *error says why.
    static bool writeFile(const Session& session, DataFormat format, bool links,
                          const QString& path, QString* error);
};

} // namespace tandem
