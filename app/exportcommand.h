#pragma once

#include <QString>
#include <QStringList>

namespace tandem {

// `tandem export FILE -o OUT.svg|.pdf|.png [--canvas business|operating|both]
// [--page A4|A3|A2|A1|A0|Letter|Legal|Tabloid|fit] [--landscape|--portrait]
// [--margin MM] [--dpi N] [--report] [--lens NAME] [--snapshot NAME]`: renders a session
// with the editor's own scene, without a window. `arguments` are the words
// after "export".
//
// Needs a QApplication; call prepareExportPlatform() before constructing it,
// so that it renders offscreen with or without a display. (When there is no
// application object at all, the command makes one itself.)
//
// Returns the process exit code: 0 written, 1 the export could not be
// written (OUT is then left as it was), 2 the file cannot be loaded
// (FILE:LINE: problem on stderr) or the command line is wrong.
int runExportCommand(const QStringList& arguments);

// Selects Qt's offscreen platform: exporting never opens a window, and must
// work over ssh, in CI and in containers. Call before the QApplication.
void prepareExportPlatform();

// For `tandem FILE` where there is no display: writes the session's report
// (both canvases, findings, traceability; A3 landscape) to `out`, and says
// so on stderr. Same exit codes as runExportCommand. Needs a QApplication
// made after prepareExportPlatform().
int exportForHeadlessRun(const QString& file, const QString& out);

} // namespace tandem
