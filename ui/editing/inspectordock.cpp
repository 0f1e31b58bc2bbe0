#include "inspectordock.h"

#include "amountfield.h"

#include "canvasscene.h"
#include "linklist.h"
#include "theme.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem {

namespace {

QIcon swatch(const QColor& color, bool crossed) {
    QPixmap pixmap(22, 22);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Theme::noteBorder(color));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 19, 19), 3, 3);
    if (crossed) {
        painter.setPen(QPen(Theme::noteSubtleText(), 1.5));
        painter.drawLine(QPointF(5, 17), QPointF(17, 5));
    }
    return QIcon(pixmap);
}

QStringList parseTags(const QString& text) {
    QStringList tags;
    for (QString tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        if (tag.startsWith(QLatin1Char('#')))
            tag = tag.mid(1).trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace

InspectorDock::InspectorDock(CanvasScene* scene, QWidget* parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_scene(scene)
    , m_document(scene->document()) {
    setObjectName(QStringLiteral("inspectorDock"));
    setAccessibleName(tr("Inspector"));
    setAccessibleDescription(tr("Text, description, colour, tags and links of the selected note"));
    m_pages = new QStackedWidget(this);
    m_emptyLabel = new QLabel(tr("Select a note to see and edit its details."), m_pages);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyLabel->setMargin(12);
    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(createNotePage());
    m_pages->addWidget(createChainPage());
    setWidget(m_pages);
    setMinimumWidth(260);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        commitFields();
        showSelection();
    });
    connect(m_document, &Document::changed, this, [this] {
        if (!m_updating)
            refreshFields();
    });
    connect(m_document, &Document::sessionReset, this, &InspectorDock::showSelection);
    showSelection();
}

QWidget* InspectorDock::createNotePage() {
    auto* page = new QWidget(m_pages);
    auto* layout = new QFormLayout(page);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_placeLabel = new QLabel(page);
    m_placeLabel->setWordWrap(true);
    QFont strong = m_placeLabel->font();
    strong.setBold(true);
    m_placeLabel->setFont(strong);
    layout->addRow(m_placeLabel);

    m_text = new QPlainTextEdit(page);
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(90);
    m_text->installEventFilter(this);
    layout->addRow(tr("&Text"), m_text);
    m_text->setAccessibleName(tr("Note text"));

    m_description = new QPlainTextEdit(page);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Why it matters, evidence, owner\u2026"));
    m_description->installEventFilter(this);
    layout->addRow(tr("&Description"), m_description);
    m_description->setAccessibleName(tr("Note description"));

    auto* colors = new QWidget(page);
    auto* colorLayout = new QGridLayout(colors);
    colorLayout->setContentsMargins(0, 0, 0, 0);
    colorLayout->setSpacing(3);
    m_colors = new QButtonGroup(this);
    QStringList names{QString()};
    names.append(paletteNames());
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names[i];
        auto* button = new QToolButton(colors);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIconSize(QSize(22, 22));
        button->setIcon(name.isEmpty() ? swatch(Theme::canvasFill(), true)
                                       : swatch(Theme::paletteColor(name), false));
        button->setToolTip(name.isEmpty() ? tr("Block default") : Theme::paletteTitle(name));
        button->setAccessibleName(button->toolTip());
        button->setProperty("paletteName", name);
        m_colors->addButton(button, i);
        colorLayout->addWidget(button, i / 6, i % 6);
        connect(button, &QToolButton::clicked, this,
                [this, name] { m_document->setElementsColor(m_ids, name); });
    }
    layout->addRow(tr("Colour"), colors);
    colors->setAccessibleName(tr("Note colour"));

    m_tags = new QLineEdit(page);
    m_tags->setPlaceholderText(tr("comma, separated, tags"));
    connect(m_tags, &QLineEdit::editingFinished, this, &InspectorDock::commitTags);
    layout->addRow(tr("T&ags"), m_tags);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setAccessibleDescription(tr("Tags of the note, separated by commas"));

    m_amount = new AmountField(m_document, page);
    layout->addRow(tr("A&mount"), m_amount);
    m_amountRow = layout->rowCount() - 1;
    m_form = layout;

    m_linksLabel = new QLabel(tr("Links"), page);
    m_links = new LinkListWidget(m_document, page);
    m_links->setMaximumHeight(260);
    connect(m_links, &LinkListWidget::followRequested, this,
            [this](const QString& other) { m_scene->selectIds({other}); });
    layout->addRow(m_linksLabel, m_links);
    m_links->setAccessibleName(tr("Links"));
    m_links->setAccessibleDescription(tr("Notes this note is linked to; Enter selects one"));
    return page;
}

QWidget* InspectorDock::createChainPage() {
    auto* page = new QWidget(m_pages);
    auto* layout = new QFormLayout(page);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_chainName = new QLineEdit(page);
    connect(m_chainName, &QLineEdit::editingFinished, this, &InspectorDock::commitChainName);
    layout->addRow(tr("Value chain &name"), m_chainName);
    m_chainName->setAccessibleName(tr("Value chain name"));
    m_chainInfo = new QLabel(page);
    m_chainInfo->setWordWrap(true);
    layout->addRow(m_chainInfo);
    return page;
}

void InspectorDock::showSelection() {
    m_ids = m_scene->selectedIds();
    m_id = m_ids.size() == 1 ? m_ids.first() : QString();
    m_chainId = m_ids.isEmpty() ? m_scene->selectedChainId() : QString();
    refreshFields();
}

void InspectorDock::refreshFields() {
    const bool wasUpdating = m_updating;
    m_updating = true;
    // Drop ids that no longer exist (deleted, undone).
    QStringList existing;
    for (const QString& id : std::as_const(m_ids)) {
        if (m_document->isElement(id))
            existing.append(id);
    }
    m_ids = existing;
    if (!m_id.isEmpty() && !m_document->isElement(m_id))
        m_id.clear();
    if (!m_chainId.isEmpty() && !m_document->chain(m_chainId))
        m_chainId.clear();

    if (!m_chainId.isEmpty()) {
        const ValueChain* chain = m_document->chain(m_chainId);
        if (!m_chainName->hasFocus())
            m_chainName->setText(chain->name);
        m_chainInfo->setText(
            tr("%n stages, left to right.", nullptr, static_cast<int>(chain->stages.size())));
        m_pages->setCurrentIndex(2);
    } else if (m_ids.isEmpty()) {
        m_pages->setCurrentIndex(0);
    } else {
        m_pages->setCurrentIndex(1);
        const Element* element = m_id.isEmpty() ? nullptr : m_document->element(m_id);
        const bool single = element != nullptr;
        for (QWidget* field : {static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_description),
                               static_cast<QWidget*>(m_tags), static_cast<QWidget*>(m_links)})
            field->setEnabled(single);
        QString color;
        if (single) {
            const auto place = m_document->placeOf(m_id);
            QString where = blockTitle(place->block);
            if (place->isStage())
                where = tr("Stage %1 of %2")
                            .arg(place->index + 1)
                            .arg(m_document->chain(place->chainId)->name);
            m_placeLabel->setText(where);
            if (!m_text->hasFocus() && m_text->toPlainText() != element->text)
                m_text->setPlainText(element->text);
            if (!m_description->hasFocus() && m_description->toPlainText() != element->description)
                m_description->setPlainText(element->description);
            if (!m_tags->hasFocus())
                m_tags->setText(element->tags.join(QStringLiteral(", ")));
            color = element->color;
            const bool money =
                place->block == Block::RevenueStreams || place->block == Block::CostStructure;
            m_form->setRowVisible(m_amountRow, money);
            m_amount->showElement(money ? m_id : QString());
            m_links->showLinksOf(m_id);
            m_linksLabel->setText(tr("Links (%1)").arg(m_links->count()));
        } else {
            m_placeLabel->setText(tr("%n notes selected", nullptr, static_cast<int>(m_ids.size())));
            m_form->setRowVisible(m_amountRow, false);
            m_text->clear();
            m_description->clear();
            m_tags->clear();
            m_links->showLinksOf({});
            const Element* first = m_document->element(m_ids.first());
            color = first ? first->color : QString();
        }
        for (QAbstractButton* button : m_colors->buttons())
            button->setChecked(button->property("paletteName").toString() == color);
    }
    m_updating = wasUpdating;
}

void InspectorDock::commitFields() {
    // Each commit changes the document; refreshing in between would put the
    // old values back into fields not committed yet.
    m_updating = true;
    commitText();
    commitDescription();
    commitTags();
    commitChainName();
    m_updating = false;
    refreshFields();
}

void InspectorDock::commitText() {
    const Element* element = m_id.isEmpty() ? nullptr : m_document->element(m_id);
    const QString text = m_text->toPlainText().trimmed();
    if (element && !text.isEmpty() && text != element->text)
        m_document->setElementText(m_id, text);
}

void InspectorDock::commitDescription() {
    const Element* element = m_id.isEmpty() ? nullptr : m_document->element(m_id);
    const QString description = m_description->toPlainText().trimmed();
    if (element && description != element->description)
        m_document->setElementDescription(m_id, description);
}

void InspectorDock::commitTags() {
    const Element* element = m_id.isEmpty() ? nullptr : m_document->element(m_id);
    const QStringList tags = parseTags(m_tags->text());
    if (element && tags != element->tags)
        m_document->setElementTags(m_id, tags);
}

void InspectorDock::commitChainName() {
    const ValueChain* chain = m_chainId.isEmpty() ? nullptr : m_document->chain(m_chainId);
    const QString name = m_chainName->text().trimmed();
    if (chain && !name.isEmpty() && name != chain->name)
        m_document->renameChain(m_chainId, name);
}

bool InspectorDock::eventFilter(QObject* watched, QEvent* event) {
    const bool field = watched == m_text || watched == m_description;
    if (field && event->type() == QEvent::FocusOut) {
        watched == m_text ? commitText() : commitDescription();
    } else if (field && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            watched == m_text ? commitText() : commitDescription();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace tandem
