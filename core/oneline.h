#pragma once

#include <QString>

namespace tandem {

// A note's text, a chain's name or a tag list on one line, where only one
// line fits: a tree or list entry, a table cell, a screen reader's name.
// Line breaks, tabs and runs of spaces become one space and the ends are
// trimmed. With a maxLength, a longer result is cut to maxLength characters,
// the last being an ellipsis.
QString oneLine(const QString& text, qsizetype maxLength = -1);

// A text on one line of line-based output (`tandem diff`, the textconv
// outline): line breaks are written as the two characters \n and tabs as
// spaces; nothing else changes, so lines can be compared and read back.
QString escapedOneLine(const QString& text);

} // namespace tandem
