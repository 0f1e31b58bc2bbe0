// The merge cases of issue 14 as data (tests/data/merge/CASE/): base, ours,
// theirs, and the expected result (expected.tandem.yaml, written by hand)
// and conflicts (conflicts.txt, one "subject id, field" per line).

#include "mergeconflict.h"
#include "sessionmerge.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

QString caseDir(const QString& name) {
    return QStringLiteral(TANDEM_TEST_DATA "/merge/") + name;
}

Session load(const QString& path) {
    LoadError error;
    const auto session = SessionReader::readFile(path, &error);
    EXPECT_TRUE(session) << error.toString().toStdString();
    return session.value_or(Session{});
}

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QStringList descriptions(const std::vector<MergeConflict>& conflicts) {
    QStringList out;
    for (const MergeConflict& conflict : conflicts)
        out.append(conflict.describe());
    return out;
}

// Loads, is canonical, and reads back to the same session.
void expectLoadsCanonical(const Session& merged) {
    const QByteArray bytes = SessionWriter::toBytes(merged);
    LoadError error;
    const auto again = SessionReader::readBytes(bytes, QStringLiteral("merged"), &error);
    ASSERT_TRUE(again) << error.toString().toStdString() << "\n" << bytes.toStdString();
    EXPECT_EQ(SessionWriter::toBytes(*again), bytes);
    EXPECT_EQ(*again, merged);
}

MergeResult mergeCase(const QString& name) {
    const QString dir = caseDir(name);
    return mergeSessions(load(dir + QStringLiteral("/base.tandem.yaml")),
                         load(dir + QStringLiteral("/ours.tandem.yaml")),
                         load(dir + QStringLiteral("/theirs.tandem.yaml")));
}

class MergeCase : public ::testing::TestWithParam<QString> {};

TEST_P(MergeCase, GivesTheExpectedSessionAndConflicts) {
    const QString dir = caseDir(GetParam());
    const MergeResult result = mergeCase(GetParam());
    expectLoadsCanonical(result.session);
    const QString expectedFile = dir + QStringLiteral("/expected.tandem.yaml");
    if (QFile::exists(expectedFile)) {
        EXPECT_EQ(SessionWriter::toBytes(result.session).toStdString(),
                  bytesOf(expectedFile).toStdString());
    }
    const QStringList expectedConflicts = QString::fromUtf8(bytesOf(dir + "/conflicts.txt"))
                                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(descriptions(conflictsOf(result.session)), expectedConflicts);
    EXPECT_EQ(result.clean(), expectedConflicts.isEmpty());
}

QStringList mergeCases() {
    QStringList names;
    for (const QString& name : QDir(QStringLiteral(TANDEM_TEST_DATA "/merge"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(caseDir(name) + QStringLiteral("/ours.tandem.yaml")) &&
            !name.contains(QLatin1String("not-a-session")))
            names.append(name);
    }
    return names;
}

std::string caseName(const ::testing::TestParamInfo<QString>& info) {
    return info.param.mid(3).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Table, MergeCase, ::testing::ValuesIn(mergeCases().toVector()), caseName);

TEST(SessionMerge, TableCoversTheIssuesCases) {
    EXPECT_GE(mergeCases().size(), 13);
}

// Both added vp-4 with different content: ours keeps vp-4, theirs' note
// gets a new id with its prefix, and its link follows it.
TEST(SessionMerge, BothAddedTheSameIdKeepsBothAndMovesTheirLinks) {
    const MergeResult result = mergeCase(QStringLiteral("05-both-add-same-id"));
    EXPECT_EQ(result.renamedIds, 1);
    const auto& vps = result.session.state.elements(Block::ValuePropositions);
    ASSERT_EQ(vps.size(), 3u);
    EXPECT_EQ(vps[1].id, QStringLiteral("vp-4"));
    EXPECT_EQ(vps[1].text, QStringLiteral("Subscriptions"));
    EXPECT_EQ(vps[2].text, QStringLiteral("Gift cards"));
    EXPECT_TRUE(vps[2].id.startsWith(QStringLiteral("vp-")));
    EXPECT_NE(vps[2].id, QStringLiteral("vp-4"));
    const auto& links = result.session.state.links;
    ASSERT_EQ(links.size(), 3u);
    EXPECT_EQ(links[1].from, QStringLiteral("vp-4"));
    EXPECT_EQ(links[1].to, QStringLiteral("cs-home"));
    EXPECT_EQ(links[2].from, vps[2].id);
    EXPECT_EQ(links[2].to, QStringLiteral("cs-office"));
    expectLoadsCanonical(result.session);
}

TEST(SessionMerge, TakingTheirsSetsTheirValueAndLeavesNoConflict) {
    const MergeResult result = mergeCase(QStringLiteral("06-both-edit-text"));
    const auto resolved = resolveConflict(result.session, 0, MergeSide::Theirs);
    ASSERT_TRUE(resolved);
    EXPECT_TRUE(conflictsOf(*resolved).empty());
    EXPECT_EQ(resolved->state.elements(Block::ValuePropositions)[0].text,
              QStringLiteral("Beans in 48 hours"));
    expectLoadsCanonical(*resolved);
    const auto edited = resolveConflictWith(result.session, 0, QStringLiteral("Both"));
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->state.elements(Block::ValuePropositions)[0].text, QStringLiteral("Both"));
    EXPECT_FALSE(resolveConflict(result.session, 1, MergeSide::Ours));
}

// Ours removed cs-office, theirs linked to it: the segment stays (with the
// link) until someone takes ours, which removes both, never a dangling link.
TEST(SessionMerge, TakingTheRemovalRemovesTheElementAndItsLinks) {
    const MergeResult result = mergeCase(QStringLiteral("04-remove-segment-vs-link"));
    const auto resolved = resolveConflict(result.session, 0, MergeSide::Ours);
    ASSERT_TRUE(resolved);
    EXPECT_EQ(resolved->state.elements(Block::CustomerSegments).size(), 1u);
    EXPECT_EQ(resolved->state.links.size(), 1u);
    expectLoadsCanonical(*resolved);
    const auto kept = resolveConflict(result.session, 0, MergeSide::Theirs);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->state.elements(Block::CustomerSegments).size(), 2u);
    EXPECT_EQ(kept->state.links.size(), 2u);
}

// Both moved the same note to different blocks: ours stays, and taking
// theirs moves it to theirs' block.
TEST(SessionMerge, APlaceConflictTakenFromTheirsMovesTheNote) {
    const Session base =
        load(caseDir(QStringLiteral("01-both-add-note-same-block/base.tandem.yaml")));
    Session ours = base;
    Session theirs = base;
    auto& segments = ours.state.elements(Block::CustomerSegments);
    ours.state.elements(Block::Channels).push_back(segments[1]);
    segments.erase(segments.begin() + 1);
    auto& theirSegments = theirs.state.elements(Block::CustomerSegments);
    theirs.state.elements(Block::KeyPartners).push_back(theirSegments[1]);
    theirSegments.erase(theirSegments.begin() + 1);

    const MergeResult result = mergeSessions(base, ours, theirs);
    ASSERT_EQ(descriptions(result.conflicts),
              QStringList{QStringLiteral("element cs-office, place")});
    ASSERT_EQ(result.session.state.elements(Block::Channels).size(), 1u);
    const auto resolved = resolveConflict(result.session, 0, MergeSide::Theirs);
    ASSERT_TRUE(resolved);
    EXPECT_TRUE(resolved->state.elements(Block::Channels).empty());
    ASSERT_EQ(resolved->state.elements(Block::KeyPartners).size(), 1u);
    EXPECT_EQ(resolved->state.elements(Block::KeyPartners)[0].id, QStringLiteral("cs-office"));
    expectLoadsCanonical(*resolved);
}

TEST(SessionMerge, ConflictsSurviveARoundTripAndAnotherMerge) {
    const MergeResult first = mergeCase(QStringLiteral("06-both-edit-text"));
    const Session base = load(caseDir(QStringLiteral("06-both-edit-text/base.tandem.yaml")));
    const MergeResult again = mergeSessions(base, first.session, base);
    EXPECT_EQ(descriptions(conflictsOf(again.session)),
              QStringList{QStringLiteral("element vp-fresh, text")});
}

} // namespace
