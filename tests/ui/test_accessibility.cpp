// Accessibility: every control in the window has a name a screen reader can
// speak, the canvas announces the note in focus, and every toolbar command
// can also be reached from the keyboard through a menu.

#include "accessibilityfeature.h"
#include "inspectordock.h"
#include "outlinedock.h"
#include "preferencesdialog.h"
#include "theme.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

#include <functional>

namespace tandem::test {

namespace {

using AccessibilityTest = WindowTest;

bool isControl(QWidget* widget) {
    return qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
           qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QAbstractItemView*>(widget) ||
           qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
           qobject_cast<QDockWidget*>(widget) || qobject_cast<QGraphicsView*>(widget) ||
           qobject_cast<QToolBar*>(widget);
}

// What a screen reader would say for each control that has no name.
QStringList namelessControls(QWidget* root) {
    QStringList nameless;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root) || !isControl(widget))
            continue;
        // Internal parts of composite widgets (line edit inside a spin box
        // or combo box, the dock's float and close buttons) are named by Qt.
        if (widget->parentWidget() && (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
                                       qobject_cast<QComboBox*>(widget->parentWidget())))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty()) {
            nameless.append(QStringLiteral("%1 \"%2\" in %3")
                                .arg(QString::fromLatin1(widget->metaObject()->className()),
                                     widget->objectName(),
                                     widget->parentWidget()
                                         ? QString::fromLatin1(
                                               widget->parentWidget()->metaObject()->className())
                                         : QString()));
        }
    }
    return nameless;
}

TEST_F(AccessibilityTest, EveryControlHasAName) {
    window->outline()->show();
    window->inspector()->show();
    scene()->selectIds({QStringLiteral("vp-fresh")}); // the inspector's note page
    QCoreApplication::processEvents();
    const QStringList nameless = namelessControls(window.get());
    EXPECT_TRUE(nameless.isEmpty()) << nameless.join(QLatin1Char('\n')).toStdString();

    PreferencesDialog preferences(window.get());
    const QStringList namelessInPreferences = namelessControls(&preferences);
    EXPECT_TRUE(namelessInPreferences.isEmpty())
        << namelessInPreferences.join(QLatin1Char('\n')).toStdString();
}

TEST_F(AccessibilityTest, DocksAndViewHaveNamesAndDescriptions) {
    EXPECT_EQ(view()->accessibleName(), QStringLiteral("Canvases"));
    for (QDockWidget* dock : window->findChildren<QDockWidget*>()) {
        EXPECT_FALSE(dock->accessibleName().isEmpty()) << dock->objectName().toStdString();
        EXPECT_FALSE(dock->objectName().isEmpty())
            << "saveState needs an object name: " << dock->windowTitle().toStdString();
    }
    EXPECT_FALSE(window->inspector()->accessibleDescription().isEmpty());
    EXPECT_FALSE(window->outline()->accessibleDescription().isEmpty());
    EXPECT_FALSE(window->canvasToolBar()->accessibleName().isEmpty());
}

TEST_F(AccessibilityTest, TheCanvasAnnouncesTheNoteInFocus) {
    click(QStringLiteral("vp-fresh"));
    const Element* fresh = doc()->element(QStringLiteral("vp-fresh"));
    ASSERT_NE(fresh, nullptr);
    EXPECT_EQ(view()->accessibleDescription(),
              QStringLiteral("Value Propositions: ") + fresh->text.simplified());
    // Tab walks on in reading order, and the description follows.
    key(Qt::Key_Tab);
    const QStringList selected = scene()->selectedIds();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_NE(selected.first(), QStringLiteral("vp-fresh"));
    const Element* next = doc()->element(selected.first());
    ASSERT_NE(next, nullptr);
    EXPECT_TRUE(view()->accessibleDescription().endsWith(next->text.simplified()))
        << view()->accessibleDescription().toStdString();

    // What a screen reader asks the view for.
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view());
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->text(QAccessible::Description), view()->accessibleDescription());
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Canvases"));

    scene()->selectIds({QStringLiteral("vp-fresh"), selected.first()});
    EXPECT_EQ(view()->accessibleDescription(), QStringLiteral("2 notes selected"));
    scene()->selectIds({});
    EXPECT_TRUE(view()->accessibleDescription().startsWith(QStringLiteral("No note selected")));
}

TEST_F(AccessibilityTest, StagesAreAnnouncedWithTheirChain) {
    const auto& chains = doc()->state().chains;
    ASSERT_FALSE(chains.empty());
    ASSERT_FALSE(chains.front().stages.empty());
    scene()->selectIds({chains.front().stages.front().id});
    const QString description = view()->accessibleDescription();
    EXPECT_TRUE(description.startsWith(chains.front().name + QStringLiteral(", stage 1 of ")))
        << description.toStdString();
}

TEST_F(AccessibilityTest, EveryToolbarCommandIsInAMenu) {
    QSet<QAction*> inMenus;
    std::function<void(QMenu*)> collect = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            inMenus.insert(action);
            if (action->menu())
                collect(action->menu());
        }
    };
    for (QAction* top : window->menuBar()->actions()) {
        if (top->menu())
            collect(top->menu());
    }
    for (QToolBar* bar : window->findChildren<QToolBar*>()) {
        for (QAction* action : bar->actions()) {
            // Invisible actions mark the toolbar's places (menuplaces.h).
            if (action->isSeparator() || !action->isVisible() ||
                qobject_cast<QWidgetAction*>(action))
                continue;
            // A toolbar inside a dock is reached with Tab instead.
            auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action));
            const bool tabbable = bar->parentWidget() != window.get() && button &&
                                  (button->focusPolicy() & Qt::TabFocus);
            EXPECT_TRUE(inMenus.contains(action) || !action->shortcuts().isEmpty() || tabbable)
                << "not reachable by keyboard: " << action->text().toStdString();
        }
    }
    // Each dock can be shown from the View menu.
    for (QDockWidget* dock : window->findChildren<QDockWidget*>())
        EXPECT_TRUE(inMenus.contains(dock->toggleViewAction())) << dock->objectName().toStdString();
}

TEST_F(AccessibilityTest, MenusHaveDistinctMnemonics) {
    QSet<QChar> seen;
    for (QAction* top : window->menuBar()->actions()) {
        const QString text = top->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        ASSERT_GE(amp, 0) << "no Alt key for menu " << text.toStdString();
        ASSERT_LT(amp + 1, text.size());
        const QChar key = text.at(amp + 1).toLower();
        EXPECT_FALSE(seen.contains(key)) << "Alt+" << QString(key).toStdString() << " twice";
        seen.insert(key);
    }
}

} // namespace

} // namespace tandem::test

namespace tandem::test {

namespace {

// The text of a note with a dark custom colour is drawn light, so that it
// stays readable on a projector: the brightest pixels inside the card are
// the text, and they are light.
TEST_F(AccessibilityTest, TextOnADarkNoteIsLight) {
    const QString id = QStringLiteral("vp-fresh");
    Element element = *doc()->element(id);
    element.color = QStringLiteral("#1d2b3a");
    doc()->editElement(id, element, QStringLiteral("Colour"));
    NoteItem* note = scene()->noteItem(id);
    ASSERT_NE(note, nullptr);
    scene()->clearSelection();
    view()->setZoom(1.0);
    view()->centerOn(noteCenter(id));
    QImage image(viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    viewport()->render(&image);
    const QRect card = view()->mapFromScene(note->mapRectToScene(note->textRect())).boundingRect();
    int brightest = 0;
    for (int y = card.top(); y <= card.bottom(); ++y) {
        for (int x = card.left(); x <= card.right(); ++x)
            brightest = std::max(brightest, qGray(image.pixel(x, y)));
    }
    EXPECT_GT(brightest, 200) << "light text on the dark note";
    EXPECT_EQ(Theme::noteTextOn(QColor(0x1d, 0x2b, 0x3a)), QColor(Qt::white));
    EXPECT_EQ(Theme::noteTextOn(Theme::paletteColor(QStringLiteral("yellow"))), Theme::noteText());
}

} // namespace

} // namespace tandem::test
