#include "testhooks.h"

#include "canvasview.h"
#include "document.h"
#include "filelock.h"
#include "mainwindow.h"
#include "recoveryoffer.h"
#include "roomcontrol.h"
#include "sessionwriter.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

namespace tandem::testdriver {

namespace {

// Remembers the editor windows in the order they were first shown.
class WindowOrder : public QObject {
public:
    WindowOrder() { qApp->installEventFilter(this); }
    QList<MainWindow*> windows() const {
        QList<MainWindow*> alive;
        for (const QPointer<MainWindow>& window : m_windows) {
            if (window && window->isVisible())
                alive.append(window);
        }
        return alive;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Show) {
            auto* window = qobject_cast<MainWindow*>(watched);
            if (window && !m_windows.contains(window))
                m_windows.append(window);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QList<QPointer<MainWindow>> m_windows;
};

void reportAndExit(const WindowOrder& order, const QString& directory) {
    QTextStream out(stdout);
    QDir().mkpath(directory);
    int number = 1;
    for (MainWindow* window : order.windows()) {
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

void answerRecovery(RecoveryOffer& offer, const QString& answer) {
    QTextStream out(stdout);
    for (const QString& problem : offer.problems())
        out << "recovery problem: " << problem << '\n';
    for (int i = 0; i < static_cast<int>(offer.sessions().size()); ++i) {
        const RecoveredSession& recovered = offer.sessions()[i];
        out << "recovery offered: key=" << recovered.entry.key
            << " original=" << recovered.entry.originalPath
            << " title=" << recovered.session.info.title
            << " notes=" << recovered.session.state.elementCount() << '\n';
        out << "recovery " << answer << ": key=" << recovered.entry.key << '\n';
        out.flush();
        if (answer == QLatin1String("restore"))
            offer.restore(i);
        else if (answer == QLatin1String("show"))
            offer.show(i);
        else if (answer == QLatin1String("discard"))
            offer.discard(i);
    }
}

FileLock::Choice answerLock(const QString& path, const LockOwner& owner, const QString& answer) {
    QTextStream(stdout) << "lock: " << QDir::toNativeSeparators(path)
                        << " held by pid=" << owner.pid << " host=" << owner.hostName
                        << " answer=" << answer << Qt::endl;
    return answer == QLatin1String("readonly") ? FileLock::Choice::OpenReadOnly
                                               : FileLock::Choice::Cancel;
}

} // namespace

void quitAfterFirstPaint(QWidget* widget) {
    new QuitAfterFirstPaint(widget);
}

EditorHooks hooksFromEnvironment() {
    EditorHooks hooks;
    if (const QString answer = qEnvironmentVariable("TANDEM_TEST_LOCK_ANSWER"); !answer.isEmpty()) {
        FileLock::setDefaultAsk([answer](const QString& path, const LockOwner& owner) {
            return answerLock(path, owner, answer);
        });
    }
    if (const QString answer = qEnvironmentVariable("TANDEM_TEST_RECOVERY_ANSWER");
        !answer.isEmpty()) {
        hooks.answerRecovery = [answer](RecoveryOffer& offer) { answerRecovery(offer, answer); };
    }
    // Watching from before the first window shows.
    auto* order = new WindowOrder;
    order->setParent(qApp);
    hooks.started = [order](MainWindow* first) {
        const QString note = qEnvironmentVariable("TANDEM_TEST_EDIT_NOTE");
        if (!note.isEmpty() && first) {
            Element element;
            element.text = note;
            first->document()->addElement(Place{Block::KeyPartners, {}, -1}, element);
        }
        if (first && qEnvironmentVariableIsSet("TANDEM_TEST_ROOM_CONTROL"))
            controlRoomFromStandardInput(first);
        if (first && qEnvironmentVariableIsSet("TANDEM_TEST_QUIT_AFTER_FIRST_PAINT"))
            quitAfterFirstPaint(first->view()->viewport());
        const QString report = qEnvironmentVariable("TANDEM_TEST_REPORT");
        if (!report.isEmpty())
            QTimer::singleShot(0, qApp, [order, report] { reportAndExit(*order, report); });
    };
    return hooks;
}

} // namespace tandem::testdriver
