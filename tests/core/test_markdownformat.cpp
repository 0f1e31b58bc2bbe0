#include "inouttesthelpers.h"
#include "markdownformat.h"

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
