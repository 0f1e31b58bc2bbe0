#pragma once

#include "model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace tandem {

// One line of an import that cannot be used (or, as a warning, was used
// without a part of it), as "FILE:LINE: problem".
struct ImportProblem {
    QString file;
    int line = 0; // 0: the file as a whole
    QString message;
    QString toString() const;
};

// A note an import would add to a block (never Block::ValueChains).
struct ImportedNote {
    Block block = Block::KeyPartners;
    Element element; // id empty: one is generated
    QString file;
    int line = 0;
};

// A chain an import would add, or whose stages it would append to the chain
// of the same name.
struct ImportedChain {
    QString id;
    QString name;
    std::vector<Element> stages;
    QString file;
    int line = 0;
};

// What reading one or more files would create. Nothing of it is applied
// while `problems` is not empty: an import is all or nothing.
struct ImportPlan {
    std::vector<ImportedNote> notes;
    std::vector<ImportedChain> chains;
    // Details a Markdown file carried (title, organisation...), for a new session.
    std::optional<SessionInfo> info;
    std::vector<ImportProblem> problems;
    std::vector<ImportProblem> warnings;

    int noteCount() const;
    bool ok() const { return problems.empty(); }
    // Appends another file's plan; the first file's details win.
    void append(ImportPlan other);
};

enum class ImportFormat { Csv, Markdown, PlainText };

// Reads notes from CSV, Markdown or plain text into an ImportPlan, and adds
// a plan to a session's canvases. Shared by File > Import... and `tandem
// import`, so both accept and refuse the same rows.
class SessionImport {
    Q_DECLARE_TR_FUNCTIONS(SessionImport)

public:
    // By suffix: .csv; .md or .markdown; .txt or .text.
    static std::optional<ImportFormat> formatFromPath(const QString& path);
    // A block by its key or its English or German title, case-insensitive.
    static std::optional<Block> blockFromName(const QString& name);

    // CSV with a header (block, text; optionally id, description, color,
    // tags, amount, chain); `;` or `,`; UTF-8 with or without a BOM.
    static ImportPlan fromCsv(const QByteArray& bytes, const QString& fileName);
    // `## Block` headings with a bullet per note, `### Chain` headings with
    // numbered stages under the value chains; reads what MarkdownFormat writes.
    static ImportPlan fromMarkdown(const QByteArray& bytes, const QString& fileName);
    // One note per non-empty line into `block` (not the value chains).
    static ImportPlan fromPlainText(const QByteArray& bytes, const QString& fileName, Block block);
    // Reads a file in a format (plainTextBlock only for plain text); a file
    // that cannot be read is one problem.
    static ImportPlan fromFile(const QString& path, ImportFormat format, Block plainTextBlock);

    // Problems the plan has only together with this state: ids it already
    // holds. Empty when apply() may run.
    static std::vector<ImportProblem> conflicts(const CanvasState& state, const ImportPlan& plan);
    // The state with the plan's notes added at the ends of their blocks and
    // its chains added (or their stages appended to the chain of the same
    // name); missing ids are generated, unique in the state.
    static CanvasState apply(const CanvasState& state, const ImportPlan& plan);
    // "Import 12 notes": the undo step's name.
    static QString undoText(const ImportPlan& plan);

    // An amount as a CSV cell or Markdown's hidden fields write it: empty
    // for none, or a number for a note of Revenue Streams or Cost Structure
    // (money.md), kept as written. Returns why it cannot be used, or empty.
    static QString readAmount(const QString& text, Block block, Element* element);

    // The bytes as text, without byte order marks; on bytes that are not
    // UTF-8, false and the line of the first bad byte.
    static bool decodeUtf8(const QByteArray& bytes, QString* text, int* badLine);
};

} // namespace tandem
