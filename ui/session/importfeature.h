#pragma once

#include "sessionimport.h"

#include <QObject>
#include <QStringList>

class QAction;

namespace tandem {

class WindowHost;

// File > Import...: notes from CSV, Markdown or plain text files into the
// open session, previewed first (ImportDialog) and added as one undo step.
class ImportFeature : public QObject {
    Q_OBJECT

public:
    explicit ImportFeature(WindowHost* host);

    QAction* importAction() const { return m_import; }
    // Asks for the files (when none are given), previews, and imports.
    bool importFiles(QStringList files = {});
    // Adds a plan that has no problems to the document as one undo step.
    static void apply(WindowHost* host, const ImportPlan& plan);

private:
    WindowHost* m_host;
    QAction* m_import;
};

} // namespace tandem
