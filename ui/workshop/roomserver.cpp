#include "roomserver.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace tandem {

namespace {

// Connections beyond the participants' limit: pages not joined yet, reloads.
constexpr int maxConnections = room::maxParticipants + 50;
// A hard stop below which the protocol's own 16 KiB check answers politely.
constexpr int maxFrameBytes = 64 * 1024;

QByteArray contentType(const QString& file) {
    if (file.endsWith(QLatin1String(".css")))
        return "text/css; charset=utf-8";
    if (file.endsWith(QLatin1String(".js")))
        return "text/javascript; charset=utf-8";
    if (file.endsWith(QLatin1String(".svg")))
        return "image/svg+xml";
    return "text/html; charset=utf-8";
}

QHttpServerResponse notFound() {
    QHttpServerResponse response("text/plain", QByteArray("Not found\n"),
                                 QHttpServerResponse::StatusCode::NotFound);
    response.addHeader("Cache-Control", "no-store");
    return response;
}

} // namespace

// One participant's page: its socket and its flood guard.
struct RoomServer::Connection {
    QWebSocket* socket = nullptr;
    qint64 openedAt = 0;
    bool joined = false;
    room::RateWindow messages{room::maxMessagesPerSecond, 1000};
};

RoomServer::RoomServer(QObject* parent)
    : QObject(parent)
    , m_idle(new QTimer(this)) {
    connect(m_idle, &QTimer::timeout, this, &RoomServer::closeIdle);
}

RoomServer::~RoomServer() {
    close();
}

bool RoomServer::open(const QList<QHostAddress>& addresses, quint16 port, QString* error) {
    close();
    m_http = std::make_unique<QHttpServer>();
    m_token = room::newToken();
    route();
    quint16 bound = port;
    for (const QHostAddress& address : addresses) {
        const quint16 got = m_http->listen(address, bound);
        if (got == 0) {
            if (error)
                *error = tr("Cannot listen on %1 port %2.").arg(address.toString()).arg(bound);
            m_http.reset();
            m_addresses.clear();
            return false;
        }
        bound = got;
        m_addresses.append(address);
    }
    m_port = bound;
    setJoinTimeoutMs(m_joinTimeoutMs);
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, &RoomServer::acceptSockets);
    return !m_addresses.isEmpty();
}

void RoomServer::close() {
    m_idle->stop();
    const QList<int> open = m_sockets.keys();
    for (int connection : open)
        dropConnection(connection, QStringLiteral("closed"));
    m_http.reset();
    m_addresses.clear();
    m_port = 0;
}

QUrl RoomServer::pageUrl() const {
    if (m_addresses.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_addresses.first().toString());
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_token + QLatin1Char('/'));
    return url;
}

void RoomServer::route() {
    using Method = QHttpServerRequest::Method;
    m_http->route(QStringLiteral("/<arg>/"), Method::Get, [this](const QString& token) {
        return page(token, QStringLiteral("index.html"));
    });
    for (const QString& file : {QStringLiteral("room.css"), QStringLiteral("room.js")})
        m_http->route(QStringLiteral("/<arg>/") + file, Method::Get,
                      [this, file](const QString& token) { return page(token, file); });
    // Qt 6.4 upgrades a request to a WebSocket only when a route took it and
    // wrote nothing: this one stays silent for an upgrade (acceptSockets()
    // then checks the token) and answers 404 to anything else.
    m_http->route(
        QStringLiteral("/<arg>/ws"), Method::Get,
        [](const QString&, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
                notFound().write(std::move(responder));
        });
    // Everything else, any method, gets QHttpServer's plain 404.
}

QHttpServerResponse RoomServer::page(const QString& token, const QString& file) const {
    static const QStringList served{QStringLiteral("index.html"), QStringLiteral("room.css"),
                                    QStringLiteral("room.js")};
    if (token != m_token || !served.contains(file))
        return notFound();
    QFile resource(QStringLiteral(":/room/") + file);
    if (!resource.open(QIODevice::ReadOnly))
        return notFound();
    QHttpServerResponse response(contentType(file), resource.readAll());
    response.addHeader("Content-Security-Policy",
                       "default-src 'none'; script-src 'self'; style-src 'self'; "
                       "connect-src 'self'; img-src 'self'; base-uri 'none'; "
                       "form-action 'none'; frame-ancestors 'none'");
    response.addHeader("X-Content-Type-Options", "nosniff");
    // The token is in the address: never pass it on, never keep the page.
    response.addHeader("Referrer-Policy", "no-referrer");
    response.addHeader("Cache-Control", "no-store");
    return response;
}

void RoomServer::acceptSockets() {
    while (m_http && m_http->hasPendingWebSocketConnections()) {
        QWebSocket* socket = m_http->nextPendingWebSocketConnection().release();
        socket->setParent(this);
        const bool wanted = socket->requestUrl().path() == QLatin1Char('/') + m_token + "/ws";
        if (!wanted || m_sockets.size() >= maxConnections) {
            // A wrong token learns nothing: the socket closes without a word.
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingFrameSize(maxFrameBytes);
        socket->setMaxAllowedIncomingMessageSize(maxFrameBytes);
        const int connection = m_nextConnection++;
        auto* entry = new Connection;
        entry->socket = socket;
        entry->openedAt = QDateTime::currentMSecsSinceEpoch();
        m_sockets.insert(connection, entry);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, connection](const QString& message) { receive(connection, message); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, connection](const QByteArray&) {
                    refuse(connection, QStringLiteral("bad-json"));
                });
        connect(socket, &QWebSocket::disconnected, this,
                [this, connection] { forget(connection); });
    }
}

void RoomServer::receive(int connection, const QString& message) {
    Connection* entry = m_sockets.value(connection);
    if (!entry)
        return;
    if (!entry->messages.allow(QDateTime::currentMSecsSinceEpoch())) {
        refuse(connection, QStringLiteral("flood"));
        return;
    }
    const auto parsed = room::parseRequest(message.toUtf8());
    if (const auto* refused = std::get_if<room::Refusal>(&parsed)) {
        send(connection, room::refusalMessage(*refused));
        return;
    }
    emit requestReceived(connection, std::get<room::Request>(parsed));
}

void RoomServer::send(int connection, const QJsonObject& message) {
    if (Connection* entry = m_sockets.value(connection))
        entry->socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void RoomServer::refuse(int connection, const QString& code) {
    send(connection, room::refusalMessage(room::refusal(code)));
}

void RoomServer::dropConnection(int connection, const QString& code) {
    Connection* entry = m_sockets.value(connection);
    if (!entry)
        return;
    refuse(connection, code);
    entry->socket->flush();
    QWebSocket* socket = entry->socket;
    forget(connection);
    socket->close(QWebSocketProtocol::CloseCodeNormal, code);
}

void RoomServer::setJoined(int connection) {
    if (Connection* entry = m_sockets.value(connection))
        entry->joined = true;
}

void RoomServer::setJoinTimeoutMs(int milliseconds) {
    m_joinTimeoutMs = milliseconds;
    if (isOpen())
        m_idle->start(std::clamp(m_joinTimeoutMs / 4, 10, 1000));
}

void RoomServer::closeIdle() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<int> idle;
    for (auto it = m_sockets.constBegin(); it != m_sockets.constEnd(); ++it) {
        if (!it.value()->joined && now - it.value()->openedAt >= m_joinTimeoutMs)
            idle.append(it.key());
    }
    for (int connection : idle)
        dropConnection(connection, QStringLiteral("join-timeout"));
}

void RoomServer::forget(int connection) {
    Connection* entry = m_sockets.take(connection);
    if (!entry)
        return;
    entry->socket->disconnect(this);
    entry->socket->deleteLater();
    delete entry;
    emit connectionClosed(connection);
}

QList<QHostAddress> RoomServer::localNetworkAddresses() {
    QList<QHostAddress> result;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() == QAbstractSocket::IPv4Protocol && !ip.isLoopback())
                result.append(ip);
        }
    }
    if (result.isEmpty())
        result.append(QHostAddress(QHostAddress::LocalHost));
    return result;
}

} // namespace tandem
