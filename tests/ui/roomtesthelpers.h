#pragma once

// A participant's page, as the room tests play it: a QWebSocket on the
// loopback address that keeps every message it is sent.

#include "room.h"
#include "roomserver.h"
#include "testtime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTest>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <functional>

namespace tandemtest {

inline const QList<QHostAddress> loopback{QHostAddress(QHostAddress::LocalHost)};

// One browser tab in the room.
class RoomClient {
public:
    explicit RoomClient(const tandem::Room& room) {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString& text) {
            m_received.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { m_closed = true; });
        QUrl url = room.pageUrl();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(url.path() + QStringLiteral("ws"));
        m_socket.open(url);
    }

    bool waitConnected() {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
            tandem::test::scaledMs(5000));
    }
    void send(const QJsonObject& message) {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson()));
    }
    void sendRaw(const QString& text) { m_socket.sendTextMessage(text); }

    // Waits for a message that matches and returns it (the latest such one).
    QJsonObject waitFor(const std::function<bool(const QJsonObject&)>& wanted) {
        QJsonObject found;
        const bool got = QTest::qWaitFor(
            [&] {
                for (qsizetype i = m_seen; i < m_received.size(); ++i) {
                    if (wanted(m_received[i])) {
                        found = m_received[i];
                        m_seen = i + 1;
                        return true;
                    }
                }
                return false;
            },
            tandem::test::scaledMs(5000));
        EXPECT_TRUE(got) << "no such message came";
        return found;
    }
    QJsonObject waitForType(const QString& type) {
        return waitFor(
            [&](const QJsonObject& m) { return m.value(QLatin1String("type")) == type; });
    }
    // The refusal's code, after waiting for it.
    QString waitForError() {
        return waitForType(QStringLiteral("error")).value(QLatin1String("error")).toString();
    }
    // Joins and waits for the first state.
    QJsonObject join(const QString& name, const QString& code, const QString& key = {}) {
        send({{QStringLiteral("type"), QStringLiteral("join")},
              {QStringLiteral("name"), name},
              {QStringLiteral("code"), code},
              {QStringLiteral("key"), key}});
        const QJsonObject joined = waitForType(QStringLiteral("joined"));
        m_key = joined.value(QLatin1String("key")).toString();
        return waitForType(QStringLiteral("state"));
    }
    void note(const QString& text, const QString& block = {}) {
        QJsonObject message{{QStringLiteral("type"), QStringLiteral("note")},
                            {QStringLiteral("text"), text}};
        if (!block.isEmpty())
            message.insert(QStringLiteral("block"), block);
        send(message);
    }
    void vote(const QString& id, int delta) {
        send({{QStringLiteral("type"), QStringLiteral("vote")},
              {QStringLiteral("note"), id},
              {QStringLiteral("delta"), delta}});
    }
    // Everything received since the last wait.
    QList<QJsonObject> unread() const { return m_received.mid(m_seen); }
    bool waitClosed() {
        return QTest::qWaitFor([this] { return m_closed; }, tandem::test::scaledMs(5000));
    }
    QString key() const { return m_key; }
    QWebSocket& socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_received;
    qsizetype m_seen = 0;
    bool m_closed = false;
    QString m_key;
};

} // namespace tandemtest
