// The inspector's amount field (issue 15): typed in either form or as 12k,
// set as one undo step, refused in place with the reason, and shown in the
// user's locale with the session's currency.

#include "amountfield.h"
#include "document.h"

#include <QLabel>
#include <QLineEdit>

#include <gtest/gtest.h>

namespace tandem {
namespace {

Session withRevenue() {
    Session session;
    session.info.title = QStringLiteral("Money");
    session.info.currency = QStringLiteral("EUR");
    Element stream;
    stream.id = QStringLiteral("rs-1");
    stream.text = QStringLiteral("Subscriptions");
    stream.amount = Figure{1234.5, {}};
    session.state.elements(Block::RevenueStreams).push_back(stream);
    return session;
}

void type(AmountField& field, const QString& text) {
    field.edit()->setText(text);
    Q_EMIT field.edit()->editingFinished();
}

TEST(AmountFieldTest, ShowsTheAmountInTheUsersLocale) {
    Document document;
    document.resetSession(withRevenue());
    AmountField field(&document);
    field.setLocale(QLocale(QLocale::German, QLocale::Germany));
    field.showElement(QStringLiteral("rs-1"));
    EXPECT_EQ(field.edit()->text(), QString::fromUtf8("1.234,50\u00a0€"));
    field.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    field.showElement(QString());
    field.showElement(QStringLiteral("rs-1"));
    EXPECT_EQ(field.edit()->text(), QString::fromUtf8("€1,234.50"));
}

TEST(AmountFieldTest, TypingSetsItAsOneStepAndNonsenseIsRefusedInPlace) {
    Document document;
    document.resetSession(withRevenue());
    AmountField field(&document);
    field.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    field.showElement(QStringLiteral("rs-1"));
    type(field, QStringLiteral("12k"));
    EXPECT_EQ(document.element(QStringLiteral("rs-1"))->amount->value, 12000.0);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(field.problemLabel()->isHidden());

    type(field, QStringLiteral("a lot"));
    EXPECT_FALSE(field.problemLabel()->isHidden());
    EXPECT_TRUE(field.problemLabel()->text().contains(QLatin1String("not an amount")));
    EXPECT_EQ(field.edit()->text(), QStringLiteral("a lot")); // kept to be mended
    EXPECT_EQ(document.element(QStringLiteral("rs-1"))->amount->value, 12000.0);
    EXPECT_EQ(document.undoStack()->count(), 1);

    type(field, QString());
    EXPECT_FALSE(document.element(QStringLiteral("rs-1"))->amount.has_value());
    EXPECT_TRUE(field.problemLabel()->isHidden());
    document.undoStack()->undo();
    EXPECT_EQ(document.element(QStringLiteral("rs-1"))->amount->value, 12000.0);
}

} // namespace
} // namespace tandem
