#include "noteitem.h"

#include "canvaslayout.h"
#include "canvasscene.h"
#include "cardlayer.h"
#include "theme.h"
#include "votes.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

#include <algorithm>
#include <thread>

namespace tandem {

namespace {

constexpr qreal Margin = 8; // room for the selection ring, shadow and marker
constexpr qreal Radius = 3;
constexpr qreal NoteTextWidth = CanvasLayout::NoteWidth - 2 * NoteItem::TextPadding;

} // namespace

NoteItem::NoteItem(const QString& id, Role role)
    : m_id(id)
    , m_role(role) {
    setZValue(CanvasScene::ZNote);
    setAcceptHoverEvents(true);
    // The far view's cards follow moves (itemChange).
    setFlag(ItemSendsGeometryChanges);
    // On screen each note keeps a bitmap of itself at the current zoom:
    // drawing its rounded card, shadow and text costs some 100 microseconds,
    // copying the bitmap a few, and most repaints (a drag, a selection, the
    // window uncovered) leave most notes unchanged. Exports turn it off
    // (CanvasScene::setExportMode) and get vectors and real text.
    setCacheMode(DeviceCoordinateCache);
    if (role != Role::Mirror) {
        setFlags(flags() | ItemIsSelectable | ItemIsMovable);
    } else {
        setCursor(Qt::PointingHandCursor);
        setZValue(CanvasScene::ZNote - 1);
    }
    m_size = QSizeF(CanvasLayout::NoteWidth, CanvasLayout::NoteMinHeight);
}

CanvasScene* NoteItem::canvasScene() const {
    return static_cast<CanvasScene*>(scene());
}

QString NoteItem::tagLineOf(const Element& element) {
    QStringList tags;
    for (const QString& tag : element.tags)
        tags.append(QLatin1Char('#') + tag);
    return tags.join(QLatin1String("  "));
}

qreal NoteItem::heightOf(const NoteText& text, const NoteText& tags, bool amount) {
    qreal height = text.height() + 2 * TextPadding;
    if (!tags.isEmpty())
        height += tags.height() + 4;
    if (amount)
        height += notelook::amountLineHeight();
    return std::max(CanvasLayout::NoteMinHeight, height);
}

qreal NoteItem::heightFor(const Element& element) {
    // Fonts made here, not shared: a QFont caches its font engine per thread.
    NoteText text;
    text.setText(element.text, Theme::noteFont(), NoteTextWidth);
    NoteText tags;
    const QString tagLine = tagLineOf(element);
    if (!tagLine.isEmpty())
        tags.setText(tagLine, Theme::tagFont(), NoteTextWidth);
    return heightOf(text, tags, element.amount.has_value());
}

std::vector<qreal> NoteItem::measureHeights(std::span<const Measure> measures) {
    // A few hundred notes take a few milliseconds: not worth measuring twice
    // (here, and again when painted).
    constexpr std::size_t NotesPerThread = 256;
    const std::size_t threads = std::min<std::size_t>(
        measures.size() / NotesPerThread, std::max(1U, std::thread::hardware_concurrency()));
    if (threads < 2)
        return {};
    std::vector<qreal> heights(measures.size());
    auto measure = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const Measure& what = measures[i];
            if (what.stageWidth < 0) {
                heights[i] = heightFor(*what.element);
            } else {
                NoteText text; // as stageTextHeight()
                text.setText(what.element->text, Theme::stageFont(), what.stageWidth,
                             Qt::AlignHCenter);
                heights[i] = text.height();
            }
        }
    };
    {
        std::vector<std::jthread> workers;
        for (std::size_t t = 1; t < threads; ++t)
            workers.emplace_back(measure, measures.size() * t / threads,
                                 measures.size() * (t + 1) / threads);
        measure(0, measures.size() / threads);
    } // joins the workers
    return heights;
}

void NoteItem::refresh(const Element& element, Block block, std::optional<qreal> measuredHeight) {
    m_block = block;
    m_fill = Theme::noteFill(element.color, block);
    m_hasDescription = !element.description.trimmed().isEmpty();
    m_votes = voteCount(element);
    const QString tagLine = tagLineOf(element);
    if (element.amount.has_value() != m_hasAmount) {
        m_hasAmount = element.amount.has_value();
        m_heightKnown = false;
    }
    if (element.text != m_text || tagLine != m_tags) {
        m_text = element.text;
        m_tags = tagLine;
        m_textLaidOut = false;
        m_heightKnown = false;
        m_measuredWidth = -1;
    }
    if (!m_heightKnown && m_role != Role::Stage) {
        if (!measuredHeight) {
            layOutText();
            measuredHeight = heightOf(m_textLayout, m_tagLayout, m_hasAmount);
        }
        m_contentHeight = *measuredHeight;
        applyHeight();
        m_heightKnown = true;
    }
    updateLook();
}

void NoteItem::layOutText() {
    if (m_textLaidOut)
        return;
    m_textLaidOut = true;
    if (m_role == Role::Stage) {
        m_textLayout.setText(m_text, Theme::stageFont(), textRect().width(), Qt::AlignHCenter);
        m_tagLayout = NoteText();
        return;
    }
    m_textLayout.setText(m_text, Theme::noteFont(), NoteTextWidth);
    if (!m_tags.isEmpty())
        m_tagLayout.setText(m_tags, Theme::tagFont(), NoteTextWidth);
    else
        m_tagLayout = NoteText();
}

qreal NoteItem::stageTextHeight(qreal width) {
    if (m_measuredWidth != width) {
        NoteText text;
        text.setText(m_text, Theme::stageFont(), width, Qt::AlignHCenter);
        m_measuredWidth = width;
        m_measuredHeight = text.height();
    }
    return m_measuredHeight;
}

void NoteItem::setStageTextHeight(qreal width, qreal height) {
    m_measuredWidth = width;
    m_measuredHeight = height;
}

void NoteItem::setStageRect(const QRectF& sceneRect, bool first) {
    const bool resized = sceneRect.size() != m_size || first != m_firstStage;
    if (resized) {
        prepareGeometryChange();
        m_size = sceneRect.size();
        m_firstStage = first;
        m_textLaidOut = false; // a new width
    }
    setPos(sceneRect.topLeft());
}

QRectF NoteItem::textRect() const {
    if (m_role != Role::Stage)
        return QRectF(TextPadding, TextPadding, m_size.width() - 2 * TextPadding,
                      m_size.height() - 2 * TextPadding);
    const qreal depth = CanvasLayout::chevronDepth(cardRect());
    const qreal left = m_firstStage ? 12 : depth + 8;
    return QRectF(left, 6, m_size.width() - left - depth - 4, m_size.height() - 12);
}

void NoteItem::setLook(const NoteLook& look) {
    if (m_look != look) {
        const bool badgeChanged = m_look.badge.isEmpty() != look.badge.isEmpty();
        m_look = look;
        if (badgeChanged)
            applyHeight();
        updateLook();
    }
}

void NoteItem::applyHeight() {
    if (m_role == Role::Stage || m_contentHeight <= 0)
        return;
    const qreal badge = m_look.badge.isEmpty() ? 0 : notelook::badgeRoom();
    const QSizeF size(CanvasLayout::NoteWidth, m_contentHeight + badge);
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
    }
}

void NoteItem::setEmphasis(Emphasis emphasis) {
    if (m_emphasis != emphasis) {
        m_emphasis = emphasis;
        updateLook();
    }
}

void NoteItem::setMarker(const QColor& color, const QString& toolTip) {
    m_marker = color;
    setToolTip(toolTip);
    updateLook();
}

void NoteItem::setEditing(bool editing) {
    if (m_editing != editing) {
        m_editing = editing;
        updateLook();
    }
}

void NoteItem::setMirrorSelected(bool selected) {
    if (m_mirrorSelected != selected) {
        m_mirrorSelected = selected;
        updateLook();
    }
}

void NoteItem::setFarView(bool far) {
    setFlag(ItemHasNoContents, far);
}

void NoteItem::updateLook() {
    update();
    if ((flags() & ItemHasNoContents) && canvasScene())
        canvasScene()->cardLayer()->updateCard(this);
}

QPointF NoteItem::markerCenter() const {
    // On a chevron, at the corner of its body rather than in the air beside
    // its point.
    const qreal x = m_role == Role::Stage ? m_size.width() - CanvasLayout::chevronDepth(cardRect())
                                          : m_size.width() - 2;
    return {x, 2};
}

QRectF NoteItem::boundingRect() const {
    return cardRect().adjusted(-Margin, -Margin, Margin, Margin);
}

QPainterPath NoteItem::outline(qreal grow) const {
    QPainterPath path;
    if (m_role == Role::Stage) {
        path.addPolygon(
            CanvasLayout::chevron(cardRect().adjusted(-grow, -grow, grow, grow), m_firstStage));
        path.closeSubpath();
    } else {
        path.addRoundedRect(cardRect().adjusted(-grow, -grow, grow, grow), Radius + grow,
                            Radius + grow);
    }
    return path;
}

QPainterPath NoteItem::shape() const {
    return outline(0);
}

void NoteItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const CanvasScene* owner = canvasScene();
    const bool exporting = owner && owner->exportMode();
    const bool selected = !exporting && (isSelected() || m_mirrorSelected);

    // Emphasis follows the selection, which exports do not show either.
    if (m_emphasis == Emphasis::Dimmed && !exporting)
        painter->setOpacity(DimmedOpacity);

    const QPainterPath card = outline(0);
    const QColor fill = this->fill();
    // A flat offset shadow: cheap, and stays a vector shape in exports.
    painter->fillPath(card.translated(1.5, 2.5), Theme::noteShadow());
    painter->setPen(QPen(Theme::noteBorder(fill), 1));
    painter->setBrush(fill);
    painter->drawPath(card);

    if (!m_editing) {
        layOutText();
        const QRectF text = textRect();
        painter->setPen(Theme::noteTextOn(fill));
        if (m_role == Role::Stage) {
            const qreal shown = m_textLayout.heightWithin(text.height());
            const qreal top = text.top() + (text.height() - shown) / 2;
            m_textLayout.draw(painter, QPointF(text.left(), top), text.height());
        } else {
            m_textLayout.draw(painter, text.topLeft());
            // From the bottom up: the badge's room, the amount, the tags.
            const qreal amountLine = m_hasAmount ? notelook::amountLineHeight() : 0;
            const qreal bottom =
                text.bottom() - (m_look.badge.isEmpty() ? 0 : notelook::badgeRoom());
            if (!m_tagLayout.isEmpty()) {
                painter->setPen(Theme::noteSubtleTextOn(fill));
                m_tagLayout.draw(painter,
                                 QPointF(text.left(), bottom - amountLine - m_tagLayout.height()));
            }
            if (m_hasAmount)
                notelook::paintAmount(
                    painter, QRectF(text.left(), bottom - amountLine, text.width(), amountLine),
                    m_look.amount, fill);
        }
    }
    if (m_hasDescription && m_role != Role::Stage) {
        // A folded corner says "there is more in the inspector".
        const QPointF corner = cardRect().bottomRight();
        QPolygonF fold;
        fold << corner - QPointF(12, 0) << corner - QPointF(0, 12) << corner;
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::noteBorder(fill));
        painter->drawPolygon(fold);
    }
    if (m_votes > 0) {
        // A dot-voting sticker with the count, inside the margin so it
        // never leaves the bounding rect.
        QFont font(Theme::fontFamily());
        font.setPixelSize(12);
        font.setWeight(QFont::Bold);
        const QString count = QString::number(m_votes);
        const qreal width = std::max(20.0, QFontMetricsF(font).horizontalAdvance(count) + 10);
        const QRectF badge(-6, -6, width, 20);
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(QColor(0xc8, 0x10, 0x2e)); // a red sticky dot
        painter->drawRoundedRect(badge, 10, 10);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, count);
    }
    notelook::paintBadge(painter, m_size, m_look);
    if (m_marker.isValid()) {
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(m_marker);
        painter->drawEllipse(markerCenter(), MarkerRadius, MarkerRadius);
    }
    painter->setBrush(Qt::NoBrush);
    if (m_emphasis == Emphasis::Highlighted && !exporting) {
        painter->setPen(QPen(Theme::highlight(), 3));
        painter->drawPath(outline(3));
    }
    if (selected) {
        painter->setPen(QPen(Theme::selection(), m_mirrorSelected && !isSelected() ? 2 : 3));
        painter->drawPath(outline(3.5));
    } else if (m_hovered && !exporting) {
        painter->setPen(QPen(Theme::hover(), 2));
        painter->drawPath(outline(2.5));
    }
}

QVariant NoteItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemSelectedHasChanged && canvasScene())
        canvasScene()->noteSelectionChanged(this);
    if (change == ItemSelectedHasChanged || change == ItemPositionChange ||
        change == ItemPositionHasChanged) {
        // In the far view the card must repaint where it was and where it
        // is; the note item itself paints nothing there.
        if ((flags() & ItemHasNoContents) && canvasScene())
            canvasScene()->cardLayer()->updateCard(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void NoteItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NoteItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void NoteItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (m_role == Role::Mirror && event->button() == Qt::LeftButton) {
        // The mirror is a view of a BMC note: clicking it selects the note.
        if (CanvasScene* owner = canvasScene())
            owner->selectIds({m_id});
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void NoteItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && canvasScene()) {
        canvasScene()->editNote(m_id, this);
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

} // namespace tandem
