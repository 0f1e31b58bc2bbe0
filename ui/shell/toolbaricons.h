#pragma once

namespace tandem {

class MainWindow;

// Gives the commands that other features add to a window (link tool,
// export, facilitation mode) their toolbar icons, and puts export and
// facilitation on the canvas toolbar beside the link tool, so the toolbar
// reads as one set. Runs when the window first shows, after every feature
// has installed its actions; an action that already has an icon keeps it.
void decorateToolBar(MainWindow* window);

} // namespace tandem
