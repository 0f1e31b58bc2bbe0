#include "csvformat.h"

#include "money.h"
#include "votes.h"

#include <QCoreApplication>

namespace tandem {

namespace {

const QString Bom = QStringLiteral("\xFEFF");
const QString LineEnd = QStringLiteral("\r\n");

bool needsGuard(const QString& value) {
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString row(const QStringList& cells) {
    QStringList written;
    written.reserve(cells.size());
    for (const QString& value : cells)
        written.append(CsvFormat::cell(value));
    return written.join(QLatin1Char(',')) + LineEnd;
}

QStringList elementRow(const Element& element, Block block, const QString& chainName) {
    const int votes = voteCount(element);
    return {element.id,
            blockKey(block),
            element.text,
            element.description,
            element.color,
            CsvFormat::tagsCell(element.tags),
            element.amount ? money::figureText(*element.amount) : QString(),
            votes > 0 ? QString::number(votes) : QString(),
            chainName};
}

} // namespace

QString CsvFormat::tagsCell(const QStringList& tags) {
    QStringList written;
    written.reserve(tags.size());
    for (const QString& tag : tags) {
        const bool quoted = tag.contains(QLatin1Char(',')) || tag.contains(QLatin1Char('"')) ||
                            tag != tag.trimmed() || tag.isEmpty();
        written.append(quoted ? QLatin1Char('"') +
                                    QString(tag).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                                    QLatin1Char('"')
                              : tag);
    }
    return written.join(QStringLiteral(", "));
}

QStringList CsvFormat::tagsFromCell(const QString& cell) {
    QStringList tags;
    qsizetype at = 0;
    while (at < cell.size()) {
        while (at < cell.size() && cell[at].isSpace())
            ++at;
        if (at >= cell.size())
            break;
        QString tag;
        if (cell[at] == QLatin1Char('"')) {
            // Quoted: up to the closing quote; "" is a quote.
            for (++at; at < cell.size(); ++at) {
                if (cell[at] == QLatin1Char('"')) {
                    if (at + 1 < cell.size() && cell[at + 1] == QLatin1Char('"')) {
                        tag += QLatin1Char('"');
                        ++at;
                        continue;
                    }
                    ++at;
                    break;
                }
                tag += cell[at];
            }
            // Anything between the closing quote and the next comma belongs
            // to the tag too: a hand-typed cell is read, not refused.
            const qsizetype comma = cell.indexOf(QLatin1Char(','), at);
            tag += cell.mid(at, comma < 0 ? -1 : comma - at).trimmed();
            at = comma < 0 ? cell.size() : comma + 1;
            tags.append(tag);
            continue;
        }
        const qsizetype comma = cell.indexOf(QLatin1Char(','), at);
        tag = cell.mid(at, comma < 0 ? -1 : comma - at).trimmed();
        at = comma < 0 ? cell.size() : comma + 1;
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

const QStringList& CsvFormat::elementColumns() {
    static const QStringList columns = {
        QStringLiteral("id"),          QStringLiteral("block"), QStringLiteral("text"),
        QStringLiteral("description"), QStringLiteral("color"), QStringLiteral("tags"),
        QStringLiteral("amount"),      QStringLiteral("votes"), QStringLiteral("chain")};
    return columns;
}

const QStringList& CsvFormat::linkColumns() {
    static const QStringList columns = {QStringLiteral("from"), QStringLiteral("to"),
                                        QStringLiteral("kind"), QStringLiteral("note"),
                                        QStringLiteral("weight")};
    return columns;
}

QByteArray CsvFormat::elementsCsv(const CanvasState& state) {
    QString out = Bom + row(elementColumns());
    for (Block block : allBlocks()) {
        if (block != Block::ValueChains) {
            for (const Element& element : state.elements(block))
                out += row(elementRow(element, block, QString()));
            continue;
        }
        for (const ValueChain& chain : state.chains) {
            for (const Element& stage : chain.stages)
                out += row(elementRow(stage, block, chain.name));
        }
    }
    return out.toUtf8();
}

QByteArray CsvFormat::linksCsv(const CanvasState& state) {
    QString out = Bom + row(linkColumns());
    for (const Link& link : state.links)
        out += row({link.from, link.to, linkKindKey(link.kind), link.note,
                    link.weight ? money::figureText(*link.weight) : QString()});
    return out.toUtf8();
}

QString CsvFormat::cell(const QString& value, QChar delimiter) {
    const QString guarded = needsGuard(value) ? QLatin1Char('\'') + value : value;
    const bool quote =
        guarded.contains(delimiter) || guarded.contains(QLatin1Char('"')) ||
        guarded.contains(QLatin1Char('\n')) || guarded.contains(QLatin1Char('\r')) ||
        (!guarded.isEmpty() && (guarded.front().isSpace() || guarded.back().isSpace()));
    if (!quote)
        return guarded;
    QString escaped = guarded;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvFormat::unguard(const QString& value) {
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') && needsGuard(value.mid(1)))
        return value.mid(1);
    return value;
}

QChar CsvFormat::detectDelimiter(const QString& text) {
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool CsvFormat::parse(const QString& text, QChar delimiter, std::vector<Record>* records,
                      int* problemLine, QString* problem) {
    int line = 1;
    Record current{1, {}};
    QString field;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    int quoteLine = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
                afterQuote = true;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            current.fields.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            current.fields.append(field);
            records->push_back(std::move(current));
            field.clear();
            afterQuote = false;
            ++line;
            current = Record{line, {}};
        } else if (afterQuote) {
            *problemLine = line;
            *problem =
                QString::fromUtf8(QT_TRANSLATE_NOOP("SessionImport", "text after a closing quote"));
            return false;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *problemLine = quoteLine;
        *problem =
            QString::fromUtf8(QT_TRANSLATE_NOOP("SessionImport", "a quote that is never closed"));
        return false;
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || afterQuote) {
        current.fields.append(field);
        records->push_back(std::move(current));
    }
    return true;
}

} // namespace tandem
