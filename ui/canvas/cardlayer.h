#pragma once

#include <QGraphicsItem>

namespace tandem {

class CanvasScene;
class NoteItem;

// The far view of the notes: when the view is zoomed out so far, or shows so
// many notes, that their text could not be read (CanvasView decides), every
// note is drawn here as a plain coloured card, in one pass batched by colour,
// while the note items paint nothing (ItemHasNoContents) and keep only their
// part in selection, dragging and hovering. QGraphicsView paints items one by
// one, each with its own painter state, which is what makes an overview of
// thousands of notes slow; one item drawing them all is not.
//
// Screen only: exports always draw the notes themselves (CanvasScene leaves
// the far view when it enters export mode). Selected notes show in the
// selection colour, dimmed ones faint, and alignment markers stay visible at
// any zoom.
class CardLayer : public QGraphicsItem {
public:
    enum { Type = QGraphicsItem::UserType + 31 };

    explicit CardLayer(CanvasScene* scene);

    int type() const override { return Type; }

    // Re-reads the area the notes cover (they may spill out of crowded
    // blocks) and repaints it all.
    void refresh();
    // Repaints the card of this note, at its current place.
    void updateCard(const NoteItem* item);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    CanvasScene* m_scene;
    QRectF m_bounds;
};

} // namespace tandem
