#include "roomcontrol.h"

#include "mainwindow.h"
#include "room.h"
#include "roomfeature.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace tandem::testdriver {

namespace {

// Reads commands from standard input and carries them out on the room.
class RoomControl : public QObject {
public:
    RoomControl(Room* room, QObject* parent)
        : QObject(parent)
        , m_room(room)
        , m_notifier(STDIN_FILENO, QSocketNotifier::Read, this) {
        m_input.open(stdin, QIODevice::ReadOnly | QIODevice::Text);
        connect(&m_notifier, &QSocketNotifier::activated, this, &RoomControl::readCommand);
    }

private:
    void readCommand() {
        const QByteArray line = m_input.readLine().trimmed();
        if (line.isEmpty()) {
            if (m_input.atEnd())
                m_notifier.setEnabled(false); // the test closed its end
            return;
        }
        const QStringList words = QString::fromUtf8(line).split(QLatin1Char(' '));
        const bool done = carryOut(words);
        std::printf("%s: %s\n", done ? "done" : "refused", line.constData());
        std::fflush(stdout);
    }

    bool carryOut(const QStringList& words) {
        const QString& command = words.first();
        if (command == QLatin1String("vote") && words.size() == 2) {
            bool ok = false;
            const int budget = words[1].toInt(&ok);
            if (ok)
                m_room->startVote(budget);
            return ok;
        }
        if (command == QLatin1String("result")) {
            m_room->showVoteResult();
            return true;
        }
        if (command == QLatin1String("end")) {
            m_room->endVote();
            return true;
        }
        return false;
    }

    Room* m_room;
    QFile m_input;
    QSocketNotifier m_notifier;
};

} // namespace

RoomStart takeRoomArguments(QStringList& arguments) {
    RoomStart start;
    QStringList files;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--room")) {
            start.open = true;
        } else if (argument == QLatin1String("--listen") && hasValue) {
            start.listen = arguments[++i];
        } else if (argument == QLatin1String("--port") && hasValue) {
            start.port = quint16(arguments[++i].toUInt());
        } else {
            files.append(argument);
        }
    }
    arguments = files;
    return start;
}

void controlRoomFromStandardInput(MainWindow* first) {
    auto* feature = first ? first->feature<RoomFeature>() : nullptr;
    if (feature)
        new RoomControl(feature->room(), first);
}

} // namespace tandem::testdriver
