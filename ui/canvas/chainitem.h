#pragma once

#include "notetext.h"

#include <QGraphicsItem>

namespace tandem {

class CanvasScene;

// One value delivery chain: a row in the OMC's chain area with the chain's
// name on the left; its stages are NoteItems drawn as chevrons on top.
// Selectable, so a chain can be renamed, reordered or deleted from the
// keyboard; double-clicking the name renames it, elsewhere adds a stage.
class ChainItem : public QGraphicsItem {
public:
    enum { Type = QGraphicsItem::UserType + 3 };

    explicit ChainItem(const QString& chainId);

    int type() const override { return Type; }
    const QString& chainId() const { return m_chainId; }
    void setGeometry(const QRectF& rowRect, const QRectF& labelRect, const QRectF& firstStage);
    void refresh(const QString& name, int stageCount);
    QRectF labelRect() const { return m_label.translated(pos()); } // in the scene
    void setNameEditing(bool editing);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    CanvasScene* canvasScene() const;
    QRectF nameRect() const;
    // Lays the name out again (name, width or font changed).
    void relayoutName();

    QString m_chainId;
    QString m_name;
    int m_stageCount = 0;
    QSizeF m_size;
    QRectF m_label;       // local
    QRectF m_placeholder; // local: where the first stage would go
    bool m_nameEditing = false;
    NoteText m_nameText; // laid out once, not at every paint
    TextLabel m_hint;    // on an empty chain
};

} // namespace tandem
