// Malformed ids and ids used twice in one state are refused; a snapshot is a
// state of its own and may repeat the ids of the current canvases.

#include "sessiontesthelpers.h"

using namespace tandem;
using tandemtest::RefusalCase;

namespace {

class RefuseIds : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RefuseIds, namesFileLineAndProblem) {
    tandemtest::expectRefused(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, RefuseIds,
    ::testing::Values(
        RefusalCase{"id-space.yaml", 6, "malformed id \"vp 1\""},
        RefusalCase{"id-leading-dash.yaml", 9, "malformed id \"_cs\""},
        RefusalCase{"id-too-long.yaml", 9, "malformed id"},
        RefusalCase{"id-unicode.yaml", 9, "malformed id \"café\""},
        RefusalCase{"id-empty.yaml", 9, "malformed id \"\""},
        RefusalCase{"id-list.yaml", 9, "\"id\" must be an id, not a list"},
        RefusalCase{"id-duplicate.yaml", 9, "duplicate id \"vp-1\" (first used on line 6)"},
        RefusalCase{"id-duplicate-stage.yaml", 16, "duplicate id \"cs-1\" (first used on line 9)"},
        RefusalCase{"id-duplicate-chain.yaml", 13, "duplicate id \"vp-1\" (first used on line 6)"},
        RefusalCase{"id-duplicate-in-snapshot.yaml", 27,
                    "duplicate id \"ch-1\" (first used on line 25)"}),
    tandemtest::refusalName);

TEST(RefuseIds, snapshotMayRepeatCurrentIds) {
    LoadError error;
    const auto session = tandemtest::readText(
        "format: tandem/1\nsession: {title: x}\n"
        "business_model:\n  channels:\n    - {id: ch-1, text: Web}\n"
        "snapshots:\n"
        "  - name: as-is\n    business_model:\n      channels:\n        - {id: ch-1, text: Web}\n"
        "  - name: to-be\n    business_model:\n      channels:\n        - {id: ch-1, text: App}\n",
        &error);
    ASSERT_TRUE(session) << error.toString().toStdString();
    EXPECT_EQ(session->snapshots.size(), 2u);
}

TEST(RefuseIds, readerAgreesWithIsValidId) {
    const QStringList ids{
        QStringLiteral("a"),           QStringLiteral("0"),           QStringLiteral("vp.1_x-2"),
        QString(64, QLatin1Char('z')), QString(65, QLatin1Char('z')), QStringLiteral("-a"),
        QStringLiteral(".a"),          QStringLiteral("a b"),         QStringLiteral("a/b"),
        QStringLiteral("ä"),           QStringLiteral("a:b"),         QStringLiteral("A-Z.9")};
    for (const QString& id : ids) {
        const QByteArray yaml = "format: tandem/1\nsession: {title: x}\nbusiness_model:\n"
                                "  channels:\n    - id: \"" +
                                id.toUtf8() + "\"\n      text: t\n";
        EXPECT_EQ(tandemtest::readText(yaml).has_value(), isValidId(id)) << id.toStdString();
    }
}

TEST(RefuseIds, duplicateSnapshotNameIsRefused) {
    LoadError error;
    EXPECT_FALSE(tandemtest::readText("format: tandem/1\nsession: {title: x}\nsnapshots:\n"
                                      "  - name: as-is\n  - name: as-is\n",
                                      &error));
    EXPECT_EQ(error.line, 5);
    EXPECT_TRUE(error.message.contains(QStringLiteral("duplicate snapshot name \"as-is\"")));
}

} // namespace
