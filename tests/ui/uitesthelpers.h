#pragma once

// Shared fixtures for the UI tests: a shown main window on a session, and
// helpers that drive the real view with QTest events on its viewport.

#include "canvasscene.h"
#include "canvasview.h"
#include "mainwindow.h"
#include "noteitem.h"
#include "sessionreader.h"
#include "testtime.h"

#include <QApplication>
#include <QImage>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace tandem::test {

// Spins the event loop until `done` or the timeout (stretched for slow
// builds); returns `done()`.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000) {
    return QTest::qWaitFor(done, scaledMs(timeoutMs));
}

// The helpers that answer a modal dialog look for it every DialogPollMs, for
// DialogWaitMs (stretched for slow builds) at most.
inline constexpr int DialogPollMs = 20;
inline constexpr int DialogWaitMs = 6000;
inline bool keepLookingForDialog(int tries) {
    return tries * DialogPollMs < scaledMs(DialogWaitMs);
}

// How many pixels differ visibly (by more than 16 in a channel) between two
// frames of the same size; every pixel when the sizes differ.
inline qint64 visiblyDifferingPixels(const QImage& a, const QImage& b) {
    EXPECT_EQ(a.size(), b.size());
    if (a.size() != b.size())
        return qint64(std::max(a.width(), b.width())) * std::max(a.height(), b.height());
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int delta = std::max({std::abs(qRed(p[col]) - qRed(q[col])),
                                        std::abs(qGreen(p[col]) - qGreen(q[col])),
                                        std::abs(qBlue(p[col]) - qBlue(q[col]))});
            count += delta > 16 ? 1 : 0;
        }
    }
    return count;
}

inline Session exampleSession() {
    LoadError error;
    auto session =
        SessionReader::readFile(QStringLiteral(":/examples/northwind.tandem.yaml"), &error);
    EXPECT_TRUE(session.has_value()) << error.toString().toStdString();
    return session.value_or(Session{});
}

#ifdef TANDEM_TEST_DATA
// A session from tests/data, by its path there ("money/blend.tandem.yaml").
inline Session testDataSession(const QString& path) {
    LoadError error;
    auto session = SessionReader::readFile(QStringLiteral(TANDEM_TEST_DATA "/") + path, &error);
    EXPECT_TRUE(session.has_value())
        << path.toStdString() << ": " << error.toString().toStdString();
    return session.value_or(Session{});
}
#endif

// A main window on the example session, shown, active and zoomed to 100 %
// on the top left of the BMC so that mouse positions are predictable.
class WindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->document()->resetSession(exampleSession());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get(), scaledMs(5000)));
        window->activateWindow();
        QApplication::setActiveWindow(window.get());
        view()->setFocus();
        view()->setZoom(0.5);
        QCoreApplication::processEvents();
    }
    void TearDown() override {
        // Nothing to save in tests: let the window close without a prompt.
        window->document()->markSaved();
        window.reset();
    }

    Document* doc() const { return window->document(); }
    CanvasScene* scene() const { return window->scene(); }
    CanvasView* view() const { return window->view(); }
    QWidget* viewport() const { return window->view()->viewport(); }

    // Brings a scene point into the viewport and returns its viewport position.
    QPoint at(const QPointF& scenePoint) const {
        view()->centerOn(scenePoint);
        return view()->mapFromScene(scenePoint);
    }
    QPointF noteCenter(const QString& id) const {
        NoteItem* item = scene()->noteItem(id);
        EXPECT_NE(item, nullptr) << id.toStdString();
        return item ? item->mapToScene(item->cardRect().center()) : QPointF();
    }
    void click(const QString& id, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::mouseClick(viewport(), Qt::LeftButton, modifiers, at(noteCenter(id)));
    }
    void doubleClickAt(const QPointF& scenePoint) {
        const QPoint pos = at(scenePoint);
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, pos);
        QTest::mouseDClick(viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    }
    // Drags with intermediate moves, as a hand would.
    void drag(const QPointF& from, const QPointF& to) {
        view()->centerOn((from + to) / 2);
        const QPoint start = view()->mapFromScene(from);
        const QPoint end = view()->mapFromScene(to);
        QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, start);
        for (int i = 1; i <= 8; ++i) {
            const QPoint step = start + (end - start) * i / 8;
            QMouseEvent move(QEvent::MouseMove, step, viewport()->mapToGlobal(step), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport(), &move);
        }
        QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, end);
    }
    void key(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(viewport(), static_cast<Qt::Key>(keyCode), modifiers);
    }
    void type(const QString& text) { QTest::keyClicks(viewport(), text); }
    QStringList idsIn(Block block) const {
        QStringList ids;
        for (const Element& element : doc()->state().elements(block))
            ids.append(element.id);
        return ids;
    }
    // A point in the empty lower part of a block.
    QPointF emptySpotIn(Block block) const {
        const QRectF rect = scene()->blockRect(block);
        return QPointF(rect.center().x(), rect.bottom() - 60);
    }

    std::unique_ptr<MainWindow> window;
};

// Closes the next modal dialog as soon as it shows and remembers its text.
class DialogCatcher {
public:
    DialogCatcher() { poll(m_state); }
    QString text() const { return m_state->text; }
    bool seen() const { return m_state->seen; }

private:
    struct State {
        QString text;
        bool seen = false;
        int tries = 0;
    };
    static void poll(std::shared_ptr<State> state) {
        QTimer::singleShot(DialogPollMs, qApp, [state] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                if (auto* box = qobject_cast<QMessageBox*>(modal))
                    state->text = box->text();
                state->seen = true;
                modal->close();
                return;
            }
            if (keepLookingForDialog(++state->tries))
                poll(state);
        });
    }
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace tandem::test
