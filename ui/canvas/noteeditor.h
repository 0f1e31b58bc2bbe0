#pragma once

#include <QColor>
#include <QGraphicsTextItem>

namespace tandem {

// The temporary in-place editor over a note, a stage or a chain name. It is
// the only text item on the canvas and lives only while editing: Enter
// commits, Shift+Enter starts a new line, Escape cancels, and clicking
// elsewhere commits. It grows with its text like the note will.
class NoteEditor : public QGraphicsTextItem {
    Q_OBJECT

public:
    NoteEditor(const QString& text, const QFont& font, qreal width, qreal padding, qreal minHeight,
               const QColor& fill, Qt::Alignment alignment = Qt::AlignLeft);

    // Takes keyboard focus and selects all text, so typing replaces it.
    void start();
    bool isFinished() const { return m_finished; }
    QString currentText() const;
    void commit();
    void cancel();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

Q_SIGNALS:
    void committed(const QString& text);
    void cancelled();

protected:
    bool sceneEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    qreal m_width;
    qreal m_minHeight;
    QColor m_fill;
    bool m_finished = false;
};

} // namespace tandem
