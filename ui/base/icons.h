#pragma once

#include <QColor>
#include <QIcon>
#include <QStringList>

namespace tandem {

// The bundled toolbar and menu icons (resources/icons/actions/*.svg): 24 px
// line drawings whose stroke is the word "currentColor". Qt 6.4's SVG
// renderer does not know currentColor, so the engine replaces it with the
// palette's text colour each time it draws; the icons follow the light and
// dark themes without a second set of files, and greyed-out actions get the
// palette's disabled colour. Also the small coloured marks drawn in code.
class Icons {
public:
    // The icon by file name without ".svg" ("note-add", "undo", ...). An
    // unknown name gives a null icon.
    static QIcon icon(const QString& name);
    static QStringList names();
    // The SVG of an icon with currentColor replaced, for tests and exports.
    static QByteArray svg(const QString& name, const QColor& color);
    // A small filled circle of a colour, for list and tree entries (a
    // finding's severity, a kind of change).
    static QIcon dot(const QColor& color);
};

} // namespace tandem
