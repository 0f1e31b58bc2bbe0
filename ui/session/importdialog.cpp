#include "importdialog.h"

#include "document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

bool hasPlainText(const QStringList& files) {
    for (const QString& file : files)
        if (SessionImport::formatFromPath(file) == ImportFormat::PlainText)
            return true;
    return false;
}

} // namespace

ImportDialog::ImportDialog(const QStringList& files, const Document* document, QWidget* parent)
    : QDialog(parent)
    , m_files(files)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_preview(new QTreeWidget(this))
    , m_problems(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import Notes"));
    auto* layout = new QVBoxLayout(this);
    if (hasPlainText(files)) {
        auto* form = new QFormLayout;
        m_block = new QComboBox(this);
        for (Block block : allBlocks())
            if (block != Block::ValueChains)
                m_block->addItem(blockTitle(block), static_cast<int>(block));
        m_block->setCurrentIndex(static_cast<int>(Block::ValuePropositions));
        form->addRow(tr("Plain text goes into:"), m_block);
        layout->addLayout(form);
        connect(m_block, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    }
    m_summary->setWordWrap(true);
    m_preview->setHeaderLabels({tr("Block"), tr("Note")});
    m_preview->setRootIsDecorated(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 3);
    layout->addWidget(new QLabel(tr("Rows that cannot be used:"), this));
    layout->addWidget(m_problems, 1);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 520);
    reread();
}

void ImportDialog::setPlainTextBlock(Block block) {
    if (!m_block)
        return;
    m_block->setCurrentIndex(m_block->findData(static_cast<int>(block)));
}

void ImportDialog::reread() {
    const Block block =
        m_block ? static_cast<Block>(m_block->currentData().toInt()) : Block::ValuePropositions;
    m_plan = ImportPlan();
    for (const QString& file : m_files) {
        const auto format = SessionImport::formatFromPath(file);
        if (!format) {
            m_plan.problems.push_back(
                {file, 0, tr("cannot tell the format: name it .csv, .md or .txt")});
            continue;
        }
        m_plan.append(SessionImport::fromFile(file, *format, block));
    }
    m_conflicts = SessionImport::conflicts(m_document->state(), m_plan);
    showPlan();
}

QStringList ImportDialog::problemLines() const {
    QStringList lines;
    for (const ImportProblem& problem : m_plan.problems)
        lines.append(problem.toString());
    for (const ImportProblem& problem : m_conflicts)
        lines.append(problem.toString());
    return lines;
}

bool ImportDialog::canImport() const {
    return m_plan.ok() && m_conflicts.empty() && m_plan.noteCount() > 0;
}

void ImportDialog::showPlan() {
    m_preview->clear();
    std::array<QTreeWidgetItem*, BlockCount> groups{};
    auto group = [&](Block block) {
        QTreeWidgetItem*& item = groups[static_cast<int>(block)];
        if (!item)
            item = new QTreeWidgetItem(m_preview, {blockTitle(block)});
        return item;
    };
    for (const ImportedNote& note : m_plan.notes)
        new QTreeWidgetItem(group(note.block), {QString(), note.element.text});
    for (const ImportedChain& chain : m_plan.chains) {
        auto* item = new QTreeWidgetItem(group(Block::ValueChains), {QString(), chain.name});
        for (const Element& stage : chain.stages)
            new QTreeWidgetItem(item, {QString(), stage.text});
    }
    m_preview->expandAll();
    m_problems->clear();
    m_problems->addItems(problemLines());
    for (const ImportProblem& warning : m_plan.warnings)
        m_problems->addItem(tr("Note: %1").arg(warning.toString()));
    const int count = m_plan.noteCount();
    m_summary->setText(canImport() ? tr("%n note(s) will be added.", nullptr, count)
                                   : tr("Nothing is imported until every row below is fixed."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport());
}

} // namespace tandem
