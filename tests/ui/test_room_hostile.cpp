// The workshop room against hostile requests: wrong tokens and methods get
// 404, bad messages a clear refusal, floods and limits are refused, and
// nothing already accepted is lost. Everything on 127.0.0.1.

#include "document.h"
#include "roomtesthelpers.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>

using namespace tandem;
using namespace tandemtest;

namespace {

class RoomHostileTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(room.open(loopback, 0));
        room.setOpenBlock(Block::Channels);
    }

    // Status and body of one HTTP request to the room.
    std::pair<int, QByteArray> fetch(const QString& path, const QByteArray& method = "GET",
                                     QByteArray* csp = nullptr) {
        QUrl url = room.pageUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        QNetworkReply* reply = network.sendCustomRequest(request, method, QByteArray("x"));
        EXPECT_TRUE(QTest::qWaitFor([&] { return reply->isFinished(); }, test::scaledMs(5000)));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (csp)
            *csp = reply->rawHeader("Content-Security-Policy");
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    const std::vector<Element>& channels() { return document.state().elements(Block::Channels); }

    Document document;
    Room room{&document};
    QNetworkAccessManager network;
};

TEST_F(RoomHostileTest, ThePageOnlyWithTheToken) {
    const QString base = QLatin1Char('/') + room.server()->token() + QLatin1Char('/');
    QByteArray csp;
    const auto [status, body] = fetch(base, "GET", &csp);
    EXPECT_EQ(status, 200);
    EXPECT_TRUE(body.contains("room.js"));
    EXPECT_TRUE(csp.contains("default-src 'none'")) << csp.constData();
    EXPECT_EQ(fetch(base + QStringLiteral("room.js")).first, 200);
    EXPECT_EQ(fetch(base + QStringLiteral("room.css")).first, 200);
    EXPECT_EQ(fetch(QStringLiteral("/")).first, 404);
    EXPECT_EQ(fetch(QStringLiteral("/not-the-token/")).first, 404);
    EXPECT_EQ(fetch(QStringLiteral("/not-the-token/room.js")).first, 404);
    EXPECT_EQ(fetch(base + QStringLiteral("secret.yaml")).first, 404);
    EXPECT_EQ(fetch(base + QStringLiteral("..%2F..%2Fetc%2Fpasswd")).first, 404);
    EXPECT_EQ(fetch(base, "POST").first, 404);
    EXPECT_EQ(fetch(base, "DELETE").first, 404);
    const auto [wrongStatus, wrongBody] = fetch(QStringLiteral("/nope/"));
    EXPECT_FALSE(wrongBody.contains(room.server()->token().toUtf8()));
}

TEST_F(RoomHostileTest, AWebSocketWithAWrongTokenIsClosedWithoutAWord) {
    QWebSocket socket;
    QUrl url = room.pageUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/wrong-token/ws"));
    bool closed = false;
    int messages = 0;
    QObject::connect(&socket, &QWebSocket::disconnected, [&] { closed = true; });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&] { ++messages; });
    socket.open(url);
    EXPECT_TRUE(QTest::qWaitFor([&] { return closed; }, test::scaledMs(5000)));
    EXPECT_EQ(messages, 0);
}

TEST_F(RoomHostileTest, BadMessagesGetClearRefusalsAndLoseNothing) {
    RoomClient mallory(room);
    ASSERT_TRUE(mallory.waitConnected());
    mallory.note(QStringLiteral("Before joining"));
    EXPECT_EQ(mallory.waitForError(), QStringLiteral("not-joined"));
    mallory.join(QStringLiteral("Mallory"), room.code());
    mallory.note(QStringLiteral("Kept"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return channels().size() == 1; }, test::scaledMs(5000)));

    mallory.sendRaw(QStringLiteral("{not json"));
    EXPECT_EQ(mallory.waitForError(), QStringLiteral("bad-json"));
    mallory.sendRaw(QStringLiteral(R"({"type":"removeNote","id":"ch-1"})"));
    EXPECT_EQ(mallory.waitForError(), QStringLiteral("unknown-type"));
    mallory.sendRaw(QStringLiteral(R"({"type":"note","text":["a"]})"));
    EXPECT_EQ(mallory.waitForError(), QStringLiteral("bad-field"));
    mallory.note(QString(room::maxNoteLength + 1, QLatin1Char('x')));
    EXPECT_EQ(mallory.waitForError(), QStringLiteral("note-too-long"));
    mallory.sendRaw(QString(room::maxMessageBytes + 10, QLatin1Char(' ')));
    EXPECT_EQ(mallory.waitForError(), QStringLiteral("too-large"));
    mallory.socket().sendBinaryMessage(QByteArray("\x00\x01", 2));
    EXPECT_EQ(mallory.waitForError(), QStringLiteral("bad-json"));
    mallory.vote(QStringLiteral("ch-1"), 1);
    EXPECT_EQ(mallory.waitForError(), QStringLiteral("no-vote"));
    mallory.send({{QStringLiteral("type"), QStringLiteral("join")},
                  {QStringLiteral("name"), QStringLiteral("Again")},
                  {QStringLiteral("code"), room.code()}});
    EXPECT_EQ(mallory.waitForError(), QStringLiteral("already-joined"));

    // Markup is text: stored as written, never interpreted.
    const QString script =
        QStringLiteral("<script>alert('x')</script><img src=x onerror=alert(1)>");
    mallory.note(script);
    ASSERT_TRUE(QTest::qWaitFor([&] { return channels().size() == 2; }, test::scaledMs(5000)));
    EXPECT_EQ(channels()[1].text, script);
    EXPECT_EQ(channels()[0].text, QStringLiteral("Kept"));
    EXPECT_EQ(room.participants().size(), 1);
}

TEST_F(RoomHostileTest, ThirtyNotesAMinuteThenARefusal) {
    RoomClient busy(room);
    ASSERT_TRUE(busy.waitConnected());
    busy.join(QStringLiteral("Busy"), room.code());
    // Within the flood guard (20 messages a second): bursts of 15.
    for (int i = 0; i < room::maxNotesPerMinute; ++i) {
        busy.note(QStringLiteral("Note %1").arg(i));
        if (i % 15 == 14)
            QTest::qWait(1100);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return int(channels().size()) == room::maxNotesPerMinute; },
                                test::scaledMs(5000)));
    QTest::qWait(1100);
    busy.note(QStringLiteral("One too many"));
    EXPECT_EQ(busy.waitForError(), QStringLiteral("rate-limit"));
    QTest::qWait(200);
    EXPECT_EQ(int(channels().size()), room::maxNotesPerMinute);
}

TEST_F(RoomHostileTest, AFloodIsRefusedAndTheRoomStaysUp) {
    RoomClient flood(room);
    ASSERT_TRUE(flood.waitConnected());
    flood.join(QStringLiteral("Flood"), room.code());
    for (int i = 0; i < 60; ++i)
        flood.vote(QStringLiteral("nothing"), 1);
    EXPECT_EQ(flood
                  .waitFor([](const QJsonObject& m) {
                      return m.value(QLatin1String("error")) == QLatin1String("flood");
                  })
                  .value(QLatin1String("type")),
              QStringLiteral("error"));
    // A raw socket that sends half a request and goes away harms no one.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, room.server()->port());
    ASSERT_TRUE(slow.waitForConnected(test::scaledMs(5000)));
    slow.write("GET /" + QByteArray(8000, 'a'));
    slow.flush();
    slow.abort();
    RoomClient other(room);
    ASSERT_TRUE(other.waitConnected());
    other.join(QStringLiteral("Other"), room.code());
    other.note(QStringLiteral("Still works"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return channels().size() == 1; }, test::scaledMs(5000)));
}

TEST_F(RoomHostileTest, AConnectionThatNeverJoinsIsClosedAndAJoinedOneStays) {
    room.server()->setJoinTimeoutMs(300);
    RoomClient idle(room);
    RoomClient joined(room);
    ASSERT_TRUE(idle.waitConnected() && joined.waitConnected());
    joined.join(QStringLiteral("Stays"), room.code());
    EXPECT_EQ(idle.waitForError(), QStringLiteral("join-timeout"));
    EXPECT_TRUE(idle.waitClosed());
    QTest::qWait(400);
    joined.note(QStringLiteral("Still here"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return channels().size() == 1; }, test::scaledMs(5000)));
}

TEST_F(RoomHostileTest, OversizedHeadersLeaveThePageServed) {
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, room.server()->port());
    ASSERT_TRUE(raw.waitForConnected(test::scaledMs(5000)));
    raw.write("GET /" + room.server()->token().toLatin1() + "/ HTTP/1.1\r\nHost: x\r\nX-Big: ");
    raw.write(QByteArray(1024 * 1024, 'a'));
    raw.write("\r\n\r\n");
    raw.flush();
    QTest::qWait(200);
    raw.abort();
    const QString base = QLatin1Char('/') + room.server()->token() + QLatin1Char('/');
    EXPECT_EQ(fetch(base).first, 200);
}

TEST_F(RoomHostileTest, NamesAreBounded) {
    RoomClient client(room);
    ASSERT_TRUE(client.waitConnected());
    client.send({{QStringLiteral("type"), QStringLiteral("join")},
                 {QStringLiteral("name"), QString(room::maxNameLength + 1, QLatin1Char('n'))},
                 {QStringLiteral("code"), room.code()}});
    EXPECT_EQ(client.waitForError(), QStringLiteral("name-too-long"));
    client.send({{QStringLiteral("type"), QStringLiteral("join")},
                 {QStringLiteral("name"), QStringLiteral("   ")},
                 {QStringLiteral("code"), room.code()}});
    EXPECT_EQ(client.waitForError(), QStringLiteral("empty-name"));
}

} // namespace
