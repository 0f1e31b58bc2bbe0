// A link's weight in the inspector's link list (issue 15): shown in the
// user's locale, the default 1 said in the empty field, typed in either
// form, each change one undo step, and anything out of range refused in
// place with the reason. And undo of the session's currency and period.

#include "document.h"
#include "linklist.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

namespace tandem {
namespace {

Session weighted() {
    Session session;
    session.info.title = QStringLiteral("Weights");
    Element stream;
    stream.id = QStringLiteral("rs-1");
    stream.text = QStringLiteral("Subscriptions");
    stream.amount = Figure{100, {}};
    session.state.elements(Block::RevenueStreams).push_back(stream);
    for (const char* id : {"vp-1", "vp-2"}) {
        Element promise;
        promise.id = QString::fromLatin1(id);
        promise.text = QStringLiteral("Promise %1").arg(promise.id);
        session.state.elements(Block::ValuePropositions).push_back(promise);
    }
    Link plain;
    plain.from = QStringLiteral("rs-1");
    plain.to = QStringLiteral("vp-1");
    plain.kind = LinkKind::Supports;
    Link heavy = plain;
    heavy.to = QStringLiteral("vp-2");
    heavy.weight = Figure{3, QStringLiteral("3")};
    session.state.links = {plain, heavy};
    return session;
}

int rowTo(const LinkListWidget& list, const char* other) {
    for (int row = 0; row < list.count(); ++row) {
        if (list.otherEndAt(row) == QLatin1String(other))
            return row;
    }
    return -1;
}

double weightTo(const Document& document, const char* other) {
    for (const Link& link : document.state().links) {
        if (link.to == QLatin1String(other))
            return link.weight ? link.weight->value : -1; // -1: no weight, the default
    }
    return -2;
}

// Types into a row's field as a user does: the text, then Enter.
void typeWeight(LinkListWidget& list, int row, const QString& text) {
    QLineEdit* edit = list.weightEditAt(row);
    ASSERT_NE(edit, nullptr);
    edit->setText(text);
    Q_EMIT edit->editingFinished();
}

TEST(LinkWeight, ShownInTheLocaleWithTheDefaultSaidPlainly) {
    Document document;
    document.resetSession(weighted());
    LinkListWidget list(&document);
    list.setLocale(QLocale(QLocale::German, QLocale::Germany));
    list.showLinksOf(QStringLiteral("rs-1"));
    ASSERT_EQ(list.count(), 2);
    QLineEdit* plain = list.weightEditAt(rowTo(list, "vp-1"));
    ASSERT_NE(plain, nullptr);
    EXPECT_TRUE(plain->text().isEmpty());
    EXPECT_EQ(plain->placeholderText(), QStringLiteral("1 (default)"));
    EXPECT_EQ(list.weightEditAt(rowTo(list, "vp-2"))->text(), QStringLiteral("3"));
    EXPECT_FALSE(plain->accessibleName().isEmpty());
}

TEST(LinkWeight, TypingSetsItAsOneStepAndOutOfRangeIsRefusedInPlace) {
    Document document;
    document.resetSession(weighted());
    LinkListWidget list(&document);
    list.setLocale(QLocale(QLocale::German, QLocale::Germany));
    list.showLinksOf(QStringLiteral("rs-1"));

    typeWeight(list, rowTo(list, "vp-1"), QStringLiteral("2,5"));
    // The change is queued (it rebuilds the row being typed in).
    EXPECT_TRUE(QTest::qWaitFor([&] { return weightTo(document, "vp-1") == 2.5; }));
    EXPECT_EQ(document.undoStack()->count(), 1);
    list.showLinksOf(QStringLiteral("rs-1"));
    EXPECT_EQ(list.weightEditAt(rowTo(list, "vp-1"))->text(), QStringLiteral("2,5"));

    for (const char* refused : {"0", "-1", "2000000", "schwer"}) {
        const int row = rowTo(list, "vp-1");
        typeWeight(list, row, QString::fromLatin1(refused));
        QCoreApplication::processEvents();
        QLabel* problem = list.weightProblemAt(row);
        ASSERT_NE(problem, nullptr);
        EXPECT_FALSE(problem->isHidden()) << refused;
        EXPECT_FALSE(problem->text().isEmpty()) << refused;
        // The typed text stays to be mended; the link keeps its weight.
        EXPECT_EQ(list.weightEditAt(row)->text(), QString::fromLatin1(refused));
        EXPECT_EQ(weightTo(document, "vp-1"), 2.5);
        EXPECT_EQ(document.undoStack()->count(), 1);
    }
    EXPECT_TRUE(
        list.weightProblemAt(rowTo(list, "vp-1"))->text().contains(QLatin1String("weight")));

    // Mended: the reason goes.
    list.setWeight(rowTo(list, "vp-1"), QStringLiteral("4"));
    EXPECT_EQ(weightTo(document, "vp-1"), 4.0);
    EXPECT_EQ(document.undoStack()->count(), 2);

    // 1, or nothing, is the default: the file names no weight.
    list.setWeight(rowTo(list, "vp-2"), QStringLiteral("1"));
    EXPECT_EQ(weightTo(document, "vp-2"), -1);
    list.setWeight(rowTo(list, "vp-1"), QString());
    EXPECT_EQ(weightTo(document, "vp-1"), -1);
    EXPECT_EQ(document.undoStack()->count(), 4);
    // The same weight again is no step.
    list.setWeight(rowTo(list, "vp-1"), QStringLiteral("1"));
    EXPECT_EQ(document.undoStack()->count(), 4);

    // Each undo takes back one change.
    document.undoStack()->undo();
    EXPECT_EQ(weightTo(document, "vp-1"), 4.0);
    document.undoStack()->undo();
    EXPECT_EQ(weightTo(document, "vp-2"), 3.0);
    document.undoStack()->undo();
    EXPECT_EQ(weightTo(document, "vp-1"), 2.5);
    document.undoStack()->undo();
    EXPECT_EQ(weightTo(document, "vp-1"), -1);
    EXPECT_EQ(document.state(), weighted().state);
}

// Currency and period are one step each way, like every money edit.
TEST(MoneyUndo, CurrencyAndPeriod) {
    Document document;
    document.resetSession(weighted());
    SessionInfo info = document.info();
    info.currency = QStringLiteral("CHF");
    info.period = QStringLiteral("quarter");
    document.setSessionInfo(info);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.info().currency, QStringLiteral("CHF"));
    document.undoStack()->undo();
    EXPECT_TRUE(document.info().currency.isEmpty());
    EXPECT_TRUE(document.info().period.isEmpty());
    document.undoStack()->redo();
    EXPECT_EQ(document.info().period, QStringLiteral("quarter"));
}

} // namespace
} // namespace tandem
