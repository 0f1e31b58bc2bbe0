#pragma once

#include "model.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

class QTimer;

namespace tandem {

class Document;

// The traceability matrix as a table: one row per outward element (value
// propositions, customer segments, relationships, channels, revenue
// streams), the element's text and block in the first two columns, then one
// column per element of a chosen inward block (value-chain stages by
// default). A cell is linked when any link joins its row and column, in
// either direction. The model follows the document, coalescing bursts of
// change signals into one refresh.
class LinkMatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        LinkedRole = Qt::UserRole + 1, // bool, target cells
        KindsRole,                     // QVariantList of LinkKind ints, target cells
        ElementIdRole,                 // the row's (or a column header's) element id
        FilterRole,                    // row text and block, for the filter box
        SortRole,                      // what a column sorts by
        CsvRole,                       // the text a CSV copy shows
        GroupStartRole,                // bool: a column starts a new chain
    };
    static constexpr int TextColumn = 0;
    static constexpr int BlockColumn = 1;
    static constexpr int FirstTargetColumn = 2;

    explicit LinkMatrixModel(Document* document, QObject* parent = nullptr);

    // Which block's elements make the columns (ValueChains: the stages).
    void setColumnBlock(Block block);
    Block columnBlock() const { return m_columnBlock; }
    static const std::vector<Block>& columnBlocks();
    static QString columnBlockTitle(Block block);

    QString rowId(int row) const { return m_rows.value(row); }
    QString columnId(int column) const { return m_columns.value(column - FirstTargetColumn); }
    bool isTarget(const QModelIndex& index) const;
    bool isLinked(int row, int column) const;
    // Links or unlinks a cell's two elements: one undo step. Returns the
    // refusal, if any.
    QString toggle(const QModelIndex& index);
    // Re-reads the document now rather than at the next turn of the loop.
    void refreshNow();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void schedule();
    static QString pairKey(const QString& a, const QString& b);
    QList<LinkKind> kindsAt(int row, int column) const;

    Document* m_document;
    Block m_columnBlock = Block::ValueChains;
    QTimer* m_timer;
    QStringList m_rows;
    QStringList m_rowTexts;
    std::vector<Block> m_rowBlocks;
    QStringList m_columns;
    QStringList m_columnTexts;
    QStringList m_columnTips;
    QSet<int> m_groupStarts;                 // target columns (0-based) that start a chain
    QHash<QString, QList<LinkKind>> m_links; // by pairKey
};

} // namespace tandem
