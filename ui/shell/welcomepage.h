#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QCommandLinkButton;
class QVBoxLayout;

namespace tandem {

class MainWindow;

// The welcome page: a card over the canvas of a window that starts without a
// file, with the ways to begin (a blank session, the example, Open...), the
// recent sessions and the keyboard shortcuts. It goes away as soon as the
// user does anything: picks an entry, clicks beside the card, presses Esc,
// or edits the session underneath.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(MainWindow* window);

    // Shows the page on a window (reusing one already there).
    static WelcomePage* showOn(MainWindow* window);
    // The page a window shows, if any.
    static WelcomePage* of(MainWindow* window);
    // Whether a window started without a file should greet the user.
    static bool wantedAtStart();

    QCommandLinkButton* newButton() const { return m_new; }
    QCommandLinkButton* exampleButton() const { return m_example; }
    QList<QCommandLinkButton*> recentButtons() const { return m_recent; }
    QWidget* card() const { return m_card; }

    void dismiss();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fillRecent(QVBoxLayout* layout);
    void placeOverView();
    // Runs a window command after the page is gone (it may open a dialog).
    void then(std::function<void(MainWindow*)> command);

    QPointer<MainWindow> m_window;
    QWidget* m_card;
    QCommandLinkButton* m_new;
    QCommandLinkButton* m_example;
    QCommandLinkButton* m_open;
    QList<QCommandLinkButton*> m_recent;
    QCheckBox* m_atStart;
    bool m_dismissed = false;
};

} // namespace tandem
