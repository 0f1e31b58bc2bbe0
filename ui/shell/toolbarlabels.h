#pragma once

class QToolBar;

namespace tandem {

// Gives the canvas toolbar's commands short labels under their icons, so the
// toolbar stays on one line (German menu texts run long), and tooltips with
// the full text and the keys. Runs once every feature has put its commands
// in the toolbar's places; commands are recognised by their icon's name.
void labelToolBar(QToolBar* tools);

} // namespace tandem
