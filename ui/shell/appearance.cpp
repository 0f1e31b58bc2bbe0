#include "appearance.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "theme.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace tandem {

namespace {

// What the platform gave us before any theme was applied, to go back to.
struct Original {
    QString styleName;
    QPalette palette;
};

const Original& original() {
    static const Original value{QApplication::style() ? QApplication::style()->name() : QString(),
                                QApplication::palette()};
    return value;
}

bool currentlyDark = false;

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

// GNOME 42 and later: "default", "prefer-dark" or "prefer-light".
bool gnomePrefersDark() {
    // Tests must not depend on the desktop they happen to run on.
    if (QStandardPaths::isTestModeEnabled())
        return false;
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (gsettings.isEmpty())
        return false;
    QProcess process;
    process.start(gsettings, {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"),
                              QStringLiteral("color-scheme")});
    if (!process.waitForFinished(700) || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(100);
        return false;
    }
    return process.readAllStandardOutput().contains("prefer-dark");
}

void useStyle(const QString& name) {
    if (QApplication::style() &&
        QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle* style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

void Appearance::applyFromSettings() {
    applyTheme(Settings::theme());
    applyTextSize(Settings::textSize());
}

void Appearance::applyTheme(Settings::ThemeChoice choice) {
    const Original& platform = original();
    bool dark = false;
    switch (choice) {
    case Settings::ThemeChoice::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Settings::ThemeChoice::Dark:
        dark = true;
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    case Settings::ThemeChoice::System:
        if (systemPrefersDark() && !isDarkPalette(platform.palette)) {
            // The desktop is dark but Qt's platform theme does not know it.
            dark = true;
            useStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(darkPalette());
        } else {
            dark = isDarkPalette(platform.palette);
            if (!platform.styleName.isEmpty())
                useStyle(platform.styleName);
            // An empty palette hands the colours back to the platform theme,
            // which then follows the desktop's own changes while running.
            QApplication::setPalette(QPalette());
            if (QApplication::palette().color(QPalette::Window) !=
                platform.palette.color(QPalette::Window))
                QApplication::setPalette(platform.palette);
        }
        break;
    }
    currentlyDark = dark;
    Theme::setDarkSurroundings(dark);
    refreshViews();
}

void Appearance::applyTextSize(int pixels) {
    if (pixels == Theme::noteTextSize())
        return;
    Theme::setNoteTextSize(pixels);
    for (QWidget* widget : QApplication::allWidgets()) {
        if (auto* view = qobject_cast<CanvasView*>(widget))
            view->canvasScene()->refreshAppearance();
    }
}

bool Appearance::isDark() {
    return currentlyDark;
}

bool Appearance::systemPrefersDark() {
    if (isDarkPalette(original().palette))
        return true;
    if (qEnvironmentVariable("GTK_THEME").contains(QLatin1String("dark"), Qt::CaseInsensitive))
        return true;
    return gnomePrefersDark();
}

QPalette Appearance::lightPalette() {
    // Button and window colours first: QPalette derives the bevel shades.
    QPalette palette(QColor(0xf6, 0xf7, 0xf8), QColor(0xef, 0xf1, 0xf3));
    // The same blue as the selection on the canvas.
    const QColor accent(0x00, 0x5f, 0xcc);
    palette.setColor(QPalette::Window, QColor(0xef, 0xf1, 0xf3));
    palette.setColor(QPalette::WindowText, QColor(0x1b, 0x1f, 0x24));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf6, 0xf8));
    palette.setColor(QPalette::Text, QColor(0x1b, 0x1f, 0x24));
    palette.setColor(QPalette::Button, QColor(0xf6, 0xf7, 0xf8));
    palette.setColor(QPalette::ButtonText, QColor(0x1b, 0x1f, 0x24));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe8));
    palette.setColor(QPalette::ToolTipText, QColor(0x1b, 0x1f, 0x24));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x72, 0x7c));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::LinkVisited, QColor(0x5a, 0x3e, 0xa8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x9a, 0xa1, 0xa9));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xb8, 0xbe, 0xc6));
    return palette;
}

QPalette Appearance::darkPalette() {
    // Slate greys with enough contrast (> 7:1) for text on a dim room's screen.
    const QColor window(0x2d, 0x31, 0x37);
    const QColor base(0x1f, 0x22, 0x26);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor button(0x38, 0x3d, 0x44);
    const QColor accent(0x3d, 0x8f, 0xe0);
    QPalette palette(button, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x2c, 0x31));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x58));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x45, 0x4d));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x29, 0x2e));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1d, 0x21));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0e, 0x10));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3f, 0x46));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x95, 0x9c, 0xa5));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc3, 0xa6, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x86, 0x8e));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x31, 0x35, 0x3b));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x50, 0x58));
    return palette;
}

void Appearance::refreshViews() {
    for (QWidget* widget : QApplication::allWidgets()) {
        if (auto* view = qobject_cast<CanvasView*>(widget))
            view->setBackgroundBrush(Theme::sceneBackground());
    }
}

} // namespace tandem
