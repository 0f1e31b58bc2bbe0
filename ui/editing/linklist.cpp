#include "linklist.h"

#include "document.h"
#include "linkrules.h"
#include "moneyinput.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

// The other end's text, cut with an ellipsis to the room the row leaves.
class ElidingLabel : public QLabel {
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect area = contentsRect();
        painter.drawText(area, Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
    }
};

} // namespace

LinkListWidget::LinkListWidget(Document* document, QWidget* parent)
    : QListWidget(parent)
    , m_document(document) {
    setAccessibleName(tr("Links of the selected note"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setToolTip(tr("Double-click to go to the linked note. Right-click for more."));
    // Queued: following changes the selection, which rebuilds these rows.
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString other = otherEndAt(row(item));
        QMetaObject::invokeMethod(
            this, [this, other] { Q_EMIT followRequested(other); }, Qt::QueuedConnection);
    });
}

void LinkListWidget::showLinksOf(const QString& id) {
    m_id = id;
    std::vector<Row> rows;
    if (!id.isEmpty()) {
        for (int index : m_document->linksOf(id)) {
            const Link& link = m_document->state().links[index];
            const bool outgoing = link.from == id;
            const QString other = outgoing ? link.to : link.from;
            const Element* end = m_document->element(other);
            rows.push_back(Row{link, other, end ? end->text.simplified() : other});
        }
    }
    if (rows == m_rows && count() == static_cast<int>(rows.size()))
        return;
    m_rows = std::move(rows);
    rebuild();
}

Link LinkListWidget::linkAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[row].link : Link{};
}

QString LinkListWidget::otherEndAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[row].other : QString();
}

void LinkListWidget::rebuild() {
    clear();
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        auto* item = new QListWidgetItem(this);
        item->setData(Qt::UserRole, m_rows[i].other);
        item->setData(Qt::AccessibleTextRole,
                      tr("%1, %2").arg(m_rows[i].text, linkKindTitle(m_rows[i].link.kind)));
        QWidget* widget = rowWidget(i);
        item->setSizeHint(widget->sizeHint());
        setItemWidget(item, widget);
    }
}

QWidget* LinkListWidget::rowWidget(int row) {
    const Row& entry = m_rows[row];
    auto* widget = new QWidget(this);
    auto* rows = new QVBoxLayout(widget);
    rows->setContentsMargins(4, 3, 2, 3);
    rows->setSpacing(2);
    const bool outgoing = entry.link.from == m_id;
    auto* label = new ElidingLabel(widget);
    const QString arrow = outgoing ? QStringLiteral("\u2192") : QStringLiteral("\u2190");
    label->setText(tr("%1 %2").arg(arrow, entry.text));
    label->setMinimumWidth(40);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QString tip = LinkRules::describe(*m_document, entry.link) + QLatin1String(" (") +
                  linkKindTitle(entry.link.kind) + QLatin1Char(')');
    if (!entry.link.note.isEmpty())
        tip += QLatin1Char('\n') + entry.link.note;
    label->setToolTip(tip);
    rows->addWidget(label);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(4);
    auto* kind = new QComboBox(widget);
    kind->setAccessibleName(tr("Link kind"));
    for (LinkKind k : allLinkKinds())
        kind->addItem(linkKindTitle(k), static_cast<int>(k));
    kind->setCurrentIndex(kind->findData(static_cast<int>(entry.link.kind)));
    kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Queued: the change rebuilds the rows, this selector among them.
    const Link link = entry.link;
    connect(kind, &QComboBox::activated, this, [this, link, kind](int index) {
        const auto chosen = static_cast<LinkKind>(kind->itemData(index).toInt());
        QMetaObject::invokeMethod(
            this, [this, link, chosen] { changeKind(link, chosen); }, Qt::QueuedConnection);
    });
    controls->addWidget(kind);
    addWeightField(link, widget, controls, rows);
    controls->addStretch(1);

    auto* remove = new QToolButton(widget);
    remove->setText(QStringLiteral("\u2715"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this link"));
    remove->setAccessibleName(tr("Remove link"));
    connect(remove, &QToolButton::clicked, this, [this, link] {
        QMetaObject::invokeMethod(
            this, [this, link] { m_document->removeLink(link); }, Qt::QueuedConnection);
    });
    controls->addWidget(remove);
    rows->insertLayout(1, controls);
    return widget;
}

void LinkListWidget::addWeightField(const Link& link, QWidget* row, QHBoxLayout* controls,
                                    QVBoxLayout* lines) {
    auto* caption = new QLabel(tr("Weight"), row);
    auto* edit = new QLineEdit(row);
    edit->setObjectName(QStringLiteral("weightEdit"));
    caption->setBuddy(edit);
    // No weight is weight 1: said in the empty field, not written in it, so
    // that the file keeps naming no weight.
    edit->setPlaceholderText(tr("1 (default)"));
    edit->setText(link.weight ? money::formatWeight(link.weight->value, locale()) : QString());
    edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 18);
    edit->setAccessibleName(tr("Link weight"));
    const QString help = tr("How much of an amount this link carries when the note's amount "
                            "splits over several links: a number above 0, at most 1,000,000. "
                            "Empty for the default, 1.");
    edit->setAccessibleDescription(help);
    edit->setToolTip(help);
    caption->setToolTip(help);
    controls->addWidget(caption);
    controls->addWidget(edit);
    auto* problem = new QLabel(row);
    problem->setObjectName(QStringLiteral("weightProblem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #c23b00;"));
    problem->hide();
    lines->addWidget(problem);
    connect(edit, &QLineEdit::editingFinished, this, [this, link, edit, problem] {
        if (const std::optional<Link> changed = readWeight(link, edit, problem)) {
            // Queued: the change rebuilds the rows, this field among them.
            QMetaObject::invokeMethod(
                this, [this, link, changed] { m_document->editLink(link, *changed); },
                Qt::QueuedConnection);
        }
    });
}

std::optional<Link> LinkListWidget::readWeight(const Link& link, QLineEdit* edit, QLabel* problem) {
    const money::TypedAmount typed = money::parseTypedWeight(edit->text(), locale());
    const bool wasShown = !problem->isHidden();
    problem->setText(typed.problem);
    problem->setVisible(!typed.ok());
    if (wasShown != !typed.ok()) {
        // The row grows by the reason, or shrinks back.
        for (int i = 0; i < count(); ++i) {
            if (QWidget* row = itemWidget(item(i)); row && row->isAncestorOf(edit)) {
                row->adjustSize();
                item(i)->setSizeHint(row->sizeHint());
            }
        }
    }
    if (!typed.ok())
        return std::nullopt;
    const double value = typed.value.value_or(1.0);
    if (value == link.weightValue()) {
        edit->setText(link.weight ? money::formatWeight(link.weight->value, locale()) : QString());
        return std::nullopt;
    }
    Link changed = link;
    // Weight 1 is the default: the file need not name it.
    changed.weight = value == 1.0 ? std::nullopt : std::optional(Figure{value, {}});
    return changed;
}

void LinkListWidget::setWeight(int row, const QString& typed) {
    QLineEdit* edit = weightEditAt(row);
    QLabel* problem = weightProblemAt(row);
    if (!edit || !problem)
        return;
    edit->setText(typed);
    const Link link = linkAt(row);
    if (const std::optional<Link> changed = readWeight(link, edit, problem))
        m_document->editLink(link, *changed);
}

QLineEdit* LinkListWidget::weightEditAt(int row) const {
    QWidget* widget = row >= 0 && row < count() ? itemWidget(item(row)) : nullptr;
    return widget ? widget->findChild<QLineEdit*>(QStringLiteral("weightEdit")) : nullptr;
}

QLabel* LinkListWidget::weightProblemAt(int row) const {
    QWidget* widget = row >= 0 && row < count() ? itemWidget(item(row)) : nullptr;
    return widget ? widget->findChild<QLabel*>(QStringLiteral("weightProblem")) : nullptr;
}

void LinkListWidget::follow(int row) {
    const QString other = otherEndAt(row);
    if (!other.isEmpty())
        Q_EMIT followRequested(other);
}

void LinkListWidget::removeLink(int row) {
    const Link link = linkAt(row);
    if (!link.from.isEmpty())
        m_document->removeLink(link);
}

void LinkListWidget::setKind(int row, LinkKind kind) {
    changeKind(linkAt(row), kind);
}

void LinkListWidget::changeKind(const Link& link, LinkKind kind) {
    if (link.from.isEmpty() || link.kind == kind)
        return;
    Link changed = link;
    changed.kind = kind;
    m_document->editLink(link, changed);
    if (m_document->linkIndex(changed) < 0) {
        // Refused (it would duplicate another link): show the truth again.
        m_rows.clear();
        showLinksOf(m_id);
    }
}

void LinkListWidget::keyPressEvent(QKeyEvent* event) {
    if ((event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) &&
        currentRow() >= 0) {
        removeLink(currentRow());
        return;
    }
    QListWidget::keyPressEvent(event);
}

void LinkListWidget::contextMenuEvent(QContextMenuEvent* event) {
    const int row = indexAt(viewport()->mapFromGlobal(event->globalPos())).row();
    if (row < 0)
        return;
    const Link link = linkAt(row);
    QMenu menu(this);
    connect(menu.addAction(tr("&Go to Linked Note")), &QAction::triggered, this,
            [this, row] { follow(row); });
    QMenu* kinds = menu.addMenu(tr("&Kind"));
    for (LinkKind kind : allLinkKinds()) {
        QAction* action = kinds->addAction(linkKindTitle(kind));
        action->setCheckable(true);
        action->setChecked(kind == link.kind);
        connect(action, &QAction::triggered, this, [this, row, kind] { setKind(row, kind); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("&Remove Link")), &QAction::triggered, this,
            [this, row] { removeLink(row); });
    menu.exec(event->globalPos());
}

} // namespace tandem
