#include "csvformat.h"
#include "inouttesthelpers.h"
#include "markdownformat.h"
#include "sessionimport.h"

#include <gtest/gtest.h>

using namespace tandem;

namespace {

// "LINE: problem" for each refusal, one a line, to compare with a literal list.
std::string problemLines(const std::vector<ImportProblem>& problems) {
    QStringList lines;
    for (const ImportProblem& problem : problems)
        lines.append(QStringLiteral("%1: %2").arg(problem.line).arg(problem.message));
    return lines.join(QLatin1Char('\n')).toStdString();
}

std::string lines(const QStringList& expected) {
    return expected.join(QLatin1Char('\n')).toStdString();
}

Session imported(const ImportPlan& plan) {
    Session session;
    if (plan.info)
        session.info = *plan.info;
    session.state = SessionImport::apply(session.state, plan);
    return session;
}

} // namespace

TEST(CsvImport, RoundTripsWhatTheExportWrites) {
    const Session original = tandemtest::smallSession();
    const QByteArray csv = CsvFormat::elementsCsv(original.state);
    const ImportPlan plan = SessionImport::fromCsv(csv, QStringLiteral("in.csv"));
    ASSERT_TRUE(plan.ok()) << problemLines(plan.problems);
    EXPECT_EQ(plan.noteCount(), 5);
    EXPECT_EQ(CsvFormat::elementsCsv(imported(plan).state), csv);
}

TEST(CsvImport, ReadsSemicolonsGermanTitlesAndAnyCase) {
    const QByteArray csv = "Block;TEXT;Colour;Tags\n"
                           "Wertangebote;Frisch geröstet;Yellow;a, b\n"
                           "KEY_PARTNERS;\"Importeur; Hamburg\";;\n"
                           "customer segments;'=Cafés;;\n";
    const ImportPlan plan = SessionImport::fromCsv(csv, QStringLiteral("in.csv"));
    ASSERT_TRUE(plan.ok()) << problemLines(plan.problems);
    ASSERT_EQ(plan.notes.size(), 3u);
    EXPECT_EQ(plan.notes[0].block, Block::ValuePropositions);
    EXPECT_EQ(plan.notes[0].element.text, QStringLiteral("Frisch geröstet"));
    EXPECT_EQ(plan.notes[0].element.color, QStringLiteral("yellow"));
    EXPECT_EQ(plan.notes[0].element.tags, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(plan.notes[1].block, Block::KeyPartners);
    EXPECT_EQ(plan.notes[1].element.text, QStringLiteral("Importeur; Hamburg"));
    EXPECT_EQ(plan.notes[2].element.text, QStringLiteral("=Cafés"));
    EXPECT_EQ(plan.notes[2].line, 4);
}

TEST(CsvImport, ListsEveryBadRowWithItsLine) {
    const QByteArray csv = "\xEF\xBB\xBF"
                           "id,block,text,color\n"
                           "a1,channels,Web shop,\n"
                           "a2,moon base,Rocket,\n"
                           "a3,channels,  ,\n"
                           "a4,channels,Fair,beige\n"
                           "-x,channels,Bad id,\n"
                           "a1,channels,Again,\n"
                           "a7,channels,Too,many,cells\n";
    const ImportPlan plan = SessionImport::fromCsv(csv, QStringLiteral("in.csv"));
    EXPECT_EQ(problemLines(plan.problems),
              lines(QStringList({
                  QStringLiteral("3: unknown block “moon base”"),
                  QStringLiteral("4: empty text"),
                  QStringLiteral("5: bad colour “beige” (a palette name or #rrggbb)"),
                  QStringLiteral("6: bad id “-x” (letters, digits, “_”, “.” and “-”, starting "
                                 "with a letter or digit, at most 64)"),
                  QStringLiteral("7: the id “a1” is used twice (first on line 2)"),
                  QStringLiteral("8: 5 cells where the header names 4"),
              })));
}

TEST(CsvImport, RefusesAHeaderWithoutBlockOrTextAndAnOpenQuote) {
    EXPECT_EQ(
        problemLines(SessionImport::fromCsv("name,text\nx,y\n", QStringLiteral("f")).problems),
        lines(QStringList({QStringLiteral("1: the header has no “block” column")})));
    EXPECT_EQ(
        problemLines(
            SessionImport::fromCsv("block,text\nchannels,\"open\n", QStringLiteral("f")).problems),
        lines(QStringList({QStringLiteral("2: a quote that is never closed")})));
    EXPECT_FALSE(SessionImport::fromCsv("", QStringLiteral("f")).ok());
    EXPECT_FALSE(SessionImport::fromCsv("block,text\n\xFF\xFE,x\n", QStringLiteral("f")).ok());
}

TEST(CsvImport, AmountsOnRevenueAndCostAsWritten) {
    const ImportPlan plan = SessionImport::fromCsv(
        "block,text,amount\nrevenue_streams,Subscriptions,1200\ncost_structure,Staff,80.5\n"
        "cost_structure,Rent,\n",
        QStringLiteral("in.csv"));
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan.notes.size(), 3u);
    ASSERT_TRUE(plan.notes[0].element.amount.has_value());
    EXPECT_EQ(plan.notes[0].element.amount->value, 1200.0);
    EXPECT_EQ(plan.notes[0].element.amount->written, QStringLiteral("1200"));
    EXPECT_EQ(plan.notes[1].element.amount->value, 80.5);
    EXPECT_FALSE(plan.notes[2].element.amount.has_value());
    EXPECT_TRUE(plan.warnings.empty());
}

TEST(CsvImport, RefusesAmountsThatCannotBe) {
    const ImportPlan plan = SessionImport::fromCsv(
        "block,text,amount\nchannels,Shop,5\nrevenue_streams,A,lots\nrevenue_streams,B,-3\n",
        QStringLiteral("in.csv"));
    EXPECT_EQ(problemLines(plan.problems),
              lines(QStringList(
                  {QStringLiteral("2: an amount belongs on notes of Revenue Streams or Cost "
                                  "Structure"),
                   QStringLiteral("3: the amount “lots” is not a number"),
                   QStringLiteral("4: an amount cannot be negative")})));
}

TEST(CsvImport, StagesGoIntoTheirChainByName) {
    const ImportPlan plan = SessionImport::fromCsv(
        "block,text,chain\nvalue_chains,Roast,Delivery\nvalue_chains,Ship,Delivery\n"
        "value_chains,Call,Sales\nvalue_chains,Lost,\n",
        QStringLiteral("in.csv"));
    EXPECT_EQ(problemLines(plan.problems),
              lines(QStringList(
                  {QStringLiteral("5: a stage needs the name of its chain in a “chain” column")})));
    ASSERT_EQ(plan.chains.size(), 2u);
    EXPECT_EQ(plan.chains[0].name, QStringLiteral("Delivery"));
    EXPECT_EQ(plan.chains[0].stages.size(), 2u);
}

TEST(MarkdownImport, RoundTripsWhatTheExportWrites) {
    Session original = tandemtest::smallSession();
    original.state.elements(Block::Channels) = {
        tandemtest::note("ch-1", QStringLiteral("Web\nshop"))};
    original.state.elements(Block::Channels)[0].at = QPointF(12, 40);
    original.state.elements(Block::Channels)[0].votes = {{QStringLiteral("Ada"), 2}};
    original.state.elements(Block::Channels)[0].description = QStringLiteral("One\n\n  Two");
    const QString markdown = MarkdownFormat::toMarkdown(original);
    const ImportPlan plan = SessionImport::fromMarkdown(markdown.toUtf8(), QStringLiteral("in.md"));
    ASSERT_TRUE(plan.ok()) << problemLines(plan.problems);
    const Session back = imported(plan);
    EXPECT_EQ(back.state.blocks, original.state.blocks);
    EXPECT_EQ(back.state.chains, original.state.chains);
    EXPECT_EQ(back.info, original.info);
    EXPECT_EQ(MarkdownFormat::toMarkdown(Session{back.info,
                                                 [&] {
                                                     CanvasState state = back.state;
                                                     state.links = original.state.links;
                                                     return state;
                                                 }(),
                                                 {},
                                                 {}}),
              markdown);
}

TEST(MarkdownImport, ReadsAMeetingsNotes) {
    const QByteArray markdown = "# Kick-off\n\nSome intro text.\n\n"
                                "## Value Propositions\n\n"
                                "- Fresh beans\n"
                                "  roasted this week\n"
                                "* Fair prices\n\n"
                                "## Kundensegmente\n\n"
                                "1. Cafés\n\n"
                                "## Value delivery chains\n\n"
                                "### Subscription\n\n"
                                "1. Roast\n"
                                "2. Ship\n";
    const ImportPlan plan = SessionImport::fromMarkdown(markdown, QStringLiteral("in.md"));
    ASSERT_TRUE(plan.ok()) << problemLines(plan.problems);
    ASSERT_EQ(plan.notes.size(), 3u);
    EXPECT_EQ(plan.notes[0].element.text, QStringLiteral("Fresh beans"));
    EXPECT_EQ(plan.notes[0].element.description, QStringLiteral("roasted this week"));
    EXPECT_EQ(plan.notes[1].element.text, QStringLiteral("Fair prices"));
    EXPECT_EQ(plan.notes[2].block, Block::CustomerSegments);
    ASSERT_EQ(plan.chains.size(), 1u);
    EXPECT_EQ(plan.chains[0].name, QStringLiteral("Subscription"));
    ASSERT_EQ(plan.chains[0].stages.size(), 2u);
    EXPECT_EQ(plan.chains[0].stages[1].text, QStringLiteral("Ship"));
    EXPECT_EQ(plan.info->title, QStringLiteral("Kick-off"));
}

TEST(MarkdownImport, ListsEveryUnusableLine) {
    const QByteArray markdown = "## Agenda\n\n- Coffee\n- Lunch\n\n"
                                "## Channels\n\nJust a paragraph.\n- <!-- {\"id\":\"x\"} -->\n"
                                "- Shop <!-- {\"color\":\"beige\"} -->\n"
                                "- Kiosk <!-- {broken -->\n\n"
                                "## Value Delivery Chains\n\n1. Orphan stage\n";
    const ImportPlan plan = SessionImport::fromMarkdown(markdown, QStringLiteral("in.md"));
    EXPECT_EQ(problemLines(plan.problems),
              lines(QStringList({
                  QStringLiteral("1: “Agenda” is not a block: its notes have nowhere to go"),
                  QStringLiteral("8: not a note: start a note with “- ”"),
                  QStringLiteral("9: empty text"),
                  QStringLiteral("10: bad colour “beige” (a palette name or #rrggbb)"),
                  QStringLiteral("15: a stage needs a chain: put a “### Chain name” heading "
                                 "above it"),
              })));
}

TEST(PlainTextImport, OneNotePerLineIntoTheChosenBlock) {
    const ImportPlan plan = SessionImport::fromPlainText("Web shop\r\n\n- Market stall\n  \n",
                                                         QStringLiteral("in.txt"), Block::Channels);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan.notes.size(), 2u);
    EXPECT_EQ(plan.notes[1].element.text, QStringLiteral("Market stall"));
    EXPECT_EQ(plan.notes[1].line, 3);
    EXPECT_FALSE(
        SessionImport::fromPlainText("x", QStringLiteral("in.txt"), Block::ValueChains).ok());
}

TEST(ApplyImport, GeneratesFreeIdsAndAppendsToAChainOfTheSameName) {
    const Session session = tandemtest::smallSession();
    const ImportPlan plan = SessionImport::fromCsv(
        "block,text,chain\nvalue_propositions,New,\nvalue_chains,Pack,Delivery\n",
        QStringLiteral("in.csv"));
    ASSERT_TRUE(SessionImport::conflicts(session.state, plan).empty());
    const CanvasState state = SessionImport::apply(session.state, plan);
    ASSERT_EQ(state.elements(Block::ValuePropositions).size(), 3u);
    EXPECT_EQ(state.elements(Block::ValuePropositions)[2].id, QStringLiteral("vp-3"));
    ASSERT_EQ(state.chains.size(), 1u);
    ASSERT_EQ(state.chains[0].stages.size(), 3u);
    EXPECT_EQ(state.chains[0].stages[2].id, QStringLiteral("st-3"));
}

TEST(ApplyImport, AnIdTheSessionHoldsIsAConflict) {
    const ImportPlan plan =
        SessionImport::fromCsv("id,block,text\nvp-1,channels,Again\n", QStringLiteral("in.csv"));
    const auto problems = SessionImport::conflicts(tandemtest::smallSession().state, plan);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].toString(),
              QStringLiteral("in.csv:2: the id “vp-1” is already in the session"));
}

TEST(ImportRefusals, EveryRefusalNamesALine) {
    // A Latin-1 "é" on line 3, and an empty file: each refusal says where.
    const QByteArray latin1 = "block,text\nchannels,Web\nchannels,Caf\xe9\n";
    for (const ImportPlan& plan : {SessionImport::fromCsv(latin1, QStringLiteral("a.csv")),
                                   SessionImport::fromMarkdown("# T\n\n## Channels\n\n- Caf\xe9\n",
                                                               QStringLiteral("a.md"))}) {
        ASSERT_EQ(plan.problems.size(), 1u);
        EXPECT_EQ(plan.problems[0].message, QStringLiteral("not UTF-8 text (save it as UTF-8)"));
    }
    EXPECT_EQ(SessionImport::fromCsv(latin1, QStringLiteral("a.csv")).problems[0].line, 3);
    EXPECT_EQ(
        SessionImport::fromMarkdown("# T\n\n## Channels\n\n- Caf\xe9\n", QStringLiteral("a.md"))
            .problems[0]
            .line,
        5);
    const ImportPlan empty = SessionImport::fromCsv("\n\n", QStringLiteral("e.csv"));
    ASSERT_EQ(empty.problems.size(), 1u);
    EXPECT_EQ(empty.problems[0].line, 1);
}

TEST(MarkdownImport, ADateThatIsNotIsoStaysInTheNotes) {
    const ImportPlan plan = SessionImport::fromMarkdown(
        "# Offsite\n\n## Details\n\n- **Date:** 26.11.2026\n", QStringLiteral("m.md"));
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan.info.has_value());
    EXPECT_EQ(plan.info->date, QString());
    EXPECT_EQ(plan.info->notes, QStringLiteral("- **Date:** 26.11.2026\n"));
    ASSERT_EQ(plan.warnings.size(), 1u);
    EXPECT_EQ(plan.warnings[0].line, 5);
}

TEST(MarkdownImport, DetailsWithoutATitleAbove) {
    // Found by fuzz_markdown_import: "#(" is no heading, so the details came
    // first and were written into a session that did not exist yet.
    const ImportPlan plan = SessionImport::fromMarkdown(
        "#(Offsite\n\n## Details\n\n- **Participants:** Ada, Bo\n", QStringLiteral("m.md"));
    ASSERT_TRUE(plan.info.has_value());
    EXPECT_EQ(plan.info->participants, QStringList({QStringLiteral("Ada"), QStringLiteral("Bo")}));
}

TEST(CsvImport, AByteOrderMarkInsideTheFileIsNoText) {
    // Two exported files joined: the second one's mark lands in a cell.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "block,text\nchannels,Web\xEF\xBB\xBF shop\n";
    const ImportPlan plan = SessionImport::fromCsv(csv, QStringLiteral("joined.csv"));
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan.notes.at(0).element.text, QStringLiteral("Web shop"));
}
