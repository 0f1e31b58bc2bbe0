// Recovery at start: what a crashed Tandem autosaved is offered back, and
// restored, shown or discarded; damaged copies are set aside, never applied.

#include "autosave.h"
#include "document.h"
#include "recoverydialog.h"
#include "recoveryoffer.h"
#include "sessionfeature.h"
#include "sessiontesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

namespace tandem::test {

namespace {

// A process id no process has right now.
qint64 deadPid() {
    for (qint64 pid = 4194000; pid > 300000; pid -= 997) {
        if (!isProcessRunning(pid))
            return pid;
    }
    return 0;
}

class RecoveryTest : public ::testing::Test {
protected:
    void SetUp() override {
        first = new MainWindow;
        first->setAttribute(Qt::WA_DeleteOnClose);
        first->newFromBlankTemplate();
        first->feature<SessionFeature>()->autosave()->setDirectory(dir.path());
        first->show();
    }
    void TearDown() override {
        // Menus are top-level widgets too and go with their window: collect first.
        QList<QPointer<MainWindow>> windows;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<MainWindow*>(widget))
                windows.append(window);
        }
        for (const QPointer<MainWindow>& window : windows) {
            if (window) {
                window->document()->markSaved();
                delete window.data();
            }
        }
    }

    // What a Tandem that then crashed left behind: a recovery copy written
    // by a process that is gone.
    QString leaveBehind(const Session& session, const QString& original) {
        RecoveryStore store(dir.path());
        const QString key = RecoveryStore::newSessionKey();
        EXPECT_TRUE(store.write(key, original, session));
        QFile sidecar(store.sidecarPath(key));
        EXPECT_TRUE(sidecar.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
        sidecar.close();
        json.insert(QStringLiteral("pid"), deadPid());
        EXPECT_TRUE(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sidecar.write(QJsonDocument(json).toJson());
        return key;
    }
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files, QDir::Name); }

    QTemporaryDir dir;
    MainWindow* first = nullptr;
};

Session editedExample() {
    Session session = exampleSession();
    Element note;
    note.id = QStringLiteral("kp-crash");
    note.text = QStringLiteral("Typed just before the crash");
    session.state.elements(Block::KeyPartners).push_back(note);
    return session;
}

TEST_F(RecoveryTest, RestoreBringsBackTheWorkUnderItsFileAsModified) {
    const Session lost = editedExample();
    const QString original = QStringLiteral("/home/ada/offsite.tandem.yaml");
    const QString key = leaveBehind(lost, original);

    RecoveryOffer offer(dir.path(), first);
    ASSERT_TRUE(offer.collect());
    ASSERT_EQ(offer.sessions().size(), 1u);
    EXPECT_TRUE(offer.problems().isEmpty());
    EXPECT_EQ(offer.sessions()[0].entry.originalPath, original);

    WindowHost* restored = offer.restore(0);
    ASSERT_EQ(restored, first); // the untouched start window is reused
    EXPECT_EQ(first->document()->session(), lost);
    EXPECT_EQ(first->document()->filePath(), original);
    EXPECT_TRUE(first->document()->isModified());
    EXPECT_TRUE(first->isWindowModified());
    EXPECT_NE(first->scene()->noteItem(QStringLiteral("kp-crash")), nullptr);
    // Safe again at once, under this process; the old copy is gone.
    Autosave* autosave = first->feature<SessionFeature>()->autosave();
    EXPECT_TRUE(autosave->hasRecoveryFile());
    EXPECT_FALSE(files().join(' ').contains(key));
    EXPECT_TRUE(RecoveryStore(dir.path()).pending().empty()); // ours: still running
}

TEST_F(RecoveryTest, ASecondSessionGetsAWindowOfItsOwn) {
    leaveBehind(editedExample(), {});
    Session other = exampleSession();
    other.info.title = QStringLiteral("Second");
    leaveBehind(other, {});
    RecoveryOffer offer(dir.path(), first);
    ASSERT_TRUE(offer.collect());
    ASSERT_EQ(offer.sessions().size(), 2u);
    WindowHost* a = offer.restore(0);
    WindowHost* b = offer.restore(1);
    EXPECT_EQ(a, first);
    EXPECT_NE(b, first);
    EXPECT_TRUE(a->document()->filePath().isEmpty()); // untitled stays untitled
    EXPECT_TRUE(b->document()->isModified());
}

TEST_F(RecoveryTest, ShowOpensACopyAndKeepsTheRecoveryFile) {
    const QString key = leaveBehind(editedExample(), QStringLiteral("/tmp/x.tandem.yaml"));
    RecoveryOffer offer(dir.path(), first);
    ASSERT_TRUE(offer.collect());
    WindowHost* shown = offer.show(0);
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(shown->document()->filePath().isEmpty());
    EXPECT_EQ(shown->document()->state(), editedExample().state);
    EXPECT_TRUE(files().join(' ').contains(key));
    // Restoring after a look reuses the same window.
    EXPECT_EQ(offer.restore(0), shown);
    EXPECT_EQ(shown->document()->filePath(), QStringLiteral("/tmp/x.tandem.yaml"));
}

TEST_F(RecoveryTest, DiscardDeletesTheCopy) {
    leaveBehind(editedExample(), {});
    RecoveryOffer offer(dir.path(), first);
    ASSERT_TRUE(offer.collect());
    offer.discard(0);
    EXPECT_TRUE(files().isEmpty()) << files().join(' ').toStdString();
    EXPECT_FALSE(RecoveryOffer(dir.path(), first).collect());
}

TEST_F(RecoveryTest, TruncatedCopyIsReportedSetAsideAndNeverApplied) {
    const QString key = leaveBehind(editedExample(), {});
    const QString good = leaveBehind(exampleSession(), {});
    RecoveryStore store(dir.path());
    QFile file(store.sessionPath(key));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2); // cut mid-write
    file.close();
    const Session before = first->document()->session();

    RecoveryOffer offer(dir.path(), first);
    ASSERT_TRUE(offer.collect());
    ASSERT_EQ(offer.problems().size(), 1);
    EXPECT_TRUE(offer.problems()[0].contains(QStringLiteral("incomplete")))
        << offer.problems()[0].toStdString();
    ASSERT_EQ(offer.sessions().size(), 1u);
    EXPECT_EQ(offer.sessions()[0].entry.key, good);
    EXPECT_EQ(first->document()->session(), before);
    EXPECT_TRUE(QFile::exists(store.sessionPath(key) + QStringLiteral(".corrupt")));

    // The next start is not bothered by it again.
    offer.discard(0);
    EXPECT_FALSE(RecoveryOffer(dir.path(), first).collect());
}

TEST_F(RecoveryTest, DialogListsSessionsAndProblemsAndAnswers) {
    leaveBehind(editedExample(), QStringLiteral("/home/ada/offsite.tandem.yaml"));
    leaveBehind(exampleSession(), {});
    RecoveryOffer offer(dir.path(), first);
    ASSERT_TRUE(offer.collect());
    RecoveryDialog dialog(offer.sessions(), {QStringLiteral("x.json: damaged")}, first);
    ASSERT_EQ(dialog.list()->topLevelItemCount(), 2);
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(1), QStringLiteral("offsite.tandem.yaml"));
    EXPECT_EQ(dialog.list()->topLevelItem(1)->text(1), QStringLiteral("never saved"));
    auto* problems = dialog.findChild<QLabel*>(QStringLiteral("recoveryProblems"));
    ASSERT_NE(problems, nullptr);
    EXPECT_TRUE(problems->text().contains(QStringLiteral("x.json: damaged")));

    std::vector<std::pair<int, RecoveryDialog::Answer>> answers;
    QObject::connect(
        &dialog, &RecoveryDialog::answered,
        [&](int index, RecoveryDialog::Answer answer) { answers.emplace_back(index, answer); });
    dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1));
    dialog.button(RecoveryDialog::Answer::Show)->click();
    EXPECT_FALSE(dialog.button(RecoveryDialog::Answer::Show)->isEnabled());
    dialog.button(RecoveryDialog::Answer::Discard)->click();
    EXPECT_EQ(dialog.list()->topLevelItemCount(), 1);
    dialog.button(RecoveryDialog::Answer::Restore)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(answers.size(), 3u);
    EXPECT_EQ(answers[0], std::make_pair(1, RecoveryDialog::Answer::Show));
    EXPECT_EQ(answers[1], std::make_pair(1, RecoveryDialog::Answer::Discard));
    EXPECT_EQ(answers[2], std::make_pair(0, RecoveryDialog::Answer::Restore));
}

TEST_F(RecoveryTest, NothingPendingMeansNoQuestion) {
    EXPECT_FALSE(RecoveryOffer(dir.path(), first).collect());
}

} // namespace

} // namespace tandem::test
