#pragma once

#include "document.h"

#include <QCoreApplication>

#include <vector>

namespace tandem {

// The rules every gesture applies when the user joins two notes: which way the
// link points, which kind it gets by default, and which joins are refused.
// Core, so the editor (drag, Ctrl+K, the matrix), the command line and the
// tests share one definition.
//
// Links are stored the way the example and the rules read them: from the
// outward promise to the inward work (value proposition -> stage, partner ->
// supplier -> stage -> organisation), whichever note the user started from.
// The check reads links in either direction, so this only keeps files tidy.
class LinkRules {
    Q_DECLARE_TR_FUNCTIONS(LinkRules)

public:
    // The kind a new link from a note of one block to a note of another
    // gets (after the ends are ordered by proposedLink).
    static LinkKind defaultKind(Block from, Block to);
    // The link a gesture joining a and b would add: ends ordered outward to
    // inward, default kind. Unknown ids keep the order given.
    static Link proposedLink(const Document& document, const QString& a, const QString& b);
    // Every link joining a and b, in either direction and of any kind.
    static std::vector<Link> linksBetween(const CanvasState& state, const QString& a,
                                          const QString& b);
    // Why joining a and b is refused (self, nothing at one end, already
    // linked either way), or an empty string.
    static QString problem(const Document& document, const QString& a, const QString& b);
    // Adds the proposed link as one undo step; returns the refusal instead
    // (and pushes nothing).
    static QString link(Document& document, const QString& a, const QString& b);
    // Removes every link joining a and b as one undo step.
    static void unlink(Document& document, const QString& a, const QString& b);
    // Links a and b if they are not linked, else unlinks them: one step.
    static QString toggle(Document& document, const QString& a, const QString& b);
    // "Roasted to order → Roast to order", for messages and tooltips.
    static QString describe(const Document& document, const Link& link);
};

} // namespace tandem
