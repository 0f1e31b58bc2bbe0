// Money in the Markdown export and import (issue 16 item 2): each money
// note shows its amount and carries it in its hidden fields, the session's
// currency and period are details, the money figures close the document, and
// what the export writes reads back to the same document.

#include "inouttesthelpers.h"
#include "markdownformat.h"
#include "sessionimport.h"
#include "sessionreader.h"

#include <gtest/gtest.h>

using namespace tandem;

namespace {

Element money(const char* id, const QString& text, double value, const QString& written) {
    Element element = tandemtest::note(id, text);
    element.amount = Figure{value, written};
    return element;
}

Link link(const char* from, const char* to) {
    Link result;
    result.from = QString::fromUtf8(from);
    result.to = QString::fromUtf8(to);
    return result;
}

// Revenue 420000 to "Fresh", a cost of 180000.50 serving it, and a cost
// written "4.2e3" that reaches no promise.
Session moneySession() {
    Session session;
    session.info.title = QStringLiteral("Offsite");
    session.info.currency = QStringLiteral("EUR");
    session.info.period = QStringLiteral("quarter");
    session.state.elements(Block::ValuePropositions) = {
        tandemtest::note("vp-1", QStringLiteral("Fresh"))};
    session.state.elements(Block::RevenueStreams) = {
        money("rs-1", QStringLiteral("Subscriptions"), 420000, QStringLiteral("420000"))};
    session.state.elements(Block::CostStructure) = {
        money("co-1", QStringLiteral("Staff — roasting"), 180000.5, QString()),
        money("co-2", QStringLiteral("Rent"), 4200, QStringLiteral("4.2e3"))};
    session.state.links = {link("rs-1", "vp-1"), link("co-1", "vp-1")};
    return session;
}

std::string problemsOf(const ImportPlan& plan) {
    QStringList lines;
    for (const ImportProblem& problem : plan.problems)
        lines << QStringLiteral("%1: %2").arg(problem.line).arg(problem.message);
    for (const ImportProblem& warning : plan.warnings)
        lines << QStringLiteral("warning %1: %2").arg(warning.line).arg(warning.message);
    return lines.join(QLatin1Char('\n')).toStdString();
}

// What importing the Markdown gives, with the links the import cannot read
// (the links table names notes by text) taken from the original.
Session readBack(const QString& markdown, const std::vector<Link>& links) {
    const ImportPlan plan = SessionImport::fromMarkdown(markdown.toUtf8(), QStringLiteral("in.md"));
    EXPECT_TRUE(plan.ok()) << problemsOf(plan);
    Session session;
    if (plan.info)
        session.info = *plan.info;
    session.state = SessionImport::apply(session.state, plan);
    session.state.links = links;
    return session;
}

} // namespace

TEST(MarkdownMoney, BulletsShowTheAmountAndTheDetailsTheUnit) {
    const QString markdown = MarkdownFormat::toMarkdown(moneySession());
    for (const char* part :
         {"## Details\n\n- **Currency:** EUR\n- **Period:** quarter\n\n",
          "## Cost Structure\n\n"
          "- Staff — roasting — 180000.50 EUR <!-- {\"amount\":\"180000.5\",\"id\":\"co-1\"} -->\n"
          "- Rent — 4200 EUR <!-- {\"amount\":\"4.2e3\",\"id\":\"co-2\"} -->\n\n",
          "## Revenue Streams\n\n"
          "- Subscriptions — 420000 EUR <!-- {\"amount\":\"420000\",\"id\":\"rs-1\"} -->\n\n"})
        EXPECT_TRUE(markdown.contains(QString::fromUtf8(part))) << part << "\n"
                                                                << markdown.toStdString();
}

TEST(MarkdownMoney, EndsWithTheMoneyFiguresOfTheCheck) {
    const QString markdown = MarkdownFormat::toMarkdown(moneySession());
    const QString expected =
        QStringLiteral("\n\n## Money (EUR per quarter)\n\n"
                       "Revenue 420000, cost 184200.50, profit 235799.50.\n\n"
                       "| Value proposition | Revenue | Cost to serve | Margin |\n"
                       "|---|---:|---:|---:|\n"
                       "| Fresh | 420000 | 180000.50 | 239999.50 |\n"
                       "\nUnallocated: revenue 0, cost 4200.\n\n"
                       "- Rent: revenue 0, cost 4200\n");
    EXPECT_TRUE(markdown.endsWith(expected)) << markdown.toStdString();
    // The findings come first: the rent reaches no promise (A9).
    EXPECT_LT(markdown.indexOf(QStringLiteral("## Findings")),
              markdown.indexOf(QStringLiteral("## Money")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("- **A9 (warning):** ")));
}

TEST(MarkdownMoney, NoMoneyWithoutAmounts) {
    Session session = tandemtest::smallSession();
    const QString markdown = MarkdownFormat::toMarkdown(session);
    EXPECT_FALSE(markdown.contains(QStringLiteral("Money")));
    EXPECT_FALSE(markdown.contains(QStringLiteral("amount")));
    EXPECT_FALSE(markdown.contains(QStringLiteral("—")));
    // A currency alone is a detail, and still no figures.
    session.info.currency = QStringLiteral("USD");
    const QString withCurrency = MarkdownFormat::toMarkdown(session);
    EXPECT_TRUE(withCurrency.contains(QStringLiteral("- **Currency:** USD\n")));
    EXPECT_FALSE(withCurrency.contains(QStringLiteral("## Money")));
}

TEST(MarkdownMoney, ReadsBackTheAmountsAsWritten) {
    const Session original = moneySession();
    const Session back = readBack(MarkdownFormat::toMarkdown(original), original.state.links);
    EXPECT_EQ(back.info.currency, QStringLiteral("EUR"));
    EXPECT_EQ(back.info.period, QStringLiteral("quarter"));
    const auto& costs = back.state.elements(Block::CostStructure);
    ASSERT_EQ(costs.size(), 2u);
    EXPECT_EQ(costs[0].text, QStringLiteral("Staff — roasting"));
    ASSERT_TRUE(costs[0].amount.has_value());
    EXPECT_EQ(costs[0].amount->value, 180000.5);
    EXPECT_EQ(costs[1].text, QStringLiteral("Rent"));
    ASSERT_TRUE(costs[1].amount.has_value());
    EXPECT_EQ(costs[1].amount->value, 4200);
    EXPECT_EQ(costs[1].amount->written, QStringLiteral("4.2e3"));
    const auto& revenue = back.state.elements(Block::RevenueStreams);
    ASSERT_EQ(revenue.size(), 1u);
    EXPECT_EQ(revenue[0].text, QStringLiteral("Subscriptions"));
    ASSERT_TRUE(revenue[0].amount.has_value());
    EXPECT_EQ(revenue[0].amount->value, 420000);
    EXPECT_EQ(back.state.blocks, original.state.blocks);
}

TEST(MarkdownMoney, MarkdownToSessionToMarkdownIsIdentical) {
    const QString markdown = MarkdownFormat::toMarkdown(moneySession());
    EXPECT_EQ(MarkdownFormat::toMarkdown(readBack(markdown, moneySession().state.links)), markdown);
}

TEST(MarkdownMoney, TheExampleRoundTripsWithItsAmounts) {
    const auto example = SessionReader::readFile(
        QStringLiteral(TANDEM_RESOURCE_DIR "/examples/northwind.tandem.yaml"), nullptr);
    ASSERT_TRUE(example.has_value());
    const QString markdown = MarkdownFormat::toMarkdown(*example);
    // Its figures, as `tandem check --format markdown` gives them.
    EXPECT_TRUE(markdown.contains(QStringLiteral("\n## Money (EUR per year)\n\n")));
    EXPECT_TRUE(markdown.contains(QStringLiteral(" — 338000 EUR <!-- {\"amount\":\"338000\",")))
        << markdown.toStdString();
    const Session back = readBack(markdown, example->state.links);
    EXPECT_EQ(back.info.currency, example->info.currency);
    EXPECT_EQ(back.info.period, example->info.period);
    int amounts = 0;
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        const auto& before = example->state.elements(block);
        const auto& after = back.state.elements(block);
        ASSERT_EQ(after.size(), before.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            EXPECT_EQ(after[i].text, before[i].text);
            EXPECT_EQ(after[i].amount, before[i].amount) << before[i].id.toStdString();
            amounts += before[i].amount ? 1 : 0;
        }
    }
    EXPECT_EQ(amounts, 9);
    EXPECT_EQ(MarkdownFormat::toMarkdown(back), markdown);
}

TEST(MarkdownMoney, SkipsTheMoneySectionInEnglishAndGerman) {
    const QByteArray markdown =
        "# Offsite\n\n"
        "## Angaben\n\n- **Währung:** EUR\n- **Zeitraum:** Monat\n\n"
        "## Value Propositions\n\n- Fresh\n\n"
        "## Geld (EUR pro Monat)\n\n"
        "Einnahmen 5, Kosten 3, Gewinn 2.\n\n"
        "| Wertangebot | Einnahmen | Kosten | Marge |\n|---|---:|---:|---:|\n"
        "| Fresh | 5 | 3 | 2 |\n\n"
        "Nicht zugeordnet: Einnahmen 0, Kosten 1.\n\n"
        "- Miete: Einnahmen 0, Kosten 1\n\n"
        "## Money (per year)\n\n- Rent: revenue 0, cost 1\n";
    const ImportPlan plan = SessionImport::fromMarkdown(markdown, QStringLiteral("in.md"));
    EXPECT_TRUE(plan.ok()) << problemsOf(plan);
    EXPECT_TRUE(plan.warnings.empty()) << problemsOf(plan);
    ASSERT_EQ(plan.notes.size(), 1u);
    EXPECT_EQ(plan.notes[0].element.text, QStringLiteral("Fresh"));
    ASSERT_TRUE(plan.info.has_value());
    EXPECT_EQ(plan.info->currency, QStringLiteral("EUR"));
    EXPECT_EQ(plan.info->period, QStringLiteral("month"));
}

TEST(MarkdownMoney, RefusesAnAmountItCannotKeep) {
    const QByteArray markdown = "## Channels\n\n"
                                "- Shop <!-- {\"amount\":\"5\"} -->\n\n"
                                "## Cost Structure\n\n"
                                "- Rent — 5 EUR <!-- {\"amount\":\"-5\"} -->\n"
                                "- Beans <!-- {\"amount\":\"lots\"} -->\n"
                                "- Staff <!-- {\"amount\":[1]} -->\n"
                                "- Cups <!-- {\"amount\":2e15} -->\n";
    const ImportPlan plan = SessionImport::fromMarkdown(markdown, QStringLiteral("in.md"));
    EXPECT_EQ(problemsOf(plan),
              "3: an amount belongs on notes of Revenue Streams or Cost Structure\n"
              "7: an amount cannot be negative\n"
              "8: the amount “lots” is not a number\n"
              "9: the amount is not a number\n"
              "10: an amount can be at most 1e15");
}

TEST(MarkdownMoney, ReadsAnAmountWrittenByHand) {
    // A number rather than a string, and no amount shown: the text stays as
    // written, dash and all.
    const QByteArray markdown = "## Revenue Streams\n\n"
                                "- Beans — the best <!-- {\"amount\":12.5} -->\n";
    const ImportPlan plan = SessionImport::fromMarkdown(markdown, QStringLiteral("in.md"));
    ASSERT_TRUE(plan.ok()) << problemsOf(plan);
    ASSERT_EQ(plan.notes.size(), 1u);
    EXPECT_EQ(plan.notes[0].element.text, QStringLiteral("Beans — the best"));
    ASSERT_TRUE(plan.notes[0].element.amount.has_value());
    EXPECT_EQ(plan.notes[0].element.amount->value, 12.5);
}

TEST(MarkdownMoney, KeepsACurrencyOrPeriodItCannotUseInTheNotes) {
    const QByteArray markdown = "# T\n\n## Details\n\n- **Currency:** euro\n- **Period:** week\n";
    const ImportPlan plan = SessionImport::fromMarkdown(markdown, QStringLiteral("in.md"));
    ASSERT_TRUE(plan.ok()) << problemsOf(plan);
    EXPECT_EQ(problemsOf(plan),
              "warning 5: the currency “euro” is not a code such as EUR: it is kept in the notes\n"
              "warning 6: the period “week” is not month, quarter or year: it is kept in the "
              "notes");
    ASSERT_TRUE(plan.info.has_value());
    EXPECT_TRUE(plan.info->currency.isEmpty());
    EXPECT_TRUE(plan.info->period.isEmpty());
    EXPECT_EQ(plan.info->notes, QStringLiteral("- **Currency:** euro\n- **Period:** week\n"));
}
