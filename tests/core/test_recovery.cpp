// Autosave and recovery: everything happens in a temporary recovery folder;
// the user's file is never written; a damaged copy is moved aside.

#include "recovery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tandem;

namespace {

Session sampleSession(const QString& title) {
    Session session;
    session.info.title = title;
    Element fresh;
    fresh.id = QStringLiteral("vp-1");
    fresh.text = QStringLiteral("Beans roasted to order");
    session.state.elements(Block::ValuePropositions).push_back(fresh);
    return session;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Makes a recovery look as if a process that no longer runs had written it.
void orphan(const RecoveryStore& store, const QString& key) {
    const QString path = store.sidecarPath(key);
    QJsonObject object = QJsonDocument::fromJson(readAll(path)).object();
    // Pid 1 (init) always runs; use an id far above any pid_max instead.
    object.insert(QStringLiteral("pid"), qint64(2147483600));
    writeAll(path, QJsonDocument(object).toJson());
}

class RecoveryTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(temp.isValid());
        store.setDirectory(temp.filePath(QStringLiteral("recovery")));
        userFile = temp.filePath(QStringLiteral("user.tandem.yaml"));
        writeAll(userFile, "format: tandem/1\nsession:\n  title: Mine\n");
    }

    QStringList filesInStore() const {
        return QDir(store.directory()).entryList(QDir::Files, QDir::Name);
    }

    QTemporaryDir temp;
    RecoveryStore store{QString()};
    QString userFile;
};

TEST_F(RecoveryTest, WritesOnlyTheRecoveryFolder) {
    const QByteArray before = readAll(userFile);
    QString error;
    ASSERT_TRUE(
        store.write(QStringLiteral("k1"), userFile, sampleSession(QStringLiteral("A")), &error))
        << error.toStdString();
    EXPECT_EQ(readAll(userFile), before);
    EXPECT_EQ(filesInStore(),
              (QStringList{QStringLiteral("k1.json"), QStringLiteral("k1.tandem.yaml")}));
    EXPECT_EQ(QDir(temp.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("user.tandem.yaml")});
}

TEST_F(RecoveryTest, OwnLiveSessionsAreNotPending) {
    ASSERT_TRUE(store.write(QStringLiteral("k1"), userFile, sampleSession(QStringLiteral("A"))));
    EXPECT_TRUE(store.pending().empty());
}

TEST_F(RecoveryTest, PendingListsSessionsOfDeadWritersAndLoadsThem) {
    ASSERT_TRUE(store.write(QStringLiteral("k1"), userFile, sampleSession(QStringLiteral("A"))));
    ASSERT_TRUE(store.write(QStringLiteral("k2"), QString(), sampleSession(QStringLiteral("B"))));
    orphan(store, QStringLiteral("k1"));
    QStringList problems;
    const std::vector<RecoveryEntry> entries = store.pending(&problems);
    EXPECT_TRUE(problems.isEmpty());
    ASSERT_EQ(entries.size(), 1u);
    const RecoveryEntry& entry = entries[0];
    EXPECT_EQ(entry.key, QStringLiteral("k1"));
    EXPECT_EQ(entry.originalPath, userFile);
    EXPECT_EQ(entry.title, QStringLiteral("A"));
    EXPECT_TRUE(entry.written.isValid());

    LoadError error;
    const std::optional<Session> session = store.load(entry, &error);
    ASSERT_TRUE(session.has_value()) << error.toString().toStdString();
    EXPECT_EQ(*session, sampleSession(QStringLiteral("A")));

    store.remove(QStringLiteral("k1"));
    EXPECT_TRUE(store.pending().empty());
    EXPECT_EQ(filesInStore(),
              (QStringList{QStringLiteral("k2.json"), QStringLiteral("k2.tandem.yaml")}));
}

TEST_F(RecoveryTest, RewritingReplacesTheCopy) {
    ASSERT_TRUE(store.write(QStringLiteral("k1"), userFile, sampleSession(QStringLiteral("A"))));
    ASSERT_TRUE(store.write(QStringLiteral("k1"), userFile, sampleSession(QStringLiteral("A2"))));
    orphan(store, QStringLiteral("k1"));
    const std::vector<RecoveryEntry> entries = store.pending();
    ASSERT_EQ(entries.size(), 1u);
    const std::optional<Session> session = store.load(entries[0], nullptr);
    ASSERT_TRUE(session.has_value());
    EXPECT_EQ(session->info.title, QStringLiteral("A2"));
}

TEST_F(RecoveryTest, TruncatedCopyIsReportedAndMovedAside) {
    ASSERT_TRUE(store.write(QStringLiteral("k1"), userFile, sampleSession(QStringLiteral("A"))));
    orphan(store, QStringLiteral("k1"));
    // Cut at a line end: still valid YAML, and a valid (smaller) session.
    const QString path = store.sessionPath(QStringLiteral("k1"));
    QByteArray bytes = readAll(path);
    bytes.truncate(bytes.indexOf("business_model"));
    writeAll(path, bytes);

    const std::vector<RecoveryEntry> entries = store.pending();
    ASSERT_EQ(entries.size(), 1u);
    LoadError error;
    EXPECT_FALSE(store.load(entries[0], &error).has_value());
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_EQ(error.file, path);
    EXPECT_EQ(filesInStore(), (QStringList{QStringLiteral("k1.json.corrupt"),
                                           QStringLiteral("k1.tandem.yaml.corrupt")}));
    EXPECT_TRUE(store.pending().empty()) << "a damaged copy never blocks the next start";
}

TEST_F(RecoveryTest, InvalidSessionIsReportedAndMovedAside) {
    ASSERT_TRUE(store.write(QStringLiteral("k1"), userFile, sampleSession(QStringLiteral("A"))));
    orphan(store, QStringLiteral("k1"));
    const std::vector<RecoveryEntry> entries = store.pending();
    ASSERT_EQ(entries.size(), 1u);
    // Pretend the record matched a broken file: the reader has the last word.
    RecoveryEntry entry = entries[0];
    const QByteArray broken = "format: tandem/1\nsession: [not, a, map\n";
    writeAll(entry.sessionPath, broken);
    entry.size = broken.size();
    entry.sha256 = QCryptographicHash::hash(broken, QCryptographicHash::Sha256).toHex();
    LoadError error;
    EXPECT_FALSE(store.load(entry, &error).has_value());
    EXPECT_GT(error.line, 0);
    EXPECT_TRUE(QFile::exists(entry.sessionPath + QStringLiteral(".corrupt")));
}

TEST_F(RecoveryTest, DamagedSidecarIsReportedAndMovedAside) {
    ASSERT_TRUE(store.write(QStringLiteral("k1"), userFile, sampleSession(QStringLiteral("A"))));
    writeAll(store.sidecarPath(QStringLiteral("k1")), "{\"format\": \"tandem-recov");
    QStringList problems;
    EXPECT_TRUE(store.pending(&problems).empty());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("k1.json")));
    EXPECT_EQ(filesInStore(), (QStringList{QStringLiteral("k1.json.corrupt"),
                                           QStringLiteral("k1.tandem.yaml.corrupt")}));
}

TEST_F(RecoveryTest, SidecarWithoutSessionIsDropped) {
    ASSERT_TRUE(store.write(QStringLiteral("k1"), userFile, sampleSession(QStringLiteral("A"))));
    orphan(store, QStringLiteral("k1"));
    QFile::remove(store.sessionPath(QStringLiteral("k1")));
    EXPECT_TRUE(store.pending().empty());
    EXPECT_TRUE(filesInStore().isEmpty());
}

TEST_F(RecoveryTest, MissingFolderHasNothingPending) {
    EXPECT_TRUE(store.pending().empty());
    store.remove(QStringLiteral("nothing"));
}

TEST_F(RecoveryTest, KeysAreSafeFileNames) {
    ASSERT_TRUE(
        store.write(QStringLiteral("../escape/me"), userFile, sampleSession(QStringLiteral("A"))));
    EXPECT_EQ(filesInStore(), (QStringList{QStringLiteral("___escape_me.json"),
                                           QStringLiteral("___escape_me.tandem.yaml")}));
    const QString key = RecoveryStore::newSessionKey();
    EXPECT_FALSE(key.isEmpty());
    EXPECT_NE(key, RecoveryStore::newSessionKey());
}

TEST(Recovery, ProcessLiveness) {
    EXPECT_TRUE(isProcessRunning(QCoreApplication::applicationPid()));
    EXPECT_FALSE(isProcessRunning(0));
    EXPECT_FALSE(isProcessRunning(-1));
    EXPECT_FALSE(isProcessRunning(2147483600));
}

} // namespace
