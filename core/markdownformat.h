#pragma once

#include "model.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tandem {

// A session as a Markdown document for a wiki page or any Markdown viewer:
// the title, the details, a `## Block` section per non-empty block with one
// bullet per note (its description indented below it), the value chains as
// `### Chain` headings with numbered stages, a table of the links and the
// alignment findings. What a reader does not see rides along in an HTML
// comment at the end of a note's line (`<!-- {"id":"vp-1"} -->`: id, colour,
// tags, votes, position, amount), so that MarkdownImport reads the same
// notes back. A money note shows its amount after its text (" — 338000 EUR"),
// and a session with amounts ends with the money figures of `tandem check
// --format markdown`.
class MarkdownFormat {
    Q_DECLARE_TR_FUNCTIONS(MarkdownFormat)

public:
    static QString toMarkdown(const Session& session);
    static QByteArray toBytes(const Session& session) { return toMarkdown(session).toUtf8(); }

    // The hidden fields of a note, as written in its comment.
    static QJsonObject hiddenFields(const Element& element);
    // What a money note's bullet shows after its text: " — 338000 EUR", or
    // nothing for a note without an amount. The importer drops it again.
    static QString amountSuffix(const Element& element, const QString& currency);
    static inline const QString AmountSeparator = QStringLiteral(" \u2014 ");
    // The text a bullet shows: line breaks become spaces.
    static QString visibleText(const QString& text);
    // Text with a backslash before each character a Markdown viewer would
    // read as markup (`*`, `_`, `[`, `<`, `|`..., and `#`, `-`, `+`, `1.` at
    // the start), so that it shows as typed; unescaped() reverses it, as
    // CommonMark reads a backslash before punctuation.
    static QString escaped(const QString& text);
    static QString unescaped(const QString& text);
    // The section titles of what is not a block, as written.
    static QString detailsTitle() { return tr("Details"); }
    static QString linksTitle() { return tr("Links"); }
    static QString findingsTitle() { return tr("Findings"); }
    // How the money section's title starts in the user's language: "Money (".
    static QString moneyTitlePrefix();
};

} // namespace tandem
