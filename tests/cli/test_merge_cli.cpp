// `tandem merge` and `tandem fmt` as the real executable, and `tandem merge`
// as git's merge driver in a real `git merge`, set up exactly as
// docs/git-merge.md says.

#include "testtime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome run(const QString& program, const QStringList& arguments, const QString& workDir = {},
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    Outcome result;
    if (!process.waitForStarted(tandem::test::scaledMs(10000)) ||
        !process.waitForFinished(tandem::test::scaledMs(60000))) {
        ADD_FAILURE() << "cannot run " << program.toStdString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Outcome tandem(const QStringList& arguments) {
    return run(QStringLiteral(TANDEM_BINARY), arguments);
}

QString mergeCase(const QString& name, const QString& file) {
    return QStringLiteral(TANDEM_TEST_DATA "/merge/%1/%2.tandem.yaml").arg(name, file);
}

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

class MergeCliTest : public ::testing::Test {
protected:
    // A copy of a case's ours, to be overwritten as git would.
    QString oursCopy(const QString& name) {
        const QString path = dir.filePath(QStringLiteral("ours.tandem.yaml"));
        QFile::remove(path);
        EXPECT_TRUE(QFile::copy(mergeCase(name, QStringLiteral("ours")), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }
    Outcome mergeOver(const QString& name, const QString& ours) {
        return tandem({QStringLiteral("merge"), mergeCase(name, QStringLiteral("base")), ours,
                       mergeCase(name, QStringLiteral("theirs"))});
    }

    QTemporaryDir dir;
};

TEST_F(MergeCliTest, CleanMergeWritesOverOursAndExitsZero) {
    const QString name = QStringLiteral("01-both-add-note-same-block");
    const QString ours = oursCopy(name);
    const Outcome result = mergeOver(name, ours);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(bytesOf(ours), bytesOf(mergeCase(name, QStringLiteral("expected"))));
    EXPECT_EQ(tandem({QStringLiteral("fmt"), QStringLiteral("--check"), ours}).exitCode, 0);
}

TEST_F(MergeCliTest, ConflictsExitOneAreListedAndCheckFailsUntilResolved) {
    const QString name = QStringLiteral("06-both-edit-text");
    const QString ours = oursCopy(name);
    const Outcome result = mergeOver(name, ours);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains("element vp-fresh, text")) << result.err.toStdString();
    EXPECT_EQ(bytesOf(ours), bytesOf(mergeCase(name, QStringLiteral("expected"))));

    const Outcome check =
        tandem({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), ours});
    EXPECT_EQ(check.exitCode, 1);
    const QJsonArray conflicts = QJsonDocument::fromJson(check.out)["conflicts"].toArray();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts[0]["field"].toString(), QStringLiteral("text"));
    EXPECT_EQ(conflicts[0]["theirs"].toString(), QStringLiteral("Beans in 48 hours"));
    const Outcome text = tandem({QStringLiteral("check"), ours});
    EXPECT_TRUE(text.out.contains("Unresolved merge conflicts: 1")) << text.out.toStdString();
}

TEST_F(MergeCliTest, ASideThatCannotLoadExitsTwoAndLeavesOursUntouched) {
    const QString name = QStringLiteral("15-side-not-a-session");
    const QString ours = oursCopy(name);
    const QByteArray before = bytesOf(ours);
    const Outcome result = mergeOver(name, ours);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("theirs.tandem.yaml:11: duplicate id"))
        << result.err.toStdString();
    EXPECT_EQ(bytesOf(ours), before);
}

TEST_F(MergeCliTest, OutputWritesElsewhereAndLeavesOursAlone) {
    const QString name = QStringLiteral("02-edit-text-and-recolour");
    const QString out = dir.filePath(QStringLiteral("merged.tandem.yaml"));
    const Outcome result =
        tandem({QStringLiteral("merge"), QStringLiteral("--output"), out,
                mergeCase(name, QStringLiteral("base")), mergeCase(name, QStringLiteral("ours")),
                mergeCase(name, QStringLiteral("theirs"))});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(bytesOf(out), bytesOf(mergeCase(name, QStringLiteral("expected"))));
    EXPECT_EQ(tandem({QStringLiteral("merge"), out}).exitCode, 2);
}

TEST_F(MergeCliTest, FmtRewritesAndCheckNamesFilesNotCanonical) {
    const QString path = dir.filePath(QStringLiteral("loose.tandem.yaml"));
    write(path, "format: tandem/1\nsession: {title: Loose}\nlinks: []\n");
    const Outcome checked = tandem({QStringLiteral("fmt"), QStringLiteral("--check"), path});
    EXPECT_EQ(checked.exitCode, 1);
    EXPECT_TRUE(checked.out.contains("loose.tandem.yaml: not in canonical form"));
    EXPECT_EQ(bytesOf(path), QByteArray("format: tandem/1\nsession: {title: Loose}\nlinks: []\n"));
    EXPECT_EQ(tandem({QStringLiteral("fmt"), path}).exitCode, 0);
    EXPECT_EQ(bytesOf(path), QByteArray("format: tandem/1\nsession:\n  title: Loose\n"
                                        "business_model: {}\noperating_model: {}\nlinks: []\n"));
    EXPECT_EQ(tandem({QStringLiteral("fmt"), QStringLiteral("--check"), path}).exitCode, 0);
    const QString broken = dir.filePath(QStringLiteral("broken.tandem.yaml"));
    write(broken, "format: tandem/1\nsession: [\n");
    const Outcome bad = tandem({QStringLiteral("fmt"), broken});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("broken.tandem.yaml:")) << bad.err.toStdString();
    EXPECT_EQ(bytesOf(broken), QByteArray("format: tandem/1\nsession: [\n"));
}

// A real repository, HOME in the test's folder, tandem on PATH as "tandem",
// and the two lines of docs/git-merge.md.
class GitMergeTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
        ASSERT_TRUE(
            QFile::link(QStringLiteral(TANDEM_BINARY), dir.filePath(QStringLiteral("bin/tandem"))));
        repo = dir.filePath(QStringLiteral("repo"));
        ASSERT_TRUE(QDir().mkpath(repo));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("PATH"),
                   dir.filePath(QStringLiteral("bin")) + QLatin1Char(':') + env.value("PATH"));
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
             QStringLiteral("main")});
        git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ada")});
        git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("a@x.org")});
        // The set-up of docs/git-merge.md.
        write(repo + QStringLiteral("/.gitattributes"), "*.tandem.yaml merge=tandem\n");
        git({QStringLiteral("config"), QStringLiteral("merge.tandem.driver"),
             QStringLiteral("tandem merge %O %A %B")});
    }
    Outcome git(const QStringList& arguments) {
        const Outcome result = run(QStringLiteral("git"), arguments, repo, env);
        return result;
    }
    void commitCase(const QString& name, const QString& side, const QString& message) {
        write(repo + QStringLiteral("/session.tandem.yaml"), bytesOf(mergeCase(name, side)));
        git({QStringLiteral("add"), QStringLiteral(".")});
        EXPECT_EQ(git({QStringLiteral("commit"), QStringLiteral("-qm"), message}).exitCode, 0);
    }
    // Base on main, ours on main, theirs on a branch; then merges it.
    Outcome mergeBranches(const QString& name) {
        commitCase(name, QStringLiteral("base"), QStringLiteral("base"));
        git({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("theirs")});
        commitCase(name, QStringLiteral("theirs"), QStringLiteral("theirs"));
        git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        commitCase(name, QStringLiteral("ours"), QStringLiteral("ours"));
        return git(
            {QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("theirs")});
    }

    QTemporaryDir dir;
    QString repo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
};

TEST_F(GitMergeTest, TwoNotesAddedToOneBlockMergeCleanly) {
    const QString name = QStringLiteral("01-both-add-note-same-block");
    const Outcome merged = mergeBranches(name);
    EXPECT_EQ(merged.exitCode, 0) << merged.out.toStdString() << merged.err.toStdString();
    EXPECT_EQ(bytesOf(repo + QStringLiteral("/session.tandem.yaml")),
              bytesOf(mergeCase(name, QStringLiteral("expected"))));
    EXPECT_TRUE(git({QStringLiteral("status"), QStringLiteral("--porcelain")}).out.isEmpty());
}

TEST_F(GitMergeTest, ARealConflictLeavesALoadableFileThatCheckRefuses) {
    const QString name = QStringLiteral("04-remove-segment-vs-link");
    const Outcome merged = mergeBranches(name);
    EXPECT_NE(merged.exitCode, 0);
    const QString file = repo + QStringLiteral("/session.tandem.yaml");
    EXPECT_EQ(bytesOf(file), bytesOf(mergeCase(name, QStringLiteral("expected"))));
    EXPECT_EQ(tandem({QStringLiteral("check"), file}).exitCode, 1);
    EXPECT_TRUE(git({QStringLiteral("status"), QStringLiteral("--porcelain")})
                    .out.contains("UU session.tandem.yaml"));
}

} // namespace
