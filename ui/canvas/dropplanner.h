#pragma once

#include "canvaslayout.h"
#include "document.h"

#include <vector>

namespace tandem {

class NoteItem;

// Turns notes dropped at the end of a drag into the element moves of one
// undo command: a note goes to the block under its centre (keeping its spot
// as `at`), a stage to the chain row under it, at the index its x gives.
// Drops that make no sense (a note on the chain area, a stage outside a
// chain) are left out, so those items snap back.
class DropPlanner {
public:
    DropPlanner(const Document& document, const CanvasLayout& layout);

    std::vector<ElementMove> plan(const std::vector<NoteItem*>& dropped) const;

private:
    std::optional<ElementMove> planNote(const NoteItem* item) const;

    const Document& m_document;
    const CanvasLayout& m_layout;
};

} // namespace tandem
