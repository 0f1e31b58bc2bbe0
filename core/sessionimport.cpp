#include "sessionimport.h"

#include "document.h"
#include "money.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace tandem {

namespace {

// The German block titles (resources/translations/tandem_de.ts), so that a
// file written by a German team imports under any language.
struct BlockNames {
    Block block;
    const char* english;
    const char* german;
};
constexpr BlockNames Names[] = {
    {Block::KeyPartners, "Key Partners", "Schlüsselpartner"},
    {Block::KeyActivities, "Key Activities", "Schlüsselaktivitäten"},
    {Block::KeyResources, "Key Resources", "Schlüsselressourcen"},
    {Block::ValuePropositions, "Value Propositions", "Wertangebote"},
    {Block::CustomerRelationships, "Customer Relationships", "Kundenbeziehungen"},
    {Block::Channels, "Channels", "Kanäle"},
    {Block::CustomerSegments, "Customer Segments", "Kundensegmente"},
    {Block::CostStructure, "Cost Structure", "Kostenstruktur"},
    {Block::RevenueStreams, "Revenue Streams", "Einnahmequellen"},
    {Block::ValueChains, "Value Delivery Chains", "Wertschöpfungsketten"},
    {Block::Organisation, "Organisation", "Organisation"},
    {Block::Locations, "Locations", "Standorte"},
    {Block::Information, "Information", "Information"},
    {Block::Suppliers, "Suppliers", "Lieferanten"},
    {Block::ManagementSystem, "Management System", "Managementsystem"},
};

// Every id the state holds: elements, stages and chains.
QSet<QString> idsOf(const CanvasState& state) {
    QSet<QString> ids;
    for (const auto& list : state.blocks)
        for (const Element& element : list)
            ids.insert(element.id);
    for (const ValueChain& chain : state.chains) {
        ids.insert(chain.id);
        for (const Element& stage : chain.stages)
            ids.insert(stage.id);
    }
    return ids;
}

// Hands out "vp-1", "vp-2"... skipping ids that are taken.
class IdMaker {
public:
    explicit IdMaker(QSet<QString> taken)
        : m_taken(std::move(taken)) {}
    QString make(const QString& prefix) {
        int& n = m_next[prefix];
        QString candidate;
        do
            candidate = prefix + QLatin1Char('-') + QString::number(++n);
        while (m_taken.contains(candidate));
        m_taken.insert(candidate);
        return candidate;
    }
    void keep(Element& element, const QString& prefix) {
        if (element.id.isEmpty())
            element.id = make(prefix);
    }

private:
    QSet<QString> m_taken;
    QHash<QString, int> m_next;
};

} // namespace

QString ImportProblem::toString() const {
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

int ImportPlan::noteCount() const {
    int count = static_cast<int>(notes.size());
    for (const ImportedChain& chain : chains)
        count += static_cast<int>(chain.stages.size());
    return count;
}

void ImportPlan::append(ImportPlan other) {
    for (ImportedNote& note : other.notes)
        notes.push_back(std::move(note));
    for (ImportedChain& chain : other.chains)
        chains.push_back(std::move(chain));
    if (!info)
        info = std::move(other.info);
    problems.insert(problems.end(), other.problems.begin(), other.problems.end());
    warnings.insert(warnings.end(), other.warnings.begin(), other.warnings.end());
}

std::optional<ImportFormat> SessionImport::formatFromPath(const QString& path) {
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".csv")))
        return ImportFormat::Csv;
    if (lower.endsWith(QLatin1String(".md")) || lower.endsWith(QLatin1String(".markdown")))
        return ImportFormat::Markdown;
    if (lower.endsWith(QLatin1String(".txt")) || lower.endsWith(QLatin1String(".text")))
        return ImportFormat::PlainText;
    return std::nullopt;
}

std::optional<Block> SessionImport::blockFromName(const QString& name) {
    const QString wanted = name.trimmed();
    for (const BlockNames& names : Names) {
        if (wanted.compare(blockKey(names.block), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QString::fromUtf8(names.english), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QString::fromUtf8(names.german), Qt::CaseInsensitive) == 0 ||
            wanted.compare(blockTitle(names.block), Qt::CaseInsensitive) == 0)
            return names.block;
    }
    return std::nullopt;
}

ImportPlan SessionImport::fromFile(const QString& path, ImportFormat format, Block plainTextBlock) {
    constexpr qint64 MaxBytes = 64LL * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPlan plan;
        plan.problems.push_back({path, 0, tr("cannot read the file: %1").arg(file.errorString())});
        return plan;
    }
    if (file.size() > MaxBytes) {
        ImportPlan plan;
        plan.problems.push_back({path, 0, tr("the file is larger than 64 MiB")});
        return plan;
    }
    const QByteArray bytes = file.readAll();
    switch (format) {
    case ImportFormat::Csv:
        return fromCsv(bytes, path);
    case ImportFormat::Markdown:
        return fromMarkdown(bytes, path);
    case ImportFormat::PlainText:
        break;
    }
    return fromPlainText(bytes, path, plainTextBlock);
}

std::vector<ImportProblem> SessionImport::conflicts(const CanvasState& state,
                                                    const ImportPlan& plan) {
    std::vector<ImportProblem> problems;
    const QSet<QString> taken = idsOf(state);
    QHash<QString, QString> chainNames;
    for (const ValueChain& chain : state.chains)
        chainNames.insert(chain.id, chain.name);
    auto check = [&](const Element& element, const QString& file, int line) {
        if (!element.id.isEmpty() && taken.contains(element.id))
            problems.push_back(
                {file, line, tr("the id “%1” is already in the session").arg(element.id)});
    };
    for (const ImportedNote& note : plan.notes)
        check(note.element, note.file, note.line);
    for (const ImportedChain& chain : plan.chains) {
        if (!chain.id.isEmpty() && chainNames.contains(chain.id) &&
            chainNames.value(chain.id) != chain.name)
            problems.push_back({chain.file, chain.line,
                                tr("the id “%1” is already a chain called “%2”")
                                    .arg(chain.id, chainNames.value(chain.id))});
        else if (!chain.id.isEmpty() && taken.contains(chain.id) && !chainNames.contains(chain.id))
            problems.push_back({chain.file, chain.line,
                                tr("the id “%1” is already in the session").arg(chain.id)});
        for (const Element& stage : chain.stages)
            check(stage, chain.file, chain.line);
    }
    return problems;
}

CanvasState SessionImport::apply(const CanvasState& state, const ImportPlan& plan) {
    CanvasState result = state;
    QSet<QString> taken = idsOf(state);
    for (const ImportedNote& note : plan.notes)
        taken.insert(note.element.id);
    for (const ImportedChain& chain : plan.chains) {
        taken.insert(chain.id);
        for (const Element& stage : chain.stages)
            taken.insert(stage.id);
    }
    IdMaker ids(std::move(taken));
    for (const ImportedNote& note : plan.notes) {
        Element element = note.element;
        ids.keep(element, Document::idPrefix(note.block));
        result.elements(note.block).push_back(std::move(element));
    }
    for (const ImportedChain& imported : plan.chains) {
        auto existing =
            std::find_if(result.chains.begin(), result.chains.end(), [&](const ValueChain& chain) {
                return imported.id.isEmpty() ? chain.name == imported.name
                                             : chain.id == imported.id;
            });
        if (existing == result.chains.end()) {
            ValueChain chain;
            chain.id = imported.id.isEmpty() ? ids.make(QStringLiteral("vc")) : imported.id;
            chain.name = imported.name;
            result.chains.push_back(std::move(chain));
            existing = result.chains.end() - 1;
        }
        for (Element stage : imported.stages) {
            ids.keep(stage, Document::idPrefix(Block::ValueChains));
            existing->stages.push_back(std::move(stage));
        }
    }
    return result;
}

QString SessionImport::readAmount(const QString& text, Block block, Element* element) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (block != Block::RevenueStreams && block != Block::CostStructure)
        return tr("an amount belongs on notes of Revenue Streams or Cost Structure");
    const QByteArray bytes = trimmed.toUtf8();
    const auto value = money::parseNumber(std::string_view(bytes.constData(), bytes.size()));
    if (!value)
        return tr("the amount “%1” is not a number").arg(trimmed);
    if (const QString why = money::amountProblem(*value); !why.isEmpty())
        return why;
    element->amount = Figure{*value, trimmed};
    return {};
}

bool SessionImport::decodeUtf8(const QByteArray& bytes, QString* text, int* badLine) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    // A byte order mark starts a file, and lands inside one when files are
    // joined; it is never text (and a session file does not keep it).
    text->remove(QChar(0xFEFF));
    if (!decoder.hasError())
        return true;
    // No byte of a multi-byte sequence is a line feed: lines decode alone.
    int line = 1;
    for (const QByteArray& piece : bytes.split('\n')) {
        QStringDecoder alone(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = alone.decode(piece);
        if (alone.hasError())
            break;
        ++line;
    }
    *badLine = line;
    return false;
}

QString SessionImport::undoText(const ImportPlan& plan) {
    return tr("Import %n note(s)", nullptr, plan.noteCount());
}

} // namespace tandem
