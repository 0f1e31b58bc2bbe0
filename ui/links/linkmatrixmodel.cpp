#include "linkmatrixmodel.h"

#include "document.h"
#include "linkrules.h"

#include <QTimer>

namespace tandem {

namespace {

const Block RowBlocks[] = {Block::ValuePropositions, Block::CustomerSegments,
                           Block::CustomerRelationships, Block::Channels, Block::RevenueStreams};

} // namespace

LinkMatrixModel::LinkMatrixModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &LinkMatrixModel::refreshNow);
    connect(document, &Document::changed, this, &LinkMatrixModel::schedule);
    connect(document, &Document::sessionReset, this, &LinkMatrixModel::schedule);
    refreshNow();
}

const std::vector<Block>& LinkMatrixModel::columnBlocks() {
    static const std::vector<Block> blocks{
        Block::ValueChains,   Block::Organisation, Block::Locations,
        Block::Information,   Block::Suppliers,    Block::ManagementSystem,
        Block::KeyActivities, Block::KeyPartners,  Block::KeyResources,
    };
    return blocks;
}

QString LinkMatrixModel::columnBlockTitle(Block block) {
    return block == Block::ValueChains ? tr("Value-chain stages") : blockTitle(block);
}

void LinkMatrixModel::setColumnBlock(Block block) {
    if (block == m_columnBlock)
        return;
    m_columnBlock = block;
    refreshNow();
}

void LinkMatrixModel::schedule() {
    m_timer->start();
}

QString LinkMatrixModel::pairKey(const QString& a, const QString& b) {
    return a < b ? a + QChar(0x1f) + b : b + QChar(0x1f) + a;
}

void LinkMatrixModel::refreshNow() {
    m_timer->stop();
    const CanvasState& state = m_document->state();
    QStringList rows;
    QStringList rowTexts;
    std::vector<Block> rowBlocks;
    for (Block block : RowBlocks) {
        for (const Element& element : state.elements(block)) {
            rows.append(element.id);
            rowTexts.append(element.text.simplified());
            rowBlocks.push_back(block);
        }
    }
    QStringList columns;
    QStringList columnTexts;
    QStringList columnTips;
    QSet<int> groupStarts;
    if (m_columnBlock == Block::ValueChains) {
        for (const ValueChain& chain : state.chains) {
            if (!columns.isEmpty())
                groupStarts.insert(static_cast<int>(columns.size()));
            for (std::size_t i = 0; i < chain.stages.size(); ++i) {
                columns.append(chain.stages[i].id);
                columnTexts.append(chain.stages[i].text.simplified());
                columnTips.append(
                    tr("%1\nStage %2 of %3").arg(chain.stages[i].text).arg(i + 1).arg(chain.name));
            }
        }
    } else {
        for (const Element& element : state.elements(m_columnBlock)) {
            columns.append(element.id);
            columnTexts.append(element.text.simplified());
            columnTips.append(element.text);
        }
    }
    QHash<QString, QList<LinkKind>> links;
    for (const Link& link : state.links)
        links[pairKey(link.from, link.to)].append(link.kind);

    const bool sameShape = rows == m_rows && columns == m_columns;
    if (!sameShape)
        beginResetModel();
    m_rows = rows;
    m_rowTexts = rowTexts;
    m_rowBlocks = rowBlocks;
    m_columns = columns;
    m_columnTexts = columnTexts;
    m_columnTips = columnTips;
    m_groupStarts = groupStarts;
    m_links = links;
    if (!sameShape) {
        endResetModel();
        return;
    }
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int LinkMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LinkMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstTargetColumn + static_cast<int>(m_columns.size());
}

bool LinkMatrixModel::isTarget(const QModelIndex& index) const {
    return index.isValid() && index.column() >= FirstTargetColumn;
}

QList<LinkKind> LinkMatrixModel::kindsAt(int row, int column) const {
    const QString rowId = this->rowId(row);
    const QString columnId = this->columnId(column);
    if (rowId.isEmpty() || columnId.isEmpty())
        return {};
    return m_links.value(pairKey(rowId, columnId));
}

bool LinkMatrixModel::isLinked(int row, int column) const {
    return !kindsAt(row, column).isEmpty();
}

QString LinkMatrixModel::toggle(const QModelIndex& index) {
    if (!isTarget(index))
        return {};
    const QString refused =
        LinkRules::toggle(*m_document, rowId(index.row()), columnId(index.column()));
    // Show the tick at once rather than at the next turn of the loop.
    refreshNow();
    return refused;
}

QVariant LinkMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    if (column == TextColumn || column == BlockColumn) {
        const QString text = m_rowTexts.value(row);
        const QString block = blockTitle(m_rowBlocks[row]);
        switch (role) {
        case Qt::DisplayRole:
        case CsvRole:
            return column == TextColumn ? text : block;
        case Qt::ToolTipRole:
            return tr("%1\n%2").arg(text, block);
        case ElementIdRole:
            return m_rows.value(row);
        case FilterRole:
            return text + QLatin1Char(' ') + block;
        case SortRole:
            // The block column keeps the canvas order within each block.
            return column == TextColumn
                       ? QVariant(text.toLower())
                       : QVariant(static_cast<int>(m_rowBlocks[row]) * 100000 + row);
        default:
            return {};
        }
    }
    const QList<LinkKind> kinds = kindsAt(row, column);
    switch (role) {
    case GroupStartRole:
        return m_groupStarts.contains(column - FirstTargetColumn);
    case LinkedRole:
        return !kinds.isEmpty();
    case SortRole:
        return kinds.isEmpty() ? 0 : 1;
    case KindsRole: {
        QVariantList list;
        for (LinkKind kind : kinds)
            list.append(static_cast<int>(kind));
        return list;
    }
    case CsvRole: {
        QStringList keys;
        for (LinkKind kind : kinds)
            keys.append(linkKindKey(kind));
        return keys.join(QLatin1Char('+'));
    }
    case Qt::ToolTipRole: {
        const QString pair =
            tr("%1 \u2194 %2")
                .arg(m_rowTexts.value(row), m_columnTexts.value(column - FirstTargetColumn));
        if (kinds.isEmpty())
            return tr("%1\nNot linked. Click to link.").arg(pair);
        QStringList titles;
        for (LinkKind kind : kinds)
            titles.append(linkKindTitle(kind));
        return tr("%1\nLinked (%2). Click to remove.").arg(pair, titles.join(QStringLiteral(", ")));
    }
    case Qt::AccessibleTextRole:
        return kinds.isEmpty() ? tr("not linked") : tr("linked");
    default:
        return {};
    }
}

QVariant LinkMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section == TextColumn || section == BlockColumn) {
        if (role == Qt::DisplayRole || role == CsvRole)
            return section == TextColumn ? tr("Element") : tr("Block");
        return {};
    }
    const int column = section - FirstTargetColumn;
    switch (role) {
    case Qt::DisplayRole:
    case CsvRole:
        return m_columnTexts.value(column);
    case Qt::ToolTipRole:
        return m_columnTips.value(column);
    case ElementIdRole:
        return m_columns.value(column);
    default:
        return {};
    }
}

Qt::ItemFlags LinkMatrixModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace tandem
