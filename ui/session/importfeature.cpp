#include "importfeature.h"

#include "document.h"
#include "importdialog.h"
#include "menuplaces.h"
#include "windowhost.h"

#include <QAction>
#include <QFileDialog>

namespace tandem {

ImportFeature::ImportFeature(WindowHost* host)
    : QObject(host->widget())
    , m_host(host)
    , m_import(new QAction(tr("&Import…"), this)) {
    host->registerFeature(this);
    m_import->setObjectName(QStringLiteral("importNotes"));
    m_import->setStatusTip(tr("Add notes from a spreadsheet (CSV), a Markdown list or plain text"));
    connect(m_import, &QAction::triggered, this, [this] { importFiles(); });
    host->menuPlaces()->add(QStringLiteral("file.import"), {m_import});
}

bool ImportFeature::importFiles(QStringList files) {
    if (files.isEmpty())
        files = QFileDialog::getOpenFileNames(
            m_host->widget(), tr("Import Notes"), QString(),
            tr("Notes (*.csv *.md *.markdown *.txt);;CSV (*.csv);;Markdown (*.md *.markdown);;"
               "Plain text (*.txt)"));
    if (files.isEmpty())
        return false;
    ImportDialog dialog(files, m_host->document(), m_host->widget());
    if (dialog.exec() != QDialog::Accepted || !dialog.canImport())
        return false;
    apply(m_host, dialog.plan());
    m_host->showStatus(SessionImport::undoText(dialog.plan()), 4000);
    return true;
}

void ImportFeature::apply(WindowHost* host, const ImportPlan& plan) {
    Document* document = host->document();
    document->replaceState(SessionImport::apply(document->state(), plan),
                           SessionImport::undoText(plan));
}

} // namespace tandem
