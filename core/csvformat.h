#pragma once

#include "model.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <vector>

namespace tandem {

// Spreadsheet-friendly CSV of a session (RFC 4180 with a UTF-8 byte order
// mark and CRLF line ends, so that Excel and LibreOffice open it as UTF-8),
// and the low-level reader the CSV import uses. Every text cell that starts
// with =, +, -, @, a tab or a carriage return is written with a leading
// apostrophe, so a spreadsheet shows it as text and never runs it as a
// formula; the reader takes that apostrophe off again.
class CsvFormat {
public:
    // The element columns, in the order written.
    static const QStringList& elementColumns();
    // The link columns, in the order written.
    static const QStringList& linkColumns();

    // One row per element of the current canvases, blocks in facilitation
    // order, stages after their block with the chain's name in `chain`.
    // `amount` as the file has it, on revenue streams and costs.
    static QByteArray elementsCsv(const CanvasState& state);
    // One row per link: from, to, kind, note, weight (empty: the default 1).
    static QByteArray linksCsv(const CanvasState& state);

    // A cell as written: guarded against formulas, quoted when it holds the
    // delimiter, a quote, a line break or spaces at either end.
    static QString cell(const QString& value, QChar delimiter = QLatin1Char(','));
    // Undoes the formula guard of cell() on a value read back.
    static QString unguard(const QString& value);

    // The tags cell: tags separated by ", "; a tag that holds a comma, a
    // double quote or spaces at either end is written in double quotes, a
    // quote in it doubled, as in a CSV line (`"Berlin, Mitte", launch`).
    // tagsFromCell() reads that back, and a hand-typed `a, b` as two tags.
    static QString tagsCell(const QStringList& tags);
    static QStringList tagsFromCell(const QString& cell);

    // One record of a parsed file, with the line it starts on (1-based).
    struct Record {
        int line = 0;
        QStringList fields;
    };
    // `,` or `;`: whichever occurs more often outside quotes in the first
    // line (`,` on a tie).
    static QChar detectDelimiter(const QString& text);
    // Splits text (BOM already removed) into records. Quoted fields may hold
    // delimiters, quotes ("") and line breaks. On an unterminated quote or
    // text after a closing quote, returns false with *problemLine and
    // *problem set; records before it are kept in *records.
    static bool parse(const QString& text, QChar delimiter, std::vector<Record>* records,
                      int* problemLine, QString* problem);
};

} // namespace tandem
