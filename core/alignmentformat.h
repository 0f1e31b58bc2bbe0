#pragma once

#include "alignment.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace tandem {

// The output formats of `tandem check` (and of "copy report" in the editor).
enum class CheckFormat { Text, Markdown, Json };

// "text", "markdown", "json"; nullopt for anything else.
std::optional<CheckFormat> checkFormatFromKey(const QString& key);
QString checkFormatKey(CheckFormat format);

// What a report is about, for its header. All fields may be empty.
struct ReportSource {
    QString file;     // path as the user gave it
    QString title;    // the session title
    QString snapshot; // snapshot name when a snapshot was checked, else empty
    QString currency; // the session's, for the money figures
    QString period;
};

// For people: a header (title, file, summary, coverage) and the findings
// grouped by severity, one per line, each ending with the ids involved.
QString formatAlignmentText(const AlignmentReport& report, const CanvasState& state,
                            const ReportSource& source);

// The same content as GitHub-flavoured Markdown, for wikis and tickets.
// Element text is escaped so that a note cannot inject markup.
QString formatAlignmentMarkdown(const AlignmentReport& report, const CanvasState& state,
                                const ReportSource& source);

// For scripts: the stable "tandem-check/1" shape documented in
// docs/check-json.md. `state` resolves each finding's ids to text and block.
QJsonDocument alignmentJson(const AlignmentReport& report, const CanvasState& state,
                            const ReportSource& source);

// Any of the three as UTF-8, ending with a newline: what `tandem check` prints.
QByteArray formatAlignment(CheckFormat format, const AlignmentReport& report,
                           const CanvasState& state, const ReportSource& source);

} // namespace tandem
