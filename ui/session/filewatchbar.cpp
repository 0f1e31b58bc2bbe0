#include "filewatchbar.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tandem {

FileWatchBar::FileWatchBar(QWidget* view)
    : QFrame(view)
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout) {
    setObjectName(QStringLiteral("fileWatchBar"));
    setAccessibleName(tr("File message"));
    setAutoFillBackground(true);
    // Amber, like a sticky note asking for attention; readable in both themes.
    setStyleSheet(
        QStringLiteral("#fileWatchBar { background: #fff1c7; border-bottom: 1px solid #d9a400; }"
                       "#fileWatchBar QLabel { color: #3a2a00; font-size: 14px; }"));
    m_label->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    view->installEventFilter(this);
    hide();
}

void FileWatchBar::showMessage(const QString& text) {
    m_label->setText(text);
    place();
    show();
    raise();
}

QString FileWatchBar::text() const {
    return m_label->text();
}

QPushButton* FileWatchBar::addButton(const QString& text, std::function<void()> action) {
    auto* button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, [this, action = std::move(action)] {
        hide();
        action();
    });
    m_buttons->addWidget(button);
    return button;
}

void FileWatchBar::clearButtons() {
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        // Later: the button being clicked may be the one asking.
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

void FileWatchBar::place() {
    // Over the viewport only, so the scroll bars stay usable and visible.
    QWidget* view = parentWidget();
    const auto* scrollArea = qobject_cast<QAbstractScrollArea*>(view);
    const QRect area = scrollArea ? scrollArea->viewport()->geometry() : view->rect();
    const int height = heightForWidth(area.width());
    setGeometry(area.x(), area.y(), area.width(), height > 0 ? height : sizeHint().height());
}

bool FileWatchBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace tandem
