#include "alignmentdock.h"

#include "alignmentformat.h"
#include "canvasscene.h"
#include "chainitem.h"
#include "icons.h"
#include "moneytext.h"
#include "noteitem.h"

#include <QApplication>
#include <QClipboard>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int IdsRole = Qt::UserRole + 1;
constexpr int BlockRole = Qt::UserRole + 2;
constexpr int SeverityRole = Qt::UserRole + 3;

// Findings are sentences: they wrap to the width of the panel instead of
// being cut off. (QTreeView asks the delegate for row heights without the
// column width, so the delegate works it out itself.)
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeWidget* tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        int depth = 1;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const int icon =
            opt.features & QStyleOptionViewItem::HasDecoration ? opt.decorationSize.width() + 6 : 0;
        const int width =
            std::max(80, m_tree->viewport()->width() - depth * m_tree->indentation() - icon - 10);
        const QRect text =
            opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        return QSize(base.width(), std::max(base.height(), text.height() + 6));
    }

private:
    QTreeWidget* m_tree;
};

QString percent(int part, int whole) {
    return whole == 0 ? QCoreApplication::translate("Alignment", "n/a")
                      : QStringLiteral("%1 %").arg(qRound(100.0 * part / whole));
}

QProgressBar* thinBar(QWidget* parent, const QString& name) {
    auto* bar = new QProgressBar(parent);
    bar->setTextVisible(false);
    bar->setFixedHeight(6);
    bar->setAccessibleName(name);
    return bar;
}

void setBar(QProgressBar* bar, int part, int whole) {
    bar->setRange(0, std::max(1, whole));
    bar->setValue(part);
    // Full is good news; anything less is the gap the panel is about.
    const QColor color = part >= whole && whole > 0
                             ? QColor(0x00, 0x9e, 0x73)
                             : AlignmentDock::severityColor(Severity::Warning);
    bar->setStyleSheet(QStringLiteral("QProgressBar { border: none; border-radius: 3px; "
                                      "background: #e3e7ec; } QProgressBar::chunk { "
                                      "border-radius: 3px; background: %1; }")
                           .arg(color.name()));
}

} // namespace

AlignmentDock::AlignmentDock(CanvasScene* scene, QWidget* parent)
    : QDockWidget(tr("Alignment"), parent)
    , m_scene(scene)
    , m_document(scene->document())
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("alignmentDock"));
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);

    m_summary = new QLabel(page);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Findings summary"));
    layout->addWidget(m_summary);
    m_delivered = new QLabel(page);
    m_delivered->setWordWrap(true);
    layout->addWidget(m_delivered);
    m_deliveredBar = thinBar(page, tr("Value propositions delivered"));
    layout->addWidget(m_deliveredBar);
    layout->addSpacing(2);
    m_serving = new QLabel(page);
    m_serving->setWordWrap(true);
    layout->addWidget(m_serving);
    m_servingBar = thinBar(page, tr("Stages serving something"));
    layout->addWidget(m_servingBar);
    m_money = new QLabel(page);
    m_money->setWordWrap(true);
    m_money->setAccessibleName(tr("Money"));
    m_money->hide();
    layout->addWidget(m_money);
    layout->addSpacing(4);

    m_tree = new QTreeWidget(page);
    m_tree->setAccessibleName(tr("Alignment findings"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setIndentation(14);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->viewport()->installEventFilter(this);
    m_tree->setToolTip(tr("Click a finding to select its notes on the canvas."));
    layout->addWidget(m_tree, 1);

    auto* copy = new QPushButton(tr("Copy &Report"), page);
    copy->setToolTip(tr("Copy the findings as Markdown, for minutes or a ticket"));
    copy->setAccessibleName(tr("Copy alignment report"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    layout->addLayout(buttons);
    setWidget(page);
    setMinimumWidth(260);

    connect(copy, &QPushButton::clicked, this, [this] {
        ReportSource source;
        source.file = m_document->filePath();
        source.title = m_document->info().title;
        source.currency = m_document->info().currency;
        source.period = m_document->info().period;
        QApplication::clipboard()->setText(
            formatAlignmentMarkdown(m_report, m_document->state(), source));
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, &AlignmentDock::activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, &AlignmentDock::activate);

    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &AlignmentDock::refreshNow);
    // One check per burst: an edit emits several signals, a macro many more.
    connect(m_document, &Document::changed, this, &AlignmentDock::schedule);
    connect(m_document, &Document::sessionReset, this, &AlignmentDock::schedule);
    // Rebuilt note items (another arrangement, a new font size) need marks.
    connect(m_scene, &CanvasScene::layoutChanged, this, &AlignmentDock::schedule);
    refreshNow();
}

QColor AlignmentDock::severityColor(Severity severity) {
    switch (severity) {
    case Severity::Gap:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case Severity::Info:
        return QColor(0x3b, 0x7d, 0xc4);
    }
    return {};
}

bool AlignmentDock::eventFilter(QObject* watched, QEvent* event) {
    // Row heights depend on the width: lay the rows out again.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(m_tree, &QTreeWidget::doItemsLayout, Qt::QueuedConnection);
    return QDockWidget::eventFilter(watched, event);
}

void AlignmentDock::schedule() {
    m_timer->start();
}

QString AlignmentDock::coverageText() const {
    return m_delivered->text() + QLatin1Char('\n') + m_serving->text();
}

void AlignmentDock::refreshNow() {
    m_timer->stop();
    AlignmentReport report = checkAlignment(m_document->state());
    ++m_checks;
    const bool sameFindings = report.findings == m_report.findings;
    m_report = std::move(report);

    const Coverage& c = m_report.coverage;
    m_delivered->setText(
        tr("%1 of %n value propositions delivered (%2)", nullptr, c.valuePropositions)
            .arg(c.deliveredValuePropositions)
            .arg(percent(c.deliveredValuePropositions, c.valuePropositions)));
    setBar(m_deliveredBar, c.deliveredValuePropositions, c.valuePropositions);
    m_serving->setText(tr("%1 of %n value-chain stages serve something (%2)", nullptr, c.stages)
                           .arg(c.servingStages)
                           .arg(percent(c.servingStages, c.stages)));
    setBar(m_servingBar, c.servingStages, c.stages);
    showMoney();

    QStringList parts;
    const QString chipHtml = QStringLiteral("<span style=\"color:%1\">\u25cf</span>&nbsp;%2");
    parts << chipHtml.arg(severityColor(Severity::Gap).name(),
                          tr("%n gaps", nullptr, m_report.count(Severity::Gap)));
    parts << chipHtml.arg(severityColor(Severity::Warning).name(),
                          tr("%n warnings", nullptr, m_report.count(Severity::Warning)));
    parts << chipHtml.arg(severityColor(Severity::Info).name(),
                          tr("%n info", nullptr, m_report.count(Severity::Info)));
    m_summary->setText(QStringLiteral("<b>%1</b>").arg(parts.join(QStringLiteral(" &nbsp; "))));

    if (!sameFindings || m_tree->topLevelItemCount() == 0)
        rebuildTree();
    applyMarkers();
}

// The money figures (money.md), only where amounts exist.
void AlignmentDock::showMoney() {
    const money::MoneyReport& figures = m_report.money;
    m_money->setVisible(figures.present);
    if (!figures.present)
        return;
    const SessionInfo& info = m_document->info();
    // As the canvas writes money: a loss with a minus sign in every locale.
    const auto amount = [&](qint64 cents) {
        return moneytext::amount(cents, info.currency, locale());
    };
    QString text = tr("Profit %1 per %2: revenue %3, cost %4.")
                       .arg(amount(figures.profit()),
                            info.period == QLatin1String("month")     ? tr("month")
                            : info.period == QLatin1String("quarter") ? tr("quarter")
                                                                      : tr("year"),
                            amount(figures.revenue), amount(figures.cost));
    if (figures.unallocatedCost != 0 || figures.unallocatedRevenue != 0)
        text += QLatin1Char(' ') +
                tr("Not reaching any value proposition: revenue %1, cost %2.")
                    .arg(amount(figures.unallocatedRevenue), amount(figures.unallocatedCost));
    m_money->setText(text);
}

void AlignmentDock::rebuildTree() {
    // Keep each group folded or unfolded as the user left it.
    QHash<int, bool> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_tree->topLevelItem(i);
        if (!group->data(0, SeverityRole).isNull())
            expanded.insert(group->data(0, SeverityRole).toInt(), group->isExpanded());
    }
    m_tree->clear();
    if (m_report.findings.empty()) {
        auto* item = new QTreeWidgetItem(m_tree, {tr("No findings: every promise has work "
                                                     "behind it, and all work serves one.")});
        item->setIcon(0, Icons::dot(QColor(0x00, 0x9e, 0x73)));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (int s = 0; s < SeverityCount; ++s) {
        const auto severity = static_cast<Severity>(s);
        const int count = m_report.count(severity);
        if (count == 0)
            continue;
        auto* group = new QTreeWidgetItem(
            m_tree, {QStringLiteral("%1 (%2)").arg(severityTitle(severity)).arg(count)});
        group->setIcon(0, Icons::dot(severityColor(severity)));
        group->setFont(0, bold);
        group->setData(0, SeverityRole, s);
        group->setFlags(Qt::ItemIsEnabled);
        for (const Finding& finding : m_report.findings) {
            if (finding.severity != severity)
                continue;
            auto* item = new QTreeWidgetItem(
                group, {QStringLiteral("%1  %2").arg(finding.rule, finding.message)});
            item->setToolTip(0, finding.message);
            item->setData(0, IdsRole, finding.elementIds);
            item->setData(0, BlockRole,
                          finding.block ? static_cast<int>(*finding.block) : QVariant());
        }
        // Information starts folded: it is the longest list and the least urgent.
        group->setExpanded(expanded.value(s, severity != Severity::Info || count <= 4));
    }
}

void AlignmentDock::applyMarkers() {
    struct Mark {
        Severity severity = Severity::Info;
        QStringList messages;
    };
    QHash<QString, Mark> marks;
    for (const Finding& finding : m_report.findings) {
        if (finding.severity == Severity::Info)
            continue;
        for (const QString& id : finding.elementIds) {
            Mark& mark = marks[id];
            if (mark.messages.isEmpty() || finding.severity < mark.severity)
                mark.severity = finding.severity;
            mark.messages.append(QStringLiteral("%1: %2").arg(finding.rule, finding.message));
        }
    }
    const QStringList ids = m_scene->readingOrder();
    for (const QString& id : ids) {
        NoteItem* items[] = {m_scene->noteItem(id), m_scene->mirrorItem(id)};
        const auto mark = marks.constFind(id);
        for (NoteItem* item : items) {
            if (!item)
                continue;
            if (mark != marks.cend())
                item->setMarker(severityColor(mark->severity),
                                mark->messages.join(QLatin1Char('\n')));
            else if (m_marked)
                item->clearMarker();
        }
    }
    m_marked = !marks.isEmpty();
}

void AlignmentDock::activate(QTreeWidgetItem* item) {
    if (!item || (item->data(0, IdsRole).isNull() && item->data(0, BlockRole).isNull()))
        return;
    const QStringList ids = item->data(0, IdsRole).toStringList();
    QStringList elements;
    QRectF area;
    for (const QString& id : ids) {
        if (m_document->isElement(id)) {
            elements.append(id);
            NoteItem* note = m_scene->noteItem(id);
            if (!note || !note->isVisible())
                note = m_scene->mirrorItem(id);
            if (note && note->isVisible())
                area = area.united(note->sceneBoundingRect());
        } else if (ChainItem* chain = m_scene->chainItem(id)) {
            // An empty chain (A8): a chain is not an element.
            m_scene->selectChain(id);
            if (chain->isVisible())
                area = area.united(chain->sceneBoundingRect());
        }
    }
    if (!elements.isEmpty())
        m_scene->selectIds(elements);
    const QVariant block = item->data(0, BlockRole);
    if (!block.isNull()) {
        const auto which = static_cast<Block>(block.toInt());
        if (m_scene->layout().isVisible(canvasOf(which)))
            area = area.united(m_scene->blockRect(which));
        else if (CanvasLayout::hasMirror(which))
            area = area.united(m_scene->layout().mirrorRect(which));
    }
    if (!area.isEmpty())
        Q_EMIT showRequested(area);
}

} // namespace tandem
