#include "matrixdock.h"

#include "canvasscene.h"
#include "linkmatrixmodel.h"
#include "linkstyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int TargetColumnWidth = 96;

// Draws a linked cell as a round tick in the colour of the link's kind, and
// an empty cell as a faint ring under the pointer, inviting a click.
class TickDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        if (index.column() < LinkMatrixModel::FirstTargetColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        QStyledItemDelegate::paint(painter, base, index);
        if (index.data(LinkMatrixModel::GroupStartRole).toBool()) {
            // Where one value chain ends and the next begins.
            painter->save();
            painter->setPen(QPen(option.palette.color(QPalette::Mid), 2));
            painter->drawLine(option.rect.topLeft(), option.rect.bottomLeft());
            painter->restore();
        }
        const bool linked = index.data(LinkMatrixModel::LinkedRole).toBool();
        const bool hovered = option.state & QStyle::State_MouseOver;
        if (!linked && !hovered)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal radius =
            std::min<qreal>(9, std::min(option.rect.width(), option.rect.height()) / 2.0 - 3);
        const QPointF centre = QRectF(option.rect).center();
        if (!linked) {
            painter->setPen(QPen(LinkStyle::quiet(), 1.2));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(centre, radius, radius);
            painter->restore();
            return;
        }
        const QVariantList kinds = index.data(LinkMatrixModel::KindsRole).toList();
        const auto kind = static_cast<LinkKind>(kinds.value(0).toInt());
        painter->setPen(Qt::NoPen);
        painter->setBrush(LinkStyle::kindColor(kind));
        painter->drawEllipse(centre, radius, radius);
        QPainterPath tick;
        tick.moveTo(centre + QPointF(-radius * 0.45, 0.05 * radius));
        tick.lineTo(centre + QPointF(-radius * 0.1, radius * 0.4));
        tick.lineTo(centre + QPointF(radius * 0.5, -radius * 0.38));
        painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
        painter->restore();
    }
};

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

MatrixDock::MatrixDock(CanvasScene* scene, QWidget* parent)
    : QDockWidget(tr("Traceability Matrix"), parent)
    , m_scene(scene)
    , m_document(scene->document())
    , m_model(new LinkMatrixModel(scene->document(), this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("matrixDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LinkMatrixModel::SortRole);
    m_proxy->setFilterRole(LinkMatrixModel::FilterRole);
    m_proxy->setFilterKeyColumn(LinkMatrixModel::TextColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 4, 6, 6);
    auto* bar = new QHBoxLayout;
    auto* columnsLabel = new QLabel(tr("&Columns:"), page);
    m_columns = new QComboBox(page);
    m_columns->setAccessibleName(tr("Matrix columns"));
    for (Block block : LinkMatrixModel::columnBlocks())
        m_columns->addItem(LinkMatrixModel::columnBlockTitle(block), static_cast<int>(block));
    columnsLabel->setBuddy(m_columns);
    m_filter = new QLineEdit(page);
    m_filter->setPlaceholderText(tr("Filter rows\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter matrix rows"));
    m_copy = new QPushButton(tr("Copy as CS&V"), page);
    m_copy->setToolTip(tr("Copy the table as shown, for a spreadsheet (Ctrl+C)"));
    m_copy->setAccessibleName(tr("Copy matrix as CSV"));
    bar->addWidget(columnsLabel);
    bar->addWidget(m_columns);
    bar->addSpacing(12);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_copy);
    layout->addLayout(bar);

    m_table = new QTableView(page);
    m_table->setAccessibleName(tr("Traceability matrix"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new TickDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // canvas order until asked
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMouseTracking(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    QHeaderView* header = m_table->horizontalHeader();
    // Stage names wrap onto up to three lines instead of being cut off.
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    header->setTextElideMode(Qt::ElideNone);
    header->setFixedHeight(QFontMetrics(header->font()).lineSpacing() * 3 + 12);
    header->setHighlightSections(false);
    layout->addWidget(m_table, 1);
    setWidget(page);
    m_table->installEventFilter(this);

    connect(m_columns, &QComboBox::activated, this, [this](int index) {
        m_model->setColumnBlock(static_cast<Block>(m_columns->itemData(index).toInt()));
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_copy, &QPushButton::clicked, this, &MatrixDock::copyCsv);
    connect(m_table, &QTableView::clicked, this, &MatrixDock::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixDock::resizeColumns);
    resizeColumns();
}

void MatrixDock::resizeColumns() {
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(LinkMatrixModel::TextColumn, 250);
    header->resizeSection(LinkMatrixModel::BlockColumn, 150);
    for (int column = LinkMatrixModel::FirstTargetColumn; column < m_model->columnCount(); ++column)
        header->resizeSection(column, TargetColumnWidth);
}

void MatrixDock::activate(const QModelIndex& proxyIndex) {
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    if (!m_model->isTarget(index)) {
        Q_EMIT elementActivated(m_model->rowId(index.row()));
        return;
    }
    const QString refused = m_model->toggle(index);
    if (!refused.isEmpty())
        Q_EMIT message(refused);
}

QString MatrixDock::csv() const {
    QStringList lines;
    QStringList fields;
    const int columns = m_proxy->columnCount();
    for (int column = 0; column < columns; ++column)
        fields.append(csvField(
            m_proxy->headerData(column, Qt::Horizontal, LinkMatrixModel::CsvRole).toString()));
    lines.append(fields.join(QLatin1Char(',')));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < columns; ++column)
            fields.append(
                csvField(m_proxy->index(row, column).data(LinkMatrixModel::CsvRole).toString()));
        lines.append(fields.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n");
}

void MatrixDock::copyCsv() {
    const QString text = csv();
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(QStringLiteral("text/csv"), text.toUtf8());
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT message(tr("Copied the matrix (%n rows) as CSV.", nullptr, m_proxy->rowCount()));
}

bool MatrixDock::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy)) {
            copyCsv();
            return true;
        }
        if (key->key() == Qt::Key_Space && m_table->currentIndex().isValid()) {
            activate(m_table->currentIndex());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace tandem
