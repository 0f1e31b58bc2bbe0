#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace tandem {

// A slim message bar across the top of the canvas view, with a few buttons:
// "the file changed on disk: Reload / Keep Mine". Unlike a dialog it never
// interrupts a workshop in mid-sentence, and it stays until answered.
class FileWatchBar : public QFrame {
    Q_OBJECT

public:
    explicit FileWatchBar(QWidget* view);

    void showMessage(const QString& text);
    // Buttons are removed with clearButtons(); each one hides the bar.
    QPushButton* addButton(const QString& text, std::function<void()> action);
    void clearButtons();
    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QLabel* m_label;
    QHBoxLayout* m_buttons;
};

} // namespace tandem
