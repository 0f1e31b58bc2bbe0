#include "dataexport.h"

#include "archimateexport.h"
#include "csvformat.h"
#include "markdownformat.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tandem {

std::optional<DataFormat> DataExport::formatFromPath(const QString& path) {
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".csv")))
        return DataFormat::Csv;
    if (lower.endsWith(QLatin1String(".md")) || lower.endsWith(QLatin1String(".markdown")))
        return DataFormat::Markdown;
    if (lower.endsWith(QLatin1String(".xml")))
        return DataFormat::Archimate;
    return std::nullopt;
}

QString DataExport::suffix(DataFormat format) {
    switch (format) {
    case DataFormat::Csv:
        return QStringLiteral("csv");
    case DataFormat::Markdown:
        return QStringLiteral("md");
    case DataFormat::Archimate:
        return QStringLiteral("xml");
    }
    return {};
}

QByteArray DataExport::bytes(const Session& session, DataFormat format, bool links) {
    switch (format) {
    case DataFormat::Csv:
        return links ? CsvFormat::linksCsv(session.state) : CsvFormat::elementsCsv(session.state);
    case DataFormat::Markdown:
        return MarkdownFormat::toBytes(session);
    case DataFormat::Archimate:
        return ArchimateExport::toXml(session);
    }
    return {};
}

bool DataExport::writeFile(const Session& session, DataFormat format, bool links,
                           const QString& path, QString* error) {
    const QByteArray data = bytes(session, format, links);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("DataExport", "cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("DataExport", "cannot write %1: %2")
                     .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace tandem
