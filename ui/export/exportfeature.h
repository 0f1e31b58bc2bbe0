#pragma once

#include "exportoptions.h"

#include <QObject>

class QAction;
class QPrinter;

namespace tandem {

class WindowHost;

// Export and print in the editor window, a feature of its WindowHost: File > Export... (Ctrl+E)
// writes SVG, PDF or PNG posters and PDF reports; File > Print... (Ctrl+P) shows the same options,
// then a print preview. Both render the window's own scene through Exporter, and remember the
// options last used.
class ExportFeature : public QObject {
    Q_OBJECT

public:
    explicit ExportFeature(WindowHost* host);

    QAction* exportAction() const { return m_export; }
    QAction* printAction() const { return m_print; }

    // The dialogs behind the two actions.
    void showExportDialog();
    void showPrintDialog();

    // Writes the window's session without asking; on failure says why in a
    // message box and returns false.
    bool exportTo(const QString& path, const ExportOptions& options);
    // Sets a printer up for the options (page, orientation, no printer
    // margins: the options' margins are drawn) and paints the pages on it.
    bool print(QPrinter* printer, const ExportOptions& options);
    static void setUpPrinter(QPrinter* printer, const ExportOptions& options);

    // The options last used, or the defaults (the page size from
    // Preferences), and where the export dialog proposes to write.
    ExportOptions savedOptions() const;
    void saveOptions(const ExportOptions& options) const;
    QString suggestedPath(const ExportOptions& options) const;

private:
    WindowHost* m_host;
    QAction* m_export;
    QAction* m_print;
};

} // namespace tandem
