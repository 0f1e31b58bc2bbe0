#include "noteeditor.h"

#include "theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

namespace tandem {

NoteEditor::NoteEditor(const QString& text, const QFont& font, qreal width, qreal padding,
                       qreal minHeight, const QColor& fill, Qt::Alignment alignment)
    : m_width(width)
    , m_minHeight(minHeight)
    , m_fill(fill) {
    setFont(font);
    setDefaultTextColor(Theme::noteTextOn(fill));
    document()->setDocumentMargin(padding);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Each paragraph reads in the direction of its first letter, as on the note.
    option.setTextDirection(Qt::LayoutDirectionAuto);
    document()->setDefaultTextOption(option);
    setPlainText(text);
    setTextWidth(width);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
}

void NoteEditor::start() {
    setFocus(Qt::OtherFocusReason);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

QString NoteEditor::currentText() const {
    return toPlainText().trimmed();
}

void NoteEditor::commit() {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT committed(currentText());
}

void NoteEditor::cancel() {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT cancelled();
}

QRectF NoteEditor::boundingRect() const {
    return QGraphicsTextItem::boundingRect().united(QRectF(0, 0, m_width, m_minHeight));
}

QPainterPath NoteEditor::shape() const {
    QPainterPath path;
    path.addRect(boundingRect());
    return path;
}

void NoteEditor::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) {
    const QRectF card = boundingRect();
    if (m_fill.isValid()) {
        painter->fillRect(card.translated(1.5, 2.5), Theme::noteShadow());
        painter->fillRect(card, m_fill);
    }
    painter->setPen(QPen(Theme::selection(), 2.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(card.adjusted(-2, -2, 2, 2));
    // The base class would add a dashed focus frame; the ring above says it.
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QGraphicsTextItem::paint(painter, &plain, widget);
}

bool NoteEditor::sceneEvent(QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        // While typing, plain keys and the usual text-editing chords belong
        // to the editor, not to window shortcuts (Delete, N, arrows, Ctrl+C).
        auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        static const QKeySequence::StandardKey textKeys[] = {
            QKeySequence::Copy,
            QKeySequence::Cut,
            QKeySequence::Paste,
            QKeySequence::SelectAll,
            QKeySequence::Undo,
            QKeySequence::Redo,
            QKeySequence::MoveToNextWord,
            QKeySequence::MoveToPreviousWord,
            QKeySequence::SelectNextWord,
            QKeySequence::SelectPreviousWord,
            QKeySequence::DeleteStartOfWord,
            QKeySequence::DeleteEndOfWord,
            QKeySequence::MoveToStartOfDocument,
            QKeySequence::MoveToEndOfDocument,
        };
        bool text = false;
        for (QKeySequence::StandardKey standard : textKeys)
            text = text || key->matches(standard);
        if (plain || text) {
            event->accept();
            return true;
        }
    }
    return QGraphicsTextItem::sceneEvent(event);
}

void NoteEditor::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (event->modifiers() & Qt::ShiftModifier) {
            QTextCursor cursor = textCursor();
            cursor.insertText(QStringLiteral("\n"));
            setTextCursor(cursor);
        } else {
            commit();
        }
        event->accept();
        return;
    case Qt::Key_Escape:
        cancel();
        event->accept();
        return;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        commit();
        event->accept();
        return;
    default:
        QGraphicsTextItem::keyPressEvent(event);
    }
}

void NoteEditor::focusOutEvent(QFocusEvent* event) {
    QGraphicsTextItem::focusOutEvent(event);
    // A context menu borrows focus for a moment; anything else ends the edit.
    if (event->reason() != Qt::PopupFocusReason)
        commit();
}

} // namespace tandem
