// The textconv outline: one note per line, stable, nothing that changes with
// a drag.

#include "sessionoutline.h"
#include "sessiontesthelpers.h"
#include "votes.h"

#include <gtest/gtest.h>

using namespace tandem;

namespace {

using tandemtest::note;

Session sample() {
    Session session;
    session.info.title = QStringLiteral("Offsite");
    session.info.participants = {QStringLiteral("Ada"), QStringLiteral("Bo")};
    session.info.notes = QStringLiteral("First line\n\nThird line\n");
    Element fresh = note(QStringLiteral("vp-fresh"), QStringLiteral("Beans roasted to order"));
    fresh.color = QStringLiteral("yellow");
    fresh.tags = {QStringLiteral("subscription"), QStringLiteral("b2c")};
    fresh.description = QStringLiteral("Roast date on every bag.\nDispatch in a day.\n");
    fresh.at = QPointF(5, 5);
    fresh = withVotes(fresh, {{QStringLiteral("Bo"), 1}, {QStringLiteral("Ada"), 2}});
    session.state.elements(Block::ValuePropositions) = {fresh};
    session.state.elements(Block::Organisation) = {
        note(QStringLiteral("org-1"), QStringLiteral("Two\nlines"))};
    ValueChain chain;
    chain.id = QStringLiteral("vc-1");
    chain.name = QStringLiteral("Delivery");
    chain.stages = {note(QStringLiteral("st-1"), QStringLiteral("Roast"))};
    session.state.chains.push_back(chain);
    Link link;
    link.from = QStringLiteral("st-1");
    link.to = QStringLiteral("vp-fresh");
    link.note = QStringLiteral("Why");
    session.state.links.push_back(link);
    Snapshot snapshot;
    snapshot.name = QStringLiteral("as-is");
    snapshot.taken = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    snapshot.state.elements(Block::Channels) = {
        note(QStringLiteral("ch-1"), QStringLiteral("Stall"))};
    session.snapshots.push_back(snapshot);
    return session;
}

TEST(SessionOutline, WholeSession) {
    EXPECT_EQ(formatSessionOutline(sample()),
              QStringLiteral("Session: Offsite\n"
                             "Participants: Ada, Bo\n"
                             "Notes:\n"
                             "  | First line\n"
                             "  |\n"
                             "  | Third line\n"
                             "\n== Business Model Canvas ==\n"
                             "\n[Value Propositions]\n"
                             "  Beans roasted to order  {colour: yellow; tags: subscription, b2c; "
                             "votes: 3 (Ada 2, Bo 1)}\n"
                             "      | Roast date on every bag.\n"
                             "      | Dispatch in a day.\n"
                             "\n== Operating Model Canvas ==\n"
                             "\n[Value chain: Delivery]\n"
                             "  Roast\n"
                             "\n[Organisation]\n"
                             "  Two\\nlines\n"
                             "\n== Links ==\n\n"
                             "  Roast delivers Beans roasted to order  {note: Why}\n"
                             "\n\n==== Snapshot “as-is” (2026-11-26T10:00:00Z) ====\n"
                             "\n== Business Model Canvas ==\n"
                             "\n[Channels]\n"
                             "  Stall\n"
                             "\n== Operating Model Canvas ==\n"));
}

TEST(SessionOutline, PositionsDoNotShow) {
    Session moved = sample();
    moved.state.elements(Block::ValuePropositions)[0].at = QPointF(300, 120);
    EXPECT_EQ(formatSessionOutline(moved), formatSessionOutline(sample()));
}

TEST(SessionOutline, EmptySession) {
    Session session;
    session.info.title = QStringLiteral("Empty");
    EXPECT_EQ(formatSessionOutline(session), QStringLiteral("Session: Empty\n"
                                                            "\n== Business Model Canvas ==\n"
                                                            "\n== Operating Model Canvas ==\n"));
}

} // namespace
