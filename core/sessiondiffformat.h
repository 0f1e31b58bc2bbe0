#pragma once

#include "moneyformat.h"
#include "sessiondiff.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace tandem {

// The output formats of `tandem diff` (and of "compare snapshots" in the editor).
enum class DiffFormat { Text, Json };

// "text", "json"; nullopt for anything else.
std::optional<DiffFormat> diffFormatFromKey(const QString& key);
QString diffFormatKey(DiffFormat format);

// One side of a comparison, for headers. All fields may be empty.
struct DiffSide {
    QString file;       // path as the user gave it
    QString title;      // the session title
    QString snapshot;   // snapshot name, or empty for the current canvases
    MoneyContext money; // the session's currency and period, for the money figures
};

// "FILE" or "FILE (snapshot “NAME”)", for headers and messages.
QString diffSideLabel(const DiffSide& side);

// One line of a diff for people, without the newline, e.g.
// `+ [Value Propositions] Beans roasted to order`,
// `~ [Key Activities] "Roast weekly" -> "Roast to order"`,
// `> [Key Partners -> Suppliers] Green coffee importers`,
// `+ link: Roast to order delivers Beans roasted to order`.
QString formatElementChange(const ElementChange& change);
QString formatChainChange(const ChainChange& change);
QString formatLinkChange(const LinkChange& change);
// "3 notes added, 1 moved; 2 links added", or "no differences".
QString formatDiffSummary(const StateDiff& diff);

// For people: `--- old` and `+++ new` headers, one line per change (chains,
// then notes, then links, each in the diff's order), a blank line and the
// summary. Element text is kept on one line (line breaks shown as \n).
// Where either side has amounts, the money figures (moneyDiffText()) come
// before the summary, after a blank line.
QString formatDiffText(const StateDiff& diff, const DiffSide& older, const DiffSide& newer);

// For scripts: the stable "tandem-diff/1" shape documented in docs/diff-json.md.
QJsonDocument diffJson(const StateDiff& diff, const DiffSide& older, const DiffSide& newer);

// Either one as UTF-8 ending with a newline: what `tandem diff` prints.
QByteArray formatDiff(DiffFormat format, const StateDiff& diff, const DiffSide& older,
                      const DiffSide& newer);

} // namespace tandem
