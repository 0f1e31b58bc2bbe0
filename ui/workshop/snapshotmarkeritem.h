#pragma once

#include "sessiondiff.h"

#include <QColor>
#include <QGraphicsObject>

namespace tandem {

class NoteItem;

// Marks a note that differs from the snapshot being compared: a thick ring
// in the colour of the change and a small tag above it ("new", "changed",
// "moved"), readable from the back of the room. It is a child of the note,
// so it follows drags and goes when the note goes; it is not drawn in
// exports, which show the canvases as they are.
class SnapshotMarkerItem : public QGraphicsObject {
    Q_OBJECT

public:
    enum { Type = QGraphicsItem::UserType + 21 };

    SnapshotMarkerItem(ChangeKind kind, NoteItem* note);

    int type() const override { return Type; }
    ChangeKind kind() const { return m_kind; }
    // The marked note is raised a little so its tag is not hidden under the
    // note above it; this puts it back (call before deleting the marker).
    void restoreNote();

    // Okabe-Ito colours, told apart by colour-blind viewers too.
    static QColor color(ChangeKind kind);
    // "new", "changed", "moved", "removed" (translated).
    static QString label(ChangeKind kind);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF ringRect() const;
    QRectF tagRect() const;

    ChangeKind m_kind;
    QRectF m_card;
    qreal m_noteZ = 0;
};

} // namespace tandem
