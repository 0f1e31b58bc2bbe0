// Properties of the three-way merge on generated sessions with random edits
// (tests/helpers/randomedits.h): merging X with itself gives X, merging with
// an unchanged side gives the other side, and every result loads, is
// canonical and round-trips.

#include "helpers/randomedits.h"
#include "mergeconflict.h"
#include "sessiongenerator.h"
#include "sessionmerge.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <gtest/gtest.h>

#include <random>

using namespace tandem;

namespace {

Session edited(const Session& base, std::mt19937& random, const QString& tag, int edits) {
    test::RandomEditor editor(
        [&](unsigned bound) { return static_cast<unsigned>(random() % bound); });
    Session session = base;
    for (int i = 0; i < edits; ++i)
        editor.edit(session, tag);
    return session;
}

void expectLoadsCanonical(const Session& merged) {
    const QByteArray bytes = SessionWriter::toBytes(merged);
    LoadError error;
    const auto again = SessionReader::readBytes(bytes, QStringLiteral("merged"), &error);
    ASSERT_TRUE(again) << error.toString().toStdString();
    EXPECT_EQ(SessionWriter::toBytes(*again), bytes);
}

class MergeProperties : public ::testing::TestWithParam<int> {
protected:
    void SetUp() override {
        random.seed(static_cast<unsigned>(GetParam()));
        base = generateSession(60, static_cast<quint32>(GetParam()));
        ours = edited(base, random, QStringLiteral("ours"), 8);
        theirs = edited(base, random, QStringLiteral("theirs"), 8);
        expectLoadsCanonical(ours); // the edits themselves keep sessions valid
        expectLoadsCanonical(theirs);
    }
    std::mt19937 random;
    Session base, ours, theirs;
};

TEST_P(MergeProperties, MergingASessionWithItselfGivesItBack) {
    const MergeResult result = mergeSessions(base, ours, ours);
    EXPECT_EQ(SessionWriter::toBytes(result.session).toStdString(),
              SessionWriter::toBytes(ours).toStdString());
    EXPECT_TRUE(result.conflicts.empty());
}

TEST_P(MergeProperties, AnUnchangedSideGivesTheOtherSide) {
    EXPECT_EQ(mergeSessions(base, ours, base).session, ours);
    EXPECT_EQ(mergeSessions(base, base, theirs).session, theirs);
}

TEST_P(MergeProperties, EveryResultLoadsAndIsCanonical) {
    const MergeResult result = mergeSessions(base, ours, theirs);
    expectLoadsCanonical(result.session);
    EXPECT_EQ(conflictsOf(result.session).size(), result.conflicts.size());
    // Taking theirs for every conflict leaves a clean session that loads.
    Session resolved = result.session;
    while (!conflictsOf(resolved).empty()) {
        const auto next = resolveConflict(resolved, 0, MergeSide::Theirs);
        ASSERT_TRUE(next);
        resolved = *next;
    }
    expectLoadsCanonical(resolved);
}

INSTANTIATE_TEST_SUITE_P(Seeds, MergeProperties, ::testing::Range(1, 41));

} // namespace
