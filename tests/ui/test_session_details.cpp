// Session details dialog, the window title and New from Template.

#include "document.h"
#include "menuplaces.h"
#include "sessiondetailsdialog.h"
#include "sessionfeature.h"
#include "sessiontesthelpers.h"
#include "sessionwriter.h"
#include "snapshotcommands.h"
#include "votes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>

namespace tandem::test {

namespace {

using SessionDetailsTest = WindowTest;

QSet<QString> allIds(const CanvasState& state) {
    QSet<QString> ids;
    for (const auto& elements : state.blocks) {
        for (const Element& element : elements)
            ids.insert(element.id);
    }
    for (const ValueChain& chain : state.chains) {
        ids.insert(chain.id);
        for (const Element& stage : chain.stages)
            ids.insert(stage.id);
    }
    return ids;
}

TEST_F(SessionDetailsTest, DialogRoundTripIsOneUndoStepAndShowsInTitle) {
    const SessionInfo before = doc()->info();
    const int steps = doc()->undoStack()->count();
    ModalAnswer<SessionDetailsDialog> answer([](SessionDetailsDialog* dialog) {
        dialog->titleEdit()->setText(QStringLiteral("  Roastery 2027  "));
        dialog->organisationEdit()->setText(QStringLiteral("Northwind"));
        dialog->facilitatorEdit()->setText(QStringLiteral("Bo Chen"));
        dialog->participantsEdit()->setPlainText(QStringLiteral("Ada, Bo ,  Chiara"));
        dialog->dateEdit()->setDate(QDate(2027, 1, 14));
        dialog->notesEdit()->setPlainText(QStringLiteral("Decide the roasting shift."));
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    EXPECT_TRUE(window->feature<SessionFeature>()->editDetails());
    EXPECT_TRUE(answer.seen());

    const SessionInfo& info = doc()->info();
    EXPECT_EQ(info.title, QStringLiteral("Roastery 2027"));
    EXPECT_EQ(info.organisation, QStringLiteral("Northwind"));
    EXPECT_EQ(info.facilitator, QStringLiteral("Bo Chen"));
    EXPECT_EQ(info.participants,
              (QStringList{QStringLiteral("Ada"), QStringLiteral("Bo"), QStringLiteral("Chiara")}));
    EXPECT_EQ(info.date, QStringLiteral("2027-01-14"));
    EXPECT_EQ(info.notes, QStringLiteral("Decide the roasting shift."));
    EXPECT_EQ(doc()->undoStack()->count(), steps + 1);
    EXPECT_TRUE(doc()->isModified());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("Roastery 2027")))
        << window->windowTitle().toStdString();

    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->info(), before);
    EXPECT_TRUE(window->windowTitle().contains(before.title));
}

TEST_F(SessionDetailsTest, UntouchedFieldsStayExactlyAsTheFileHadThem) {
    SessionInfo info = doc()->info();
    info.participants = {QStringLiteral("Smith, Ada")};
    info.date = QStringLiteral("2027-Q1");
    info.notes = QStringLiteral("Line\n");
    SessionDetailsDialog dialog(info);
    EXPECT_EQ(dialog.info(), info);
    EXPECT_EQ(dialog.dateEdit()->date(), SessionDetailsDialog::noDate());
    // Picking "no date" on purpose clears it.
    dialog.dateEdit()->setDate(QDate(2027, 2, 1));
    dialog.dateEdit()->setDate(SessionDetailsDialog::noDate());
    EXPECT_EQ(dialog.info().date, QString());
}

TEST_F(SessionDetailsTest, TitleIsRequired) {
    SessionDetailsDialog dialog(doc()->info());
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    dialog.titleEdit()->setText(QStringLiteral("   "));
    EXPECT_FALSE(ok->isEnabled());
    dialog.titleEdit()->setText(QStringLiteral("A title"));
    EXPECT_TRUE(ok->isEnabled());
}

TEST_F(SessionDetailsTest, ParticipantsOnePerLineOrCommas) {
    using D = SessionDetailsDialog;
    EXPECT_EQ(D::parseParticipants(QStringLiteral("Ada, Bo")),
              (QStringList{QStringLiteral("Ada"), QStringLiteral("Bo")}));
    EXPECT_EQ(D::parseParticipants(QStringLiteral("Smith, Ada\nBo\n\n")),
              (QStringList{QStringLiteral("Smith, Ada"), QStringLiteral("Bo")}));
    EXPECT_EQ(D::parseParticipants(QStringLiteral("  ")), QStringList());
    EXPECT_EQ(D::parseParticipants(QStringLiteral("Ada,Ada")), QStringList{QStringLiteral("Ada")});
}

TEST_F(SessionDetailsTest, CancelChangesNothing) {
    const int steps = doc()->undoStack()->count();
    ModalAnswer<SessionDetailsDialog> answer([](SessionDetailsDialog* dialog) {
        dialog->titleEdit()->setText(QStringLiteral("Not this"));
        dialog->reject();
    });
    EXPECT_FALSE(window->feature<SessionFeature>()->editDetails());
    EXPECT_EQ(doc()->undoStack()->count(), steps);
}

TEST_F(SessionDetailsTest, DoubleClickOnCanvasHeaderOpensDetails) {
    ModalAnswer<SessionDetailsDialog> answer([](SessionDetailsDialog* dialog) {
        dialog->titleEdit()->setText(QStringLiteral("From the header"));
        dialog->accept();
    });
    const QPointF header = scene()->layout().headerRect(Canvas::Business).center();
    const QPoint pos = at(header);
    QTest::mouseDClick(viewport(), Qt::LeftButton, Qt::NoModifier, pos);
    ASSERT_TRUE(waitUntil([&] { return answer.seen(); }));
    ASSERT_TRUE(waitUntil([&] { return doc()->info().title == QLatin1String("From the header"); }));
}

TEST_F(SessionDetailsTest, FileMenuAndSessionMenuOfferTheDetails) {
    SessionFeature* feature = window->feature<SessionFeature>();
    EXPECT_TRUE(window->fileMenu()->actions().contains(feature->detailsAction()));
    EXPECT_TRUE(window->fileMenu()->actions().contains(feature->newFromTemplateAction()));
    QMenu* session = window->menuPlaces()->menu(QStringLiteral("session"));
    ASSERT_NE(session, nullptr);
    EXPECT_TRUE(window->menuBar()->actions().contains(session->menuAction()));
    EXPECT_TRUE(session->actions().contains(feature->detailsAction()));
}

TEST_F(SessionDetailsTest, NewFromTemplateRegeneratesIdsAndLeavesDetailsBehind) {
    // A source with a snapshot and votes, saved as a file.
    doc()->takeSnapshot(QStringLiteral("as-is"));
    const Element* fresh = doc()->element(QStringLiteral("vp-fresh"));
    doc()->editElement(QStringLiteral("vp-fresh"),
                       withVoteAdded(*fresh, QStringLiteral("Ada Park"), 2),
                       QStringLiteral("vote"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("last-year.tandem.yaml"));
    QString error;
    ASSERT_TRUE(SessionWriter::saveFile(doc()->session(), path, &error)) << error.toStdString();
    const Session source = doc()->session();
    doc()->markSaved();

    ASSERT_TRUE(window->feature<SessionFeature>()->newFromTemplate(path));
    const Session& made = doc()->session();
    EXPECT_TRUE(doc()->filePath().isEmpty());
    EXPECT_FALSE(doc()->isModified());
    EXPECT_NE(made.info.title, source.info.title);
    EXPECT_TRUE(made.info.participants.isEmpty());
    EXPECT_TRUE(made.snapshots.empty());
    EXPECT_EQ(totalVotes(made.state), 0);
    EXPECT_EQ(made.state.elementCount(), source.state.elementCount());
    EXPECT_TRUE(allIds(made.state).intersect(allIds(source.state)).isEmpty());
    EXPECT_EQ(made.state.links.size(), source.state.links.size());
    // The canvas shows the new ids.
    EXPECT_EQ(scene()->noteCount(), made.state.elementCount());
    EXPECT_NE(scene()->noteItem(made.state.elements(Block::ValuePropositions).front().id), nullptr);
}

TEST_F(SessionDetailsTest, NewFromBrokenTemplateSaysWhyAndKeepsTheSession) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.tandem.yaml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("format: tandem/1\nsession: [\n");
    file.close();
    const Session before = doc()->session();
    DialogCatcher dialog;
    EXPECT_FALSE(window->feature<SessionFeature>()->newFromTemplate(path));
    EXPECT_TRUE(dialog.seen());
    EXPECT_EQ(doc()->session(), before);
}

} // namespace

// Currency and period of the amounts (issue 15): set in Session Details,
// written as codes; an untouched session keeps naming neither.
TEST(SessionDetailsMoney, CurrencyAndPeriod) {
    SessionInfo info;
    info.title = QStringLiteral("Money");
    {
        SessionDetailsDialog untouched(info);
        EXPECT_EQ(untouched.info(), info);
    }
    SessionDetailsDialog dialog(info);
    dialog.currencyBox()->setEditText(QStringLiteral("chf"));
    dialog.periodBox()->setCurrentIndex(dialog.periodBox()->findData(QStringLiteral("month")));
    EXPECT_EQ(dialog.info().currency, QStringLiteral("CHF"));
    EXPECT_EQ(dialog.info().period, QStringLiteral("month"));
    // Two letters are not a currency: OK waits for the third.
    dialog.currencyBox()->setEditText(QStringLiteral("EU"));
    EXPECT_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.currencyBox()->setEditText(QString());
    EXPECT_TRUE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_TRUE(dialog.info().currency.isEmpty());
}

} // namespace tandem::test
