#include "sessiontesthooks.h"

#include "canvasview.h"
#include "document.h"
#include "mainwindow.h"
#include "recoveryoffer.h"
#include "sessionfeature.h"
#include "sessionwriter.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace tandem {

namespace {

void reportAndExit(const QString& directory) {
    std::vector<MainWindow*> windows;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<MainWindow*>(widget); window && window->isVisible())
            windows.push_back(window);
    }
    std::sort(windows.begin(), windows.end(), [](MainWindow* a, MainWindow* b) {
        return a->sessionFeature()->serial() < b->sessionFeature()->serial();
    });
    QTextStream out(stdout);
    QDir().mkpath(directory);
    int number = 1;
    for (MainWindow* window : windows) {
        const Document* document = window->document();
        const QString path =
            QDir(directory).filePath(QStringLiteral("window-%1.tandem.yaml").arg(number));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(SessionWriter::toBytes(document->session()));
        out << "window " << number << ": path=" << document->filePath()
            << " modified=" << (document->isModified() ? 1 : 0)
            << " readonly=" << (window->isReadOnly() ? 1 : 0)
            << " notes=" << document->state().elementCount() << '\n';
        ++number;
    }
    out.flush();
    // No close events: nothing asks to save, and what was autosaved stays
    // on disk for the test to look at.
    QCoreApplication::exit(0);
}

// Ends the event loop once the widget it watches has painted.
class QuitAfterFirstPaint : public QObject {
public:
    explicit QuitAfterFirstPaint(QWidget* widget)
        : QObject(widget) {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // After the paint event, so that the frame is whole.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

void runStartupSessionTasks(MainWindow* first) {
    RecoveryOffer::runAtStart(first);

    const QString note = qEnvironmentVariable("TANDEM_TEST_EDIT_NOTE");
    if (!note.isEmpty() && first) {
        Element element;
        element.text = note;
        first->document()->addElement(Place{Block::KeyPartners, {}, -1}, element);
    }
    if (first && qEnvironmentVariableIsSet("TANDEM_TEST_QUIT_AFTER_FIRST_PAINT"))
        new QuitAfterFirstPaint(first->view()->viewport());
    const QString report = qEnvironmentVariable("TANDEM_TEST_REPORT");
    if (!report.isEmpty())
        QTimer::singleShot(0, qApp, [report] { reportAndExit(report); });
}

} // namespace tandem
