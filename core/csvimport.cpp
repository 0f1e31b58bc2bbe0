// SessionImport::fromCsv: a spreadsheet's rows as notes, every bad row
// listed with its line.

#include "csvformat.h"
#include "sessionimport.h"

#include <QHash>

namespace tandem {

namespace {

// Where each known column stands in the header (-1: absent).
struct Columns {
    int id = -1, block = -1, text = -1, description = -1, color = -1, tags = -1, amount = -1,
        votes = -1, chain = -1;
};

Columns readHeader(const CsvFormat::Record& header, ImportPlan* plan, const QString& file) {
    Columns columns;
    const QHash<QString, int Columns::*> known = {
        {QStringLiteral("id"), &Columns::id},
        {QStringLiteral("block"), &Columns::block},
        {QStringLiteral("text"), &Columns::text},
        {QStringLiteral("description"), &Columns::description},
        {QStringLiteral("color"), &Columns::color},
        {QStringLiteral("colour"), &Columns::color},
        {QStringLiteral("tags"), &Columns::tags},
        {QStringLiteral("amount"), &Columns::amount},
        {QStringLiteral("votes"), &Columns::votes},
        {QStringLiteral("chain"), &Columns::chain},
    };
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        const auto it = known.find(name);
        if (it == known.end()) {
            if (!name.isEmpty())
                plan->warnings.push_back(
                    {file, header.line,
                     SessionImport::tr("the column “%1” is not known and is left out").arg(name)});
            continue;
        }
        if (columns.*(it.value()) >= 0)
            plan->problems.push_back(
                {file, header.line, SessionImport::tr("the column “%1” appears twice").arg(name)});
        columns.*(it.value()) = i;
    }
    if (columns.block < 0)
        plan->problems.push_back(
            {file, header.line, SessionImport::tr("the header has no “block” column")});
    if (columns.text < 0)
        plan->problems.push_back(
            {file, header.line, SessionImport::tr("the header has no “text” column")});
    return columns;
}

QString field(const CsvFormat::Record& record, int column) {
    return column >= 0 && column < record.fields.size() ? record.fields[column] : QString();
}

// The note of one row, or why the row cannot be used.
QString readRow(const CsvFormat::Record& record, const Columns& columns, Block* block,
                Element* element, QString* chain) {
    const QString blockName = field(record, columns.block).trimmed();
    if (blockName.isEmpty())
        return SessionImport::tr("no block");
    const auto found = SessionImport::blockFromName(blockName);
    if (!found)
        return SessionImport::tr("unknown block “%1”").arg(blockName);
    *block = *found;
    element->text = CsvFormat::unguard(field(record, columns.text).trimmed());
    if (element->text.isEmpty())
        return SessionImport::tr("empty text");
    element->id = field(record, columns.id).trimmed();
    if (!element->id.isEmpty() && !isValidId(element->id))
        return SessionImport::tr(
                   "bad id “%1” (letters, digits, “_”, “.” and “-”, starting with a letter or "
                   "digit, at most 64)")
            .arg(element->id);
    element->description = CsvFormat::unguard(field(record, columns.description));
    const QString color = field(record, columns.color).trimmed();
    element->color = paletteNames().contains(color.toLower()) ? color.toLower() : color;
    if (!element->color.isEmpty() && !isValidColor(element->color))
        return SessionImport::tr("bad colour “%1” (a palette name or #rrggbb)").arg(color);
    // The formula guard, if any, is on the whole cell (see CsvFormat::tagsCell).
    element->tags = CsvFormat::tagsFromCell(CsvFormat::unguard(field(record, columns.tags)));
    *chain = CsvFormat::unguard(field(record, columns.chain).trimmed());
    if (*block == Block::ValueChains && chain->isEmpty())
        return SessionImport::tr("a stage needs the name of its chain in a “chain” column");
    return {};
}

bool blankRecord(const CsvFormat::Record& record) {
    for (const QString& value : record.fields)
        if (!value.trimmed().isEmpty())
            return false;
    return true;
}

// Adds a stage to the plan's chain of that name, or a new chain.
void addStage(ImportPlan* plan, const QString& chainName, Element stage, const QString& file,
              int line) {
    for (ImportedChain& chain : plan->chains) {
        if (chain.name == chainName) {
            chain.stages.push_back(std::move(stage));
            return;
        }
    }
    plan->chains.push_back({QString(), chainName, {std::move(stage)}, file, line});
}

} // namespace

ImportPlan SessionImport::fromCsv(const QByteArray& bytes, const QString& fileName) {
    ImportPlan plan;
    QString text;
    int badLine = 0;
    if (!decodeUtf8(bytes, &text, &badLine)) {
        plan.problems.push_back(
            {fileName, badLine, SessionImport::tr("not UTF-8 text (save it as UTF-8)")});
        return plan;
    }
    const QChar delimiter = CsvFormat::detectDelimiter(text);
    std::vector<CsvFormat::Record> records;
    QString problem;
    if (!CsvFormat::parse(text, delimiter, &records, &badLine, &problem))
        plan.problems.push_back(
            {fileName, badLine, SessionImport::tr(problem.toUtf8().constData())});
    auto row = records.begin();
    while (row != records.end() && blankRecord(*row))
        ++row;
    if (row == records.end()) {
        if (plan.problems.empty())
            plan.problems.push_back(
                {fileName, 1, SessionImport::tr("no header row: the file is empty")});
        return plan;
    }
    const CsvFormat::Record& header = *row;
    const Columns columns = readHeader(header, &plan, fileName);
    if (!plan.ok())
        return plan;
    QHash<QString, int> firstLine; // id -> the line that used it first
    bool votesWarned = false;
    for (++row; row != records.end(); ++row) {
        if (blankRecord(*row))
            continue;
        Block block = Block::KeyPartners;
        Element element;
        QString chain;
        QString why = readRow(*row, columns, &block, &element, &chain);
        if (row->fields.size() > header.fields.size())
            why = SessionImport::tr("%1 cells where the header names %2")
                      .arg(row->fields.size())
                      .arg(header.fields.size());
        if (why.isEmpty() && !element.id.isEmpty() && firstLine.contains(element.id))
            why = SessionImport::tr("the id “%1” is used twice (first on line %2)")
                      .arg(element.id)
                      .arg(firstLine.value(element.id));
        if (why.isEmpty())
            why = SessionImport::readAmount(field(*row, columns.amount), block, &element);
        if (!why.isEmpty()) {
            plan.problems.push_back({fileName, row->line, why});
            continue;
        }
        if (!element.id.isEmpty())
            firstLine.insert(element.id, row->line);
        if (!field(*row, columns.votes).trimmed().isEmpty() && !votesWarned) {
            votesWarned = true;
            plan.warnings.push_back(
                {fileName, row->line,
                 SessionImport::tr("votes are left out: dots are cast in the workshop")});
        }
        if (block == Block::ValueChains)
            addStage(&plan, chain, std::move(element), fileName, row->line);
        else
            plan.notes.push_back({block, std::move(element), fileName, row->line});
    }
    return plan;
}

} // namespace tandem
