#pragma once

#include "roomprotocol.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerResponse;
class QTimer;
class QWebSocket;

namespace tandem {

// The workshop room's network side: a QHttpServer that serves the bundled
// participant page under an unguessable token (everything else is 404) and
// takes WebSocket connections at <token>/ws. It checks each message against
// the protocol's limits (core/roomprotocol.h), refuses what fails with a clear
// error, and hands the rest to the room as requests. It reads and writes no
// files and listens only while open.
class RoomServer : public QObject {
    Q_OBJECT

public:
    explicit RoomServer(QObject* parent = nullptr);
    ~RoomServer() override;

    // Listens on every address, the same port on each (0: a free one); a
    // new token each time. False, with the reason, when an address cannot
    // be bound (then nothing listens).
    bool open(const QList<QHostAddress>& addresses, quint16 port, QString* error = nullptr);
    // Ends every connection and stops listening.
    void close();
    bool isOpen() const { return m_http != nullptr; }
    quint16 port() const { return m_port; }
    QString token() const { return m_token; }
    QList<QHostAddress> addresses() const { return m_addresses; }
    // The page's address on the first address listened on.
    QUrl pageUrl() const;

    void send(int connection, const QJsonObject& message);
    void refuse(int connection, const QString& code);
    // Sends the refusal, then closes the connection.
    void dropConnection(int connection, const QString& code);
    int connectionCount() const { return int(m_sockets.size()); }
    // The connection joined the room: it may stay as long as it likes. One
    // that has not joined within the join timeout (2 minutes) is closed, so
    // pages left open on the join form or clients that never speak do not
    // hold the room's connections.
    void setJoined(int connection);
    void setJoinTimeoutMs(int milliseconds);

    // The machine's addresses on its local networks (up, not loopback); the
    // default for a room. Loopback when there are none.
    static QList<QHostAddress> localNetworkAddresses();

signals:
    void requestReceived(int connection, const tandem::room::Request& request);
    void connectionClosed(int connection);

private:
    struct Connection;
    void route();
    QHttpServerResponse page(const QString& token, const QString& file) const;
    void acceptSockets();
    void receive(int connection, const QString& message);
    void forget(int connection);
    void closeIdle();

    std::unique_ptr<QHttpServer> m_http;
    QList<QHostAddress> m_addresses;
    quint16 m_port = 0;
    QString m_token;
    int m_nextConnection = 1;
    QHash<int, Connection*> m_sockets;
    QTimer* m_idle; // closes connections that never join
    int m_joinTimeoutMs = 120 * 1000;
};

} // namespace tandem
