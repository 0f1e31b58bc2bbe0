// Session > History against a real git repository in a temporary folder
// (HOME there too, so no user configuration is read): the commits that
// changed the file, a version taken as a snapshot and compared with the
// current canvases, and the disabled entry that says why outside git.

#include "fakehost.h"

#include "githistory.h"
#include "historyfeature.h"
#include "sessionwriter.h"
#include "snapshotcomparepanel.h"
#include "snapshotdock.h"
#include "workshopfeature.h"

#include <QAction>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

Session titled(const QString& text) {
    Session session;
    session.info.title = QStringLiteral("Northwind");
    Element note;
    note.id = QStringLiteral("vp-fresh");
    note.text = text;
    session.state.elements(Block::ValuePropositions).push_back(note);
    return session;
}

class HistoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        file = dir.filePath(QStringLiteral("s.tandem.yaml"));
        git({QStringLiteral("init"), QStringLiteral("-q")});
        commit(titled(QStringLiteral("Fresh beans")), QStringLiteral("First draft"));
        commit(titled(QStringLiteral("Roasted to order")), QStringLiteral("Sharper promise"));
    }
    void git(const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Ada Park"));
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("ada@example.org"));
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Ada Park"));
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("ada@example.org"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral("git"), arguments);
        ASSERT_TRUE(process.waitForFinished(30000));
        ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    }
    void commit(const Session& session, const QString& message) {
        QString error;
        ASSERT_TRUE(SessionWriter::saveFile(session, file, &error));
        git({QStringLiteral("add"), QStringLiteral(".")});
        git({QStringLiteral("commit"), QStringLiteral("-qm"), message});
    }

    QTemporaryDir dir;
    QString file;
};

TEST_F(HistoryTest, ListsTheCommitsThatChangedTheFileNewestFirst) {
    const GitHistory history(file);
    EXPECT_TRUE(history.available());
    const auto commits = history.commits();
    ASSERT_EQ(commits.size(), 2u);
    EXPECT_EQ(commits[0].subject, QStringLiteral("Sharper promise"));
    EXPECT_EQ(commits[1].subject, QStringLiteral("First draft"));
    EXPECT_EQ(commits[0].author, QStringLiteral("Ada Park"));
    EXPECT_TRUE(commits[0].date.isValid());
    const auto first = history.sessionAt(commits[1].hash);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->state.elements(Block::ValuePropositions)[0].text,
              QStringLiteral("Fresh beans"));
}

TEST_F(HistoryTest, AnOldVersionBecomesASnapshotComparedWithTheCurrentCanvases) {
    test::FakeHost host;
    host.document()->resetSession(titled(QStringLiteral("Roasted to order")));
    host.document()->setFilePath(file);
    new WorkshopFeature(&host);
    auto* feature = new HistoryFeature(&host);
    EXPECT_TRUE(feature->historyAction()->isEnabled());
    const auto commits = feature->commits();
    ASSERT_EQ(commits.size(), 2u);
    EXPECT_TRUE(feature->compareWithCurrent(commits[1].hash));
    const QString name = QStringLiteral("git ") + commits[1].hash.left(7);
    ASSERT_EQ(host.document()->snapshotIndex(name), 0);
    EXPECT_EQ(host.document()->undoStack()->count(), 1);
    SnapshotComparePanel* compare = host.feature<WorkshopFeature>()->snapshotDock()->compare();
    EXPECT_EQ(compare->olderSide(), name);
    EXPECT_EQ(compare->newerSide(), QString());
}

TEST(HistoryOutsideGitTest, TheEntryIsDisabledAndSaysWhy) {
    QTemporaryDir dir;
    test::FakeHost host;
    host.document()->setFilePath(dir.filePath(QStringLiteral("s.tandem.yaml")));
    auto* feature = new HistoryFeature(&host);
    EXPECT_FALSE(feature->historyAction()->isEnabled());
    EXPECT_TRUE(feature->historyAction()->text().contains(QStringLiteral("not in a git")))
        << feature->historyAction()->text().toStdString();
}

} // namespace
