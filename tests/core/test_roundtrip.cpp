// Reading and writing lose nothing: the bundled example and template are in
// canonical form, generated sessions of all sizes round trip, unknown keys
// survive at every level, and tricky strings come back the same from our
// reader and from PyYAML.

#include "sessiongenerator.h"
#include "sessiontesthelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

#include <cstdlib>

using namespace tandem;

namespace {

// read(write(x)) == x, and write(read(write(x))) == write(x).
void expectRoundTrip(const Session& session) {
    const QByteArray written = SessionWriter::toBytes(session);
    LoadError error;
    const auto again = tandemtest::readText(written, &error);
    ASSERT_TRUE(again) << error.toString().toStdString() << "\n"
                       << written.left(2000).toStdString();
    EXPECT_TRUE(*again == session);
    EXPECT_EQ(SessionWriter::toBytes(*again), written);
}

Session loadResource(const char* name) {
    LoadError error;
    const auto session = SessionReader::readFile(tandemtest::resourceFile(name), &error);
    EXPECT_TRUE(session) << error.toString().toStdString();
    return session.value_or(Session{});
}

TEST(RoundTrip, exampleIsAFullSession) {
    const Session session = loadResource("examples/northwind.tandem.yaml");
    EXPECT_EQ(session.info.organisation, QStringLiteral("Northwind Coffee Roasters"));
    EXPECT_EQ(session.info.date, QStringLiteral("2026-11-26"));
    EXPECT_FALSE(session.info.facilitator.isEmpty());
    EXPECT_GE(session.info.participants.size(), 3);
    EXPECT_FALSE(session.info.notes.isEmpty());
    for (Block block : allBlocks()) {
        if (block == Block::ValueChains)
            continue;
        EXPECT_FALSE(session.state.elements(block).empty()) << blockKey(block).toStdString();
        for (const Element& element : session.state.elements(block))
            EXPECT_FALSE(element.at.has_value()); // layout places notes by order
    }
    ASSERT_GE(session.state.chains.size(), 2u);
    for (const ValueChain& chain : session.state.chains) {
        EXPECT_GE(chain.stages.size(), 4u);
        EXPECT_LE(chain.stages.size(), 6u);
    }
    // About one per note, and money's: revenue to promises, costs to work.
    EXPECT_GE(session.state.links.size(), 25u);
    EXPECT_LE(session.state.links.size(), 60u);
    EXPECT_EQ(session.info.currency, QStringLiteral("EUR"));
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (const Element& element : session.state.elements(block))
            EXPECT_TRUE(element.amount.has_value()) << element.id.toStdString();
    }
}

TEST(RoundTrip, exampleAndTemplateAreCanonical) {
    for (const char* name : {"examples/northwind.tandem.yaml", "templates/blank.tandem.yaml"}) {
        const Session session = loadResource(name);
        EXPECT_EQ(SessionWriter::toBytes(session).toStdString(),
                  tandemtest::fileBytes(tandemtest::resourceFile(name)).toStdString())
            << name;
        expectRoundTrip(session);
    }
}

TEST(RoundTrip, templateIsEmpty) {
    const Session session = loadResource("templates/blank.tandem.yaml");
    EXPECT_EQ(session.info.title, QStringLiteral("Untitled session"));
    EXPECT_EQ(session.state.elementCount(), 0);
    EXPECT_TRUE(session.state.chains.empty());
    EXPECT_TRUE(session.state.links.empty());
    EXPECT_TRUE(session.snapshots.empty());
}

TEST(RoundTrip, generatedSessions) {
    for (int size : {0, 1, 7, 30, 200, 3000}) {
        for (quint32 seed : {1u, 42u, 2026u}) {
            SCOPED_TRACE(testing::Message() << "size " << size << " seed " << seed);
            expectRoundTrip(generateSession(size, seed));
        }
    }
}

TEST(RoundTrip, snapshotsAndTimes) {
    Session session = generateSession(60, 9);
    Snapshot asIs;
    asIs.name = QStringLiteral("as-is");
    asIs.taken = QDateTime::fromString(QStringLiteral("2026-11-26T10:15:00Z"), Qt::ISODate);
    asIs.state = generateSession(40, 10).state; // its own ids, may overlap the current ones
    Snapshot toBe;
    toBe.name = QStringLiteral("to-be");
    toBe.taken =
        QDateTime::fromString(QStringLiteral("2026-11-26T16:45:30.250+01:00"), Qt::ISODateWithMs);
    toBe.state = session.state;
    session.snapshots = {asIs, toBe};
    expectRoundTrip(session);
    const QByteArray written = SessionWriter::toBytes(session);
    EXPECT_TRUE(written.contains("taken: 2026-11-26T10:15:00Z\n"));
    EXPECT_TRUE(written.contains("taken: 2026-11-26T16:45:30.250+01:00\n"));
}

const QByteArray Extended = R"(format: tandem/1
generator: {name: tandem-next, version: 2}
session:
  title: Extended
  mood: "sunny"
business_model:
  value_propositions:
    - id: vp-1
      text: Fresh
      votes: [3, 4]
  key_metrics:
    - id: km-1
      text: Churn
operating_model:
  value_chains:
    - id: vc-1
      name: Chain
      owner: ops
      stages:
        - id: st-1
          text: Roast
          duration:
            days: 2
            note: |
              two lines
              here
  robots: []
links:
  - from: vp-1
    to: st-1
    strength: 0.5
snapshots:
  - name: as-is
    author: Ada
    business_model:
      value_propositions:
        - id: vp-1
          text: Old
          flag: ~
      key_metrics: [1, "1", true, "true", null]
    operating_model:
      robots: {r2: d2}
    links: []
)";

TEST(RoundTrip, unknownKeysSurviveAtEveryLevel) {
    LoadError error;
    const auto session = tandemtest::readText(Extended, &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    EXPECT_EQ(session->extra.keys().at(0), QStringLiteral("generator"));
    EXPECT_EQ(session->info.extra.keys().at(0), QStringLiteral("mood"));
    EXPECT_EQ(session->state.elements(Block::ValuePropositions)[0].extra.keys().at(0),
              QStringLiteral("votes"));
    EXPECT_EQ(session->state.businessExtra.keys().at(0), QStringLiteral("key_metrics"));
    EXPECT_EQ(session->state.chains[0].extra.keys().at(0), QStringLiteral("owner"));
    EXPECT_EQ(session->state.chains[0].stages[0].extra.keys().at(0), QStringLiteral("duration"));
    EXPECT_EQ(session->state.operatingExtra.keys().at(0), QStringLiteral("robots"));
    EXPECT_EQ(session->state.links[0].extra.keys().at(0), QStringLiteral("strength"));
    const Snapshot& snapshot = session->snapshots.at(0);
    EXPECT_EQ(snapshot.extra.keys().at(0), QStringLiteral("author"));
    EXPECT_EQ(snapshot.state.elements(Block::ValuePropositions)[0].extra.keys().at(0),
              QStringLiteral("flag"));
    EXPECT_EQ(snapshot.state.businessExtra.keys().at(0), QStringLiteral("key_metrics"));
    EXPECT_EQ(snapshot.state.operatingExtra.keys().at(0), QStringLiteral("robots"));
    expectRoundTrip(*session);

    // Values keep their meaning: plain scalars stay plain, quoted stay text.
    const QByteArray written = SessionWriter::toBytes(*session);
    EXPECT_TRUE(written.contains("key_metrics: [1, \"1\", true, \"true\", ~]"))
        << written.toStdString();
    EXPECT_TRUE(written.contains("generator: {name: tandem-next, version: 2}"));
    EXPECT_TRUE(written.contains("mood: sunny"));
}

// Loads YAML with PyYAML (a YAML 1.1 reader) and returns it as JSON, dates as
// {"date": "..."}; an empty object when python3 or PyYAML is missing.
QJsonObject loadWithPyYaml(const QByteArray& yaml) {
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.yaml"));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    QFile file(in);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
        return {};
    file.close();
    const std::string command = "python3 -c \"import sys, json, yaml, datetime\n"
                                "d = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))\n"
                                "conv = lambda o: {'date': o.isoformat()}\n"
                                "json.dump(d, open(sys.argv[2], 'w'), default=conv)\n\" " +
                                in.toStdString() + " " + out.toStdString() + " 2>&1";
    if (std::system(command.c_str()) != 0)
        return {};
    return QJsonDocument::fromJson(tandemtest::fileBytes(out)).object();
}

bool havePyYaml() {
    return std::system("python3 -c 'import yaml' >/dev/null 2>&1") == 0;
}

// Every string of the session, as PyYAML reads the written file, equals ours.
void expectPyYamlAgrees(const Session& session) {
    const QJsonObject doc = loadWithPyYaml(SessionWriter::toBytes(session));
    ASSERT_FALSE(doc.isEmpty());
    EXPECT_EQ(doc[QStringLiteral("format")].toString(), QStringLiteral("tandem/1"));
    const QJsonObject info = doc[QStringLiteral("session")].toObject();
    EXPECT_EQ(info[QStringLiteral("title")].toString(), session.info.title);
    EXPECT_EQ(info[QStringLiteral("notes")].toString(), session.info.notes);
    if (!session.info.date.isEmpty()) {
        EXPECT_EQ(info[QStringLiteral("date")].toObject()[QStringLiteral("date")].toString(),
                  session.info.date);
    }
    QStringList participants;
    for (const QJsonValue& value : info[QStringLiteral("participants")].toArray())
        participants << value.toString(QStringLiteral("<not text>"));
    EXPECT_EQ(participants, session.info.participants);

    auto checkElement = [](const QJsonObject& json, const Element& element) {
        EXPECT_EQ(json[QStringLiteral("id")].toString(QStringLiteral("<not text>")), element.id);
        EXPECT_EQ(json[QStringLiteral("text")].toString(QStringLiteral("<not text>")),
                  element.text);
        EXPECT_EQ(json[QStringLiteral("description")].toString(), element.description);
        EXPECT_EQ(json[QStringLiteral("color")].toString(), element.color);
        QStringList tags;
        for (const QJsonValue& value : json[QStringLiteral("tags")].toArray())
            tags << value.toString(QStringLiteral("<not text>"));
        EXPECT_EQ(tags, element.tags);
        if (element.at) {
            const QJsonArray at = json[QStringLiteral("at")].toArray();
            EXPECT_EQ(at.at(0).toDouble(), element.at->x());
            EXPECT_EQ(at.at(1).toDouble(), element.at->y());
        }
    };
    for (Block block : allBlocks()) {
        if (block == Block::ValueChains)
            continue;
        const QString canvas = canvasOf(block) == Canvas::Business
                                   ? QStringLiteral("business_model")
                                   : QStringLiteral("operating_model");
        const QJsonArray list = doc[canvas].toObject()[blockKey(block)].toArray();
        const auto& elements = session.state.elements(block);
        ASSERT_EQ(list.size(), qsizetype(elements.size())) << blockKey(block).toStdString();
        for (std::size_t i = 0; i < elements.size(); ++i)
            checkElement(list.at(qsizetype(i)).toObject(), elements[i]);
    }
    const QJsonArray chains =
        doc[QStringLiteral("operating_model")].toObject()[QStringLiteral("value_chains")].toArray();
    ASSERT_EQ(chains.size(), qsizetype(session.state.chains.size()));
    for (std::size_t c = 0; c < session.state.chains.size(); ++c) {
        const QJsonObject chain = chains.at(qsizetype(c)).toObject();
        EXPECT_EQ(chain[QStringLiteral("name")].toString(), session.state.chains[c].name);
        const QJsonArray stages = chain[QStringLiteral("stages")].toArray();
        ASSERT_EQ(stages.size(), qsizetype(session.state.chains[c].stages.size()));
        for (qsizetype s = 0; s < stages.size(); ++s)
            checkElement(stages.at(s).toObject(), session.state.chains[c].stages[std::size_t(s)]);
    }
    const QJsonArray links = doc[QStringLiteral("links")].toArray();
    ASSERT_EQ(links.size(), qsizetype(session.state.links.size()));
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Link& link = session.state.links[std::size_t(i)];
        const QJsonObject json = links.at(i).toObject();
        EXPECT_EQ(json[QStringLiteral("from")].toString(), link.from);
        EXPECT_EQ(json[QStringLiteral("to")].toString(), link.to);
        EXPECT_EQ(json[QStringLiteral("kind")].toString(), linkKindKey(link.kind));
        EXPECT_EQ(json[QStringLiteral("note")].toString(), link.note);
    }
}

const QStringList& trickyStrings() {
    static const QStringList strings{QStringLiteral("yes"),
                                     QStringLiteral("No"),
                                     QStringLiteral("on"),
                                     QStringLiteral("OFF"),
                                     QStringLiteral("y"),
                                     QStringLiteral("n"),
                                     QStringLiteral("true"),
                                     QStringLiteral("False"),
                                     QStringLiteral("1.0"),
                                     QStringLiteral("012"),
                                     QStringLiteral("0x1F"),
                                     QStringLiteral("1e3"),
                                     QStringLiteral(".inf"),
                                     QStringLiteral("-.inf"),
                                     QStringLiteral(".NaN"),
                                     QStringLiteral("null"),
                                     QStringLiteral("~"),
                                     QString(),
                                     QStringLiteral(" lead"),
                                     QStringLiteral("trail "),
                                     QStringLiteral("a: b"),
                                     QStringLiteral("# x"),
                                     QStringLiteral("- x"),
                                     QStringLiteral("? x"),
                                     QStringLiteral("[x, y]"),
                                     QStringLiteral("{x: y}"),
                                     QStringLiteral("&anchor"),
                                     QStringLiteral("*alias"),
                                     QStringLiteral("!tag"),
                                     QStringLiteral("|"),
                                     QStringLiteral(">"),
                                     QStringLiteral("%x"),
                                     QStringLiteral("@x"),
                                     QStringLiteral("`x"),
                                     QStringLiteral("'single'"),
                                     QStringLiteral("\"double\""),
                                     QStringLiteral("back\\slash"),
                                     QStringLiteral("12:30"),
                                     QStringLiteral("2026-11-26"),
                                     QStringLiteral("2026-11-26 10:00:00"),
                                     QStringLiteral("<<"),
                                     QStringLiteral("="),
                                     QStringLiteral("+1"),
                                     QStringLiteral("1_000"),
                                     QStringLiteral("tab\there"),
                                     QStringLiteral("☕ emoji 😀👩‍👩‍👧"),
                                     QStringLiteral("مرحبا بالعالم"),
                                     QStringLiteral("שלום"),
                                     QStringLiteral("日本語のテキスト"),
                                     QStringLiteral("line one\nline two"),
                                     QStringLiteral("ends with newline\n"),
                                     QStringLiteral("two trailing\n\n"),
                                     QStringLiteral("\nleading newline"),
                                     QStringLiteral("  indented\nlines"),
                                     QStringLiteral("trailing space \nline"),
                                     QStringLiteral("crlf\r\nline"),
                                     QStringLiteral("nbsp\u00a0here"),
                                     QStringLiteral("ctrl\x01char"),
                                     QStringLiteral("# not\n- a list\nkey: value"),
                                     QStringLiteral("---"),
                                     QStringLiteral("..."),
                                     QStringLiteral("a, b"),
                                     QStringLiteral("ends with colon:"),
                                     QStringLiteral("R&D *now*"),
                                     QString::fromUtf8("del\x7f"),
                                     QStringLiteral("ls\u2028ps\u2029 ☕"),
                                     QStringLiteral("nel\u0085"),
                                     QStringLiteral("bom\uFEFF"),
                                     QStringLiteral("\uFEFFbom first"),
                                     QStringLiteral("mid\uFEFFbom"),
                                     QStringLiteral("\uFEFF\uFEFFtwo boms"),
                                     QString(QChar(0)) + QStringLiteral("nul"),
                                     QStringLiteral("multi\nline ☕\u2028\n")};
    return strings;
}

Session trickySession() {
    Session session;
    session.info.title = QStringLiteral("yes");
    session.info.organisation = QStringLiteral("012");
    session.info.facilitator = QStringLiteral("~");
    session.info.participants = trickyStrings();
    session.info.participants.removeAll(QString()); // a name is never empty
    session.info.notes = QStringLiteral("Notes:\n- first\n- second");
    auto& channels = session.state.elements(Block::Channels);
    int index = 0;
    for (const QString& text : trickyStrings()) {
        Element element;
        element.id = QStringLiteral("e%1").arg(++index);
        element.text = text;
        element.description = text;
        element.tags = {text.isEmpty() ? QStringLiteral("empty") : text, QStringLiteral("ok")};
        channels.push_back(element);
    }
    for (const QString& id : {QStringLiteral("1"), QStringLiteral("1.0"), QStringLiteral("true"),
                              QStringLiteral("0x1F"), QStringLiteral("y")}) {
        Element element;
        element.id = id;
        element.text = id;
        session.state.elements(Block::KeyPartners).push_back(element);
    }
    Link link;
    link.from = QStringLiteral("1");
    link.to = QStringLiteral("true");
    link.note = QStringLiteral("no");
    session.state.links.push_back(link);
    return session;
}

TEST(RoundTrip, trickyStrings) {
    expectRoundTrip(trickySession());
}

// A byte order mark starts a file at most; in a note's text, at its start or
// anywhere else, U+FEFF is text like any other and comes back.
TEST(RoundTrip, zeroWidthNoBreakSpaceInTextIsKept) {
    Session session;
    session.info.title = QStringLiteral("\uFEFFTitle");
    Element first;
    first.id = QStringLiteral("ch-1");
    first.text = QStringLiteral("\uFEFFWeb shop");
    first.description = QStringLiteral("\uFEFFline\n\uFEFFline two");
    first.tags = {QStringLiteral("\uFEFFtag")};
    Element second;
    second.id = QStringLiteral("ch-2");
    second.text = QStringLiteral("Market\uFEFF stall\uFEFF");
    session.state.elements(Block::Channels) = {first, second};
    expectRoundTrip(session);
    // With a byte order mark before the file too: that one alone is skipped.
    LoadError error;
    const auto marked =
        tandemtest::readText("\xEF\xBB\xBF" + SessionWriter::toBytes(session), &error);
    ASSERT_TRUE(marked) << error.toString().toStdString();
    EXPECT_TRUE(*marked == session);
    // Written raw by another tool, inside or without quotes.
    const auto raw = tandemtest::readText("format: tandem/1\n"
                                          "session:\n  title: \"\xEF\xBB\xBFT\"\n"
                                          "business_model:\n  channels:\n"
                                          "    - id: ch-1\n      text: a\xEF\xBB\xBF b\n",
                                          &error);
    ASSERT_TRUE(raw) << error.toString().toStdString();
    EXPECT_EQ(raw->info.title, QStringLiteral("\uFEFFT"));
    EXPECT_EQ(raw->state.elements(Block::Channels).at(0).text, QStringLiteral("a\uFEFF b"));
}

TEST(RoundTrip, pyYamlReadsTrickyStringsTheSame) {
    if (!havePyYaml())
        GTEST_SKIP() << "python3 with PyYAML is not available";
    expectPyYamlAgrees(trickySession());
}

TEST(RoundTrip, pyYamlReadsExampleAndGeneratedSessionsTheSame) {
    if (!havePyYaml())
        GTEST_SKIP() << "python3 with PyYAML is not available";
    expectPyYamlAgrees(loadResource("examples/northwind.tandem.yaml"));
    expectPyYamlAgrees(generateSession(400, 5));
}

TEST(RoundTrip, megabyteNoteText) {
    Session session;
    session.info.title = QStringLiteral("Big note");
    Element element;
    element.id = QStringLiteral("big");
    QString text;
    while (text.size() < 1024 * 1024)
        text += QStringLiteral("A long sticky note that goes on and on. ");
    element.text = text;
    element.description = text + QLatin1Char('\n') + text;
    session.state.elements(Block::ValuePropositions).push_back(element);
    QElapsedTimer timer;
    timer.start();
    expectRoundTrip(session);
    EXPECT_LT(timer.elapsed(), tandem::test::scaledMs(5000));
}

// A hundred thousand elements load back as they were. Prints the cost of the
// whole load next to yaml-cpp's bare parse.
TEST(RoundTrip, hundredThousandElements) {
    const Session session = generateSession(100000, 1);
    const QByteArray bytes = SessionWriter::toBytes(session);

    QElapsedTimer timer;
    timer.start();
    const YAML::Node bare = YAML::Load(bytes.toStdString());
    const qint64 bareMs = timer.elapsed();
    ASSERT_TRUE(bare.IsMap());

    timer.restart();
    LoadError error;
    const auto loaded = tandemtest::readText(bytes, &error);
    const qint64 loadMs = timer.elapsed();
    ASSERT_TRUE(loaded) << error.toString().toStdString();
    EXPECT_EQ(loaded->state.elementCount(), 100000);
    EXPECT_TRUE(*loaded == session);
    std::printf("100k elements, %.1f MB: bare YAML::Load %lld ms, SessionReader %lld ms (%.2fx)\n",
                bytes.size() / 1e6, static_cast<long long>(bareMs), static_cast<long long>(loadMs),
                bareMs ? double(loadMs) / double(bareMs) : 0.0);
    // No time bound here: a busy machine moves it tenfold. The release-build
    // benchmark (BM_Load against BM_BareYamlLoad) holds the speed.
}

} // namespace
