#pragma once

#include "sessionimport.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace tandem {

class Document;

// File > Import...: reads the chosen files, shows what the import would
// create (by block, with each note's text) and every row that cannot be used,
// with its file and line. Import stays disabled while any row is bad, so
// nothing is ever half imported; a plain-text file asks for its block.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    ImportDialog(const QStringList& files, const Document* document, QWidget* parent = nullptr);

    const ImportPlan& plan() const { return m_plan; }
    // Every problem as "FILE:LINE: problem", conflicts with the session too.
    QStringList problemLines() const;
    bool canImport() const;
    // The block plain text goes into.
    void setPlainTextBlock(Block block);

private:
    void reread();
    void showPlan();

    QStringList m_files;
    const Document* m_document;
    ImportPlan m_plan;
    std::vector<ImportProblem> m_conflicts;
    QComboBox* m_block = nullptr; // only with plain text among the files
    QLabel* m_summary;
    QTreeWidget* m_preview;
    QListWidget* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace tandem
