#pragma once

#include "model.h"
#include "notelook.h"
#include "notetext.h"

#include <QColor>
#include <QGraphicsItem>

#include <optional>
#include <span>
#include <vector>

namespace tandem {

class CanvasScene;

// One sticky note on the canvas: a block note, a value-chain stage (drawn as
// a chevron) or a read-only mirror of a BMC note in the OMC's right-hand
// column. It holds only the element id and a cached text layout; the scene
// calls refresh() with fresh data when the document says it changed.
class NoteItem : public QGraphicsItem {
public:
    enum { Type = QGraphicsItem::UserType + 1 };
    enum class Role { Note, Stage, Mirror };
    // Set by the links view: highlight what is linked to the selection and
    // dim the rest.
    enum class Emphasis { Normal, Highlighted, Dimmed };

    static constexpr qreal TextPadding = 11;
    // Below this scale notes are drawn as plain cards without text (the far
    // view, see CardLayer): text would be unreadable anyway.
    static constexpr qreal TextLevelOfDetail = 0.3;
    static constexpr qreal MarkerRadius = 7.5;
    static constexpr qreal DimmedOpacity = 0.28;

    NoteItem(const QString& id, Role role);

    int type() const override { return Type; }
    const QString& elementId() const { return m_id; }
    Role role() const { return m_role; }
    Block block() const { return m_block; }
    bool isStage() const { return m_role == Role::Stage; }
    bool isMirror() const { return m_role == Role::Mirror; }

    // Re-reads what the note shows. For notes and mirrors the height follows
    // the text; stages take their rect from setStageRect(). The text is laid
    // out when first painted; a note lays it out at once to know its height,
    // unless given measuredHeight, heightFor() of this element's text.
    void refresh(const Element& element, Block block,
                 std::optional<qreal> measuredHeight = std::nullopt);
    // The height a note or mirror of this element takes. Safe on any thread.
    static qreal heightFor(const Element& element);
    // What the scene needs measured before it can place a session: a note's
    // height (heightFor()), or a stage's text height at the width its chain
    // gives it (stageTextHeight()).
    struct Measure {
        const Element* element = nullptr;
        qreal stageWidth = -1; // a note when negative
    };
    // Many of them, measured on all cores at once: what the scene needs
    // before it can place 10,000 notes. Nothing for a few hundred or on one
    // core: refresh() and stageTextHeight() then lay them out one by one.
    static std::vector<qreal> measureHeights(std::span<const Measure> measures);
    // The size at 100 %; a crowded block shrinks its notes with setScale().
    QSizeF size() const { return m_size; }
    // Where the card is in the scene, shrunk with the item's scale.
    QRectF sceneCard() const { return QRectF(pos(), m_size * scale()); }
    // The height a stage's text takes at this width (cached per width).
    qreal stageTextHeight(qreal width);
    // Gives the cache stageTextHeight() keeps what measureHeights() found.
    void setStageTextHeight(qreal width, qreal height);
    QRectF cardRect() const { return QRectF(QPointF(0, 0), m_size); }
    // The colour the card is drawn in: a lens's, else the note's own.
    QColor fill() const { return m_look.lensFill.isValid() ? m_look.lensFill : m_fill; }
    // Money and lens colour (CanvasDecorations); a note with an amount is
    // taller by its amount line (heightFor), one with a badge by its room.
    void setLook(const NoteLook& look);
    const NoteLook& look() const { return m_look; }
    void setStageRect(const QRectF& sceneRect, bool first);
    bool isFirstStage() const { return m_firstStage; }
    // Where the text starts and how wide it is, for the in-place editor.
    QRectF textRect() const;

    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    // A small round marker at the top-right corner (alignment gaps).
    void setMarker(const QColor& color, const QString& toolTip = {});
    void clearMarker() { setMarker(QColor()); }
    QColor marker() const { return m_marker; }
    // Where the marker's centre sits, relative to the card's corner.
    QPointF markerCenter() const;
    // Hides the text while the in-place editor covers the note.
    void setEditing(bool editing);
    // A mirror shows the selection of the note it mirrors.
    void setMirrorSelected(bool selected);
    // Selected, or the mirror of a selected note.
    bool showsSelection() const { return isSelected() || m_mirrorSelected; }
    // In the far view the item paints nothing (ItemHasNoContents) and the
    // scene's CardLayer draws its card; see CanvasView.
    void setFarView(bool far);
    int votes() const { return m_votes; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    CanvasScene* canvasScene() const;
    // Repaints the note, or its card in the far view.
    void updateLook();
    // Lays out the text (and tags) now, if not done since they changed.
    void layOutText();
    static QString tagLineOf(const Element& element);
    static qreal heightOf(const NoteText& text, const NoteText& tags, bool amount);
    QPainterPath outline(qreal grow) const;
    // The size of a note or mirror: its measured content and a badge's room.
    void applyHeight();

    QString m_id;
    Role m_role;
    Block m_block = Block::KeyPartners;
    QString m_text;
    QString m_tags;
    bool m_hasDescription = false;
    bool m_hasAmount = false; // a line for it at the bottom
    NoteLook m_look;
    int m_votes = 0; // dot-voting dots, drawn as a badge (votes.h)
    QColor m_fill;
    QSizeF m_size;
    bool m_firstStage = false;
    NoteText m_textLayout;
    NoteText m_tagLayout;
    bool m_textLaidOut = false; // m_textLayout and m_tagLayout show m_text and m_tags
    bool m_heightKnown = false; // m_size fits m_text and m_tags (notes and mirrors)
    qreal m_contentHeight = 0;  // text, tags and amount, as measured
    qreal m_measuredWidth = -1; // of m_measuredHeight, for stageTextHeight()
    qreal m_measuredHeight = 0;
    Emphasis m_emphasis = Emphasis::Normal;
    QColor m_marker;
    bool m_editing = false;
    bool m_hovered = false;
    bool m_mirrorSelected = false;
};

} // namespace tandem
