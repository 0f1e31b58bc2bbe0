// The workshop room under load: 100 participants on 127.0.0.1, each posting
// a note every 3 seconds for a minute (2,000 notes, within the rate limit of
// 30 a minute), spread over the blocks, then each placing 5 dots. Measures the
// time from a participant's post to the note in the facilitator's document
// and scene, and the canvas frame while it runs; checks that every note
// arrives once. The clients run in the same process and thread as the room,
// so their own work is in the figures too. Figures in PERFORMANCE.md.

#include "benchutil.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "room.h"
#include "roomserver.h"
#include "votes.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

constexpr int participants = 100;
constexpr int notesEach = 20;
constexpr int periodMs = 3000;
constexpr int dotsEach = 5;
constexpr qint64 hardLimitMs = 120 * 1000;

QString sendJson(QWebSocket& socket, const QJsonObject& message) {
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    socket.sendTextMessage(text);
    return text;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// Runs the event loop until `done` or the hard limit.
template <typename Done> void runUntil(const QElapsedTimer& clock, Done done) {
    while (!done() && clock.elapsed() < hardLimitMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// The room, the facilitator's canvas and the participants' sockets, with
// what the run measured.
struct RoomLoad {
    RoomLoad()
        : scene(&document)
        , view(&scene)
        , room(&document) {
        view.resize(1920, 1080);
        view.show();
        clock.start();
        QObject::connect(&document, &tandem::Document::elementAdded,
                         [this](const QString& id) { arrived(id); });
    }

    void arrived(const QString& id) {
        const auto it = sentAt.find(document.element(id)->text);
        if (it == sentAt.end() || it.value() < 0) {
            ++doubled;
            return;
        }
        latencies.push_back(double(clock.elapsed() - it.value()));
        it.value() = -1;
    }

    bool joinAll() {
        if (!room.open({QHostAddress(QHostAddress::LocalHost)}, 0))
            return false;
        room.setOpenBlock(tandem::Block::ValuePropositions);
        room.setAnyBlock(true);
        QUrl url = room.pageUrl();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(url.path() + QStringLiteral("ws"));
        for (int i = 0; i < participants; ++i) {
            auto socket = std::make_unique<QWebSocket>();
            QWebSocket* raw = socket.get();
            QObject::connect(raw, &QWebSocket::connected, [this, raw, i] {
                sendJson(*raw, {{QStringLiteral("type"), QStringLiteral("join")},
                                {QStringLiteral("name"), QStringLiteral("P%1").arg(i)},
                                {QStringLiteral("code"), room.code()}});
            });
            raw->open(url);
            sockets.push_back(std::move(socket));
        }
        runUntil(clock, [this] { return room.participants().size() == participants; });
        return room.participants().size() == participants;
    }

    // Participant i posts at i*30 ms and then every 3 s; a frame every 250 ms.
    void post() {
        std::vector<int> posted(participants, 0);
        QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        const qint64 start = clock.elapsed();
        qint64 nextFrame = start;
        runUntil(clock, [&] {
            const qint64 now = clock.elapsed() - start;
            for (int i = 0; i < participants; ++i) {
                if (posted[i] < notesEach && now >= i * 30 + qint64(posted[i]) * periodMs)
                    postOne(i, posted[i]++);
            }
            if (clock.elapsed() >= nextFrame) {
                QElapsedTimer paint;
                paint.start();
                view.viewport()->render(&frame);
                frames.push_back(double(paint.nsecsElapsed()) / 1e6);
                nextFrame = clock.elapsed() + 250;
            }
            return totalPosted == participants * notesEach && int(latencies.size()) == totalPosted;
        });
        postingSeconds = double(clock.elapsed() - start) / 1000.0;
    }

    void postOne(int participant, int number) {
        const tandem::Block block = tandem::allBlocks()[(participant + number) % 9];
        const QString text = QStringLiteral("room-load p%1 n%2").arg(participant).arg(number);
        sentAt.insert(text, clock.elapsed());
        sendJson(*sockets[participant], {{QStringLiteral("type"), QStringLiteral("note")},
                                         {QStringLiteral("text"), text},
                                         {QStringLiteral("block"), tandem::blockKey(block)}});
        ++totalPosted;
    }

    // 5 dots each, then the result into the document.
    void vote() {
        room.startVote(dotsEach);
        const QStringList ids = room.vote().noteIds();
        for (int i = 0; i < participants; ++i)
            for (int d = 0; d < dotsEach; ++d)
                sendJson(*sockets[i], {{QStringLiteral("type"), QStringLiteral("vote")},
                                       {QStringLiteral("note"), ids[(i * 7 + d * 13) % ids.size()]},
                                       {QStringLiteral("delta"), 1}});
        runUntil(clock, [this] {
            int placed = 0;
            for (const auto& mine : room.vote().dots())
                for (int count : mine)
                    placed += count;
            return placed == participants * dotsEach;
        });
        QElapsedTimer resultClock;
        resultClock.start();
        room.showVoteResult();
        resultMs = double(resultClock.nsecsElapsed()) / 1e6;
    }

    void report(benchmark::State& state) const {
        state.counters["participants"] = room.participants().size();
        state.counters["notes_posted"] = totalPosted;
        state.counters["notes_in_document"] = document.state().elementCount();
        state.counters["notes_doubled"] = doubled;
        state.counters["posting_s"] = postingSeconds;
        state.counters["post_to_canvas_median_ms"] = percentile(latencies, 0.5);
        state.counters["post_to_canvas_p95_ms"] = percentile(latencies, 0.95);
        state.counters["frame_median_ms"] = percentile(frames, 0.5);
        state.counters["frame_max_ms"] = percentile(frames, 1.0);
        state.counters["dots_in_document"] = tandem::totalVotes(document.state());
        state.counters["vote_result_ms"] = resultMs;
    }

    tandem::Document document;
    tandem::CanvasScene scene;
    tandem::CanvasView view;
    tandem::Room room;
    QElapsedTimer clock;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    QHash<QString, qint64> sentAt; // note text -> ms on the clock, -1 once arrived
    std::vector<double> latencies;
    std::vector<double> frames;
    int doubled = 0;
    int totalPosted = 0;
    double postingSeconds = 0;
    double resultMs = 0;
};

void BM_RoomHundredParticipants(benchmark::State& state) {
    for (auto _ : state) {
        RoomLoad load;
        if (!load.joinAll()) {
            state.SkipWithError("the participants did not join on 127.0.0.1");
            return;
        }
        load.post();
        load.vote();
        load.report(state);
        load.room.close();
    }
}
BENCHMARK(BM_RoomHundredParticipants)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

} // namespace
