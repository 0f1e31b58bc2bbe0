#pragma once

#include <QStringList>

class QApplication;

namespace tandem {

// Sets up the application (bundled font, style, icons) and shows the editor
// with the given session files, or an untitled session. Returns app.exec().
int runEditor(QApplication& app, const QStringList& files);

// Loads the bundled font and sets application-wide defaults. Safe to call
// more than once; used by the editor, the exporters and the UI tests.
void initializeApplicationResources();

} // namespace tandem
