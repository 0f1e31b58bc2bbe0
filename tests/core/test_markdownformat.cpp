#include "inouttesthelpers.h"
#include "markdownformat.h"
#include "sessionimport.h"

#include <gtest/gtest.h>

using namespace tandem;

TEST(MarkdownExport, WritesDetailsBlocksChainsLinksAndFindings) {
    const QString expected = QStringLiteral(
        "# Offsite\n"
        "\n"
        "## Details\n"
        "\n"
        "- **Organisation:** Acme\n"
        "- **Facilitator:** Ada\n"
        "- **Participants:** Ada, Bo\n"
        "- **Date:** 2026-01-02\n"
        "\n"
        "Line one\n"
        "Line two\n"
        "\n"
        "## Value Propositions\n"
        "\n"
        "- Fresh, fast <!-- {\"color\":\"yellow\",\"id\":\"vp-1\",\"tags\":[\"a\",\"b\"]} -->\n"
        "  Roasted daily\n"
        "  Shipped fast\n"
        "- =SUM(A1) <!-- {\"id\":\"vp-2\"} -->\n"
        "\n"
        "## Customer Segments\n"
        "\n"
        "- Cafés \"indie\" <!-- {\"id\":\"cs-1\"} -->\n"
        "\n"
        "## Value Delivery Chains\n"
        "\n"
        "### Delivery <!-- {\"id\":\"vc-1\"} -->\n"
        "\n"
        "1. Roast <!-- {\"id\":\"st-1\"} -->\n"
        "2. Ship <!-- {\"id\":\"st-2\"} -->\n"
        "\n"
        "## Links\n"
        "\n"
        "| From | Link | To | Note |\n"
        "|---|---|---|---|\n"
        "| Fresh, fast | delivers | Roast | core |\n"
        "| Fresh, fast | delivers | Cafés \"indie\" |  |\n"
        "\n"
        "## Findings\n"
        "\n");
    const QString markdown = MarkdownFormat::toMarkdown(tandemtest::smallSession());
    EXPECT_EQ(markdown.left(expected.size()), expected);
    // The findings come from the alignment check: vp-2 has no work behind it.
    EXPECT_TRUE(markdown.contains(QStringLiteral("- **A1 (gap):** ")));
}

TEST(MarkdownExport, KeepsALineBreakInTextInTheComment) {
    Session session;
    session.info.title = QStringLiteral("T");
    session.state.elements(Block::Channels) = {
        tandemtest::note("ch-1", QStringLiteral("Web\nshop"))};
    const QString markdown = MarkdownFormat::toMarkdown(session);
    EXPECT_TRUE(markdown.contains(QStringLiteral(
        "## Channels\n\n- Web shop <!-- {\"id\":\"ch-1\",\"text\":\"Web\\nshop\"} -->\n")))
        << markdown.toStdString();
}

TEST(MarkdownExport, NoValueCanCloseTheComment) {
    Element element = tandemtest::note("ch-1", QStringLiteral("x"));
    element.tags = {QStringLiteral("-->")};
    Session session;
    session.info.title = QStringLiteral("T");
    session.state.elements(Block::Channels) = {element};
    const QString markdown = MarkdownFormat::toMarkdown(session);
    EXPECT_TRUE(markdown.contains(QStringLiteral("\"tags\":[\"--\\u003e\"]} -->\n")))
        << markdown.toStdString();
}

TEST(MarkdownExport, EscapesMarkupSoViewersShowTheTextAsTyped) {
    Session session;
    session.info.title = QStringLiteral("Q&A *draft*");
    session.state.elements(Block::Channels) = {
        tandemtest::note("ch-1", QStringLiteral("*Web* shop_v2 [beta](x) <b>1 | 2</b> ~x~ `y`")),
        tandemtest::note("ch-2", QStringLiteral("# not a heading")),
        tandemtest::note("ch-3", QStringLiteral("1. not a list")),
        tandemtest::note("ch-4", QStringLiteral("- nor a bullet, \\ a backslash"))};
    const QString markdown = MarkdownFormat::toMarkdown(session);
    EXPECT_TRUE(markdown.startsWith(QStringLiteral("# Q\\&A \\*draft\\*\n")));
    for (const char* line :
         {"- \\*Web\\* shop\\_v2 \\[beta\\](x) \\<b\\>1 \\| 2\\</b\\> \\~x\\~ \\`y\\` <!--",
          "- \\# not a heading <!--", "- 1\\. not a list <!--",
          "- \\- nor a bullet, \\\\ a backslash <!--"})
        EXPECT_TRUE(markdown.contains(QString::fromUtf8(line))) << line << markdown.toStdString();
}

TEST(MarkdownExport, EscapedTextReadsBackExactly) {
    const QStringList texts = {
        QStringLiteral("*Web* shop_v2 [beta](x) <b>1 | 2</b> ~x~ `y` & &amp;"),
        QStringLiteral("# heading? - + 1) 2."),
        QStringLiteral("C:\\path\\ and \\* and a trailing \\"),
        QStringLiteral("<!-- {\"id\":\"x\"} --> in the text"),
        QStringLiteral("100% -> 50 $ @ ! ? = ^"),
    };
    for (const QString& text : texts) {
        EXPECT_EQ(MarkdownFormat::unescaped(MarkdownFormat::escaped(text)), text)
            << text.toStdString();
        Session session;
        session.info.title = text;
        ValueChain chain;
        chain.id = QStringLiteral("vc-1");
        chain.name = text;
        chain.stages = {tandemtest::note("st-1", text)};
        session.state.chains = {chain};
        session.state.elements(Block::Channels) = {tandemtest::note("ch-1", text)};
        const ImportPlan plan =
            SessionImport::fromMarkdown(MarkdownFormat::toBytes(session), QStringLiteral("in.md"));
        ASSERT_TRUE(plan.ok()) << plan.problems.front().toString().toStdString();
        ASSERT_EQ(plan.notes.size(), 1u);
        EXPECT_EQ(plan.notes[0].element.text, text);
        ASSERT_EQ(plan.chains.size(), 1u);
        EXPECT_EQ(plan.chains[0].name, text);
        EXPECT_EQ(plan.chains[0].stages.at(0).text, text);
        ASSERT_TRUE(plan.info.has_value());
        EXPECT_EQ(plan.info->title, text);
    }
}
