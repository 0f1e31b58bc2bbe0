// Money on the canvas (issue 15): each revenue stream's and cost's amount
// on its note, the totals per period in the two money headers, each value
// proposition's margin as a badge once the session has amounts, all in the
// user's locale and live as amounts, links, weights and the currency change.

#include "blockitem.h"
#include "canvasdecorations.h"
#include "canvasscene.h"
#include "document.h"
#include "noteitem.h"
#include "notelook.h"
#include "uitesthelpers.h"

#include <QUndoStack>

namespace tandem::test {

namespace {

const QLocale english(QLocale::English, QLocale::UnitedKingdom);

// The example session in a scene, with the figures in British English.
struct MoneyScene {
    explicit MoneyScene(Session session = exampleSession()) {
        document.resetSession(std::move(session));
        scene = std::make_unique<CanvasScene>(&document);
        decorations()->setLocale(english);
    }
    CanvasDecorations* decorations() const { return scene->decorations(); }
    NoteLook look(const char* id) const { return decorations()->lookOf(QString::fromLatin1(id)); }
    NoteItem* note(const char* id) const { return scene->noteItem(QString::fromLatin1(id)); }
    QString total(Block block) const { return scene->blockItem(block)->figure(); }
    // Lets the decorations catch up with an edit, as the next frame would.
    void settle() const { QCoreApplication::processEvents(); }

    Document document;
    std::unique_ptr<CanvasScene> scene;
};

Session withoutMoney() {
    Session session = exampleSession();
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (Element& element : session.state.elements(block))
            element.amount.reset();
    }
    return session;
}

TEST(MoneyCanvas, AmountsTotalsAndMarginsOfTheExample) {
    MoneyScene money;
    EXPECT_EQ(money.look("rs-subscriptions").amount, QString::fromUtf8("€574,000"));
    EXPECT_EQ(money.look("co-market").amount, QString::fromUtf8("€38,500"));
    // 338,000 + 126,000 + 296,000 + 52,000 + 38,500 + 24,000; 574,000 + 398,000 + 18,000.
    EXPECT_EQ(money.total(Block::CostStructure), QString::fromUtf8("€874,500 / year"));
    EXPECT_EQ(money.total(Block::RevenueStreams), QString::fromUtf8("€990,000 / year"));
    // Café blends: revenue 398,000 × 4/5 + 18,000 = 336,400; cost to serve
    // green 169,000 + shipping 42,000 + people 74,000 + 37,000 + energy 26,000.
    EXPECT_EQ(money.look("vp-cafe-menu").badge, QString::fromUtf8("\u2212€11,600"));
    EXPECT_EQ(money.look("vp-cafe-menu").badgeTone, NoteLook::Tone::Losing);
    EXPECT_EQ(money.look("vp-traceable").badge, QString::fromUtf8("+€165,100"));
    EXPECT_EQ(money.look("vp-traceable").badgeTone, NoteLook::Tone::Earning);
    EXPECT_EQ(money.look("vp-refill").badge, QString::fromUtf8("\u2212€24,000"));
    // Only money notes have amounts, only promises badges.
    EXPECT_TRUE(money.look("ka-roasting").amount.isEmpty());
    EXPECT_TRUE(money.look("ka-roasting").badge.isEmpty());
    EXPECT_TRUE(money.look("rs-wholesale").badge.isEmpty());
    // The mirror in the operating canvas shows the margin too.
    EXPECT_EQ(money.scene->mirrorItem(QStringLiteral("vp-cafe-menu"))->look().badge,
              money.look("vp-cafe-menu").badge);
    EXPECT_EQ(money.note("vp-cafe-menu")->look(), money.look("vp-cafe-menu"));
}

TEST(MoneyCanvas, NotesMakeRoomForTheirFigures) {
    MoneyScene money;
    const auto heightOf = [&](const char* id) { return money.note(id)->size().height(); };
    const auto measured = [&](const char* id) {
        return NoteItem::heightFor(*money.document.element(QString::fromLatin1(id)));
    };
    // An amount takes a line of its own; a badge its room under the tags.
    Element unpriced = *money.document.element(QStringLiteral("rs-subscriptions"));
    unpriced.amount.reset();
    EXPECT_DOUBLE_EQ(measured("rs-subscriptions"),
                     NoteItem::heightFor(unpriced) + notelook::amountLineHeight());
    EXPECT_DOUBLE_EQ(heightOf("rs-subscriptions"), measured("rs-subscriptions"));
    for (const char* id : {"vp-fresh", "vp-traceable", "vp-cafe-menu", "vp-refill"}) {
        EXPECT_DOUBLE_EQ(heightOf(id), measured(id) + notelook::badgeRoom()) << id;
        EXPECT_DOUBLE_EQ(money.scene->mirrorItem(QString::fromLatin1(id))->size().height(),
                         heightOf(id))
            << id;
    }
    // Placed with their new size: no two promises overlap.
    const QStringList promises{"vp-fresh", "vp-traceable", "vp-cafe-menu", "vp-refill"};
    for (const QString& a : promises) {
        for (const QString& b : promises) {
            if (a < b) {
                EXPECT_FALSE(money.scene->noteItem(a)->sceneCard().intersects(
                    money.scene->noteItem(b)->sceneCard()))
                    << a.toStdString() << " " << b.toStdString();
            }
        }
    }
    // Without money, no badge and no room for one.
    MoneyScene plain(withoutMoney());
    EXPECT_TRUE(plain.look("vp-fresh").badge.isEmpty());
    EXPECT_DOUBLE_EQ(plain.note("vp-fresh")->size().height(),
                     NoteItem::heightFor(*plain.document.element(QStringLiteral("vp-fresh"))));
    EXPECT_TRUE(plain.total(Block::CostStructure).isEmpty());
    EXPECT_TRUE(plain.total(Block::RevenueStreams).isEmpty());
}

TEST(MoneyCanvas, FollowsAmountsWeightsLinksAndCurrencyLive) {
    MoneyScene money;
    Document& document = money.document;
    document.setElementAmount(QStringLiteral("rs-training"), Figure{30000, {}});
    money.settle();
    EXPECT_EQ(money.look("rs-training").amount, QString::fromUtf8("€30,000"));
    EXPECT_EQ(money.total(Block::RevenueStreams), QString::fromUtf8("€1,002,000 / year"));
    EXPECT_EQ(money.look("vp-cafe-menu").badge, QString::fromUtf8("+€400")); // −11,600 + 12,000
    document.undoStack()->undo();
    money.settle();
    EXPECT_EQ(money.look("vp-cafe-menu").badge, QString::fromUtf8("\u2212€11,600"));

    // Subscriptions split 1:1 instead of 3:1: fresh earns 287,000 of them.
    Link subscriptions;
    for (const Link& link : document.state().links) {
        if (link.from == QLatin1String("rs-subscriptions") && link.to == QLatin1String("vp-fresh"))
            subscriptions = link;
    }
    Link even = subscriptions;
    even.weight.reset();
    document.editLink(subscriptions, even);
    money.settle();
    EXPECT_EQ(money.look("vp-fresh").badge, QString::fromUtf8("\u2212€119,000"));
    EXPECT_EQ(money.look("vp-fresh").badgeTone, NoteLook::Tone::Losing);

    // Unlinked, the refill pilot's cost stops there: no money reaches the
    // tins, and a promise with no money behind it has no badge (not "€0"),
    // nor the room for one.
    Link pilot;
    for (const Link& link : document.state().links) {
        if (link.from == QLatin1String("co-refill-pilot"))
            pilot = link;
    }
    document.removeLink(pilot);
    money.settle();
    EXPECT_TRUE(money.look("vp-refill").badge.isEmpty());
    EXPECT_DOUBLE_EQ(money.note("vp-refill")->size().height(),
                     NoteItem::heightFor(*document.element(QStringLiteral("vp-refill"))));
    EXPECT_FALSE(money.look("vp-fresh").badge.isEmpty());
    document.undoStack()->undo();
    money.settle();
    EXPECT_EQ(money.look("vp-refill").badge, QString::fromUtf8("\u2212€24,000"));

    SessionInfo info = document.info();
    info.currency = QStringLiteral("CHF");
    info.period = QStringLiteral("quarter");
    document.setSessionInfo(info);
    money.settle();
    EXPECT_TRUE(money.look("rs-subscriptions").amount.contains(QLatin1String("CHF")));
    EXPECT_TRUE(money.total(Block::CostStructure).endsWith(QLatin1String(" / quarter")));
    document.undoStack()->undo();
    money.settle();
    EXPECT_EQ(money.total(Block::CostStructure), QString::fromUtf8("€874,500 / year"));

    // The last amount gone, the badges and totals go with it.
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (const Element& element : document.state().elements(block))
            document.setElementAmount(element.id, std::nullopt);
    }
    money.settle();
    EXPECT_TRUE(money.look("vp-fresh").badge.isEmpty());
    EXPECT_TRUE(money.total(Block::RevenueStreams).isEmpty());
    EXPECT_DOUBLE_EQ(money.note("vp-fresh")->size().height(),
                     NoteItem::heightFor(*document.element(QStringLiteral("vp-fresh"))));
}

// Revenue and cost that cancel out are a promise breaking even: "€0".
TEST(MoneyCanvas, ABreakEvenPromiseShowsZero) {
    MoneyScene money;
    Document& document = money.document;
    // The training days' revenue split evenly between the café menu and the
    // tins: 24,000 each, as much as the refill pilot costs.
    Link training;
    training.from = QStringLiteral("rs-training");
    training.to = QStringLiteral("vp-refill");
    training.kind = LinkKind::Supports;
    ASSERT_TRUE(document.addLink(training).isEmpty());
    document.setElementAmount(QStringLiteral("rs-training"), Figure{48000, {}});
    money.settle();
    EXPECT_EQ(money.look("vp-refill").badge, QString::fromUtf8("€0"));
    EXPECT_EQ(money.look("vp-refill").badgeTone, NoteLook::Tone::Neutral);
}

TEST(MoneyCanvas, InTheUsersLocale) {
    MoneyScene money;
    money.decorations()->setLocale(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(money.look("rs-subscriptions").amount, QString::fromUtf8("574.000\u00a0€"));
    EXPECT_EQ(money.look("vp-traceable").badge, QString::fromUtf8("+165.100\u00a0€"));
    EXPECT_TRUE(money.total(Block::CostStructure).startsWith(QString::fromUtf8("874.500\u00a0€")));
}

// A note made after the figures were worked out gets its look at once, and
// an export right after an edit shows the edit.
TEST(MoneyCanvas, NewNotesAndExportsAreNeverBehind) {
    MoneyScene money;
    Element cost;
    cost.id = QStringLiteral("co-rent");
    cost.text = QStringLiteral("Rent");
    cost.amount = Figure{12000, {}};
    money.document.addElement(Place{Block::CostStructure, {}, -1}, cost);
    money.scene->setExportMode(true); // as every export does first
    EXPECT_EQ(money.look("co-rent").amount, QString::fromUtf8("€12,000"));
    EXPECT_EQ(money.note("co-rent")->look().amount, QString::fromUtf8("€12,000"));
    EXPECT_EQ(money.total(Block::CostStructure), QString::fromUtf8("€886,500 / year"));
    money.scene->setExportMode(false);
    money.scene->refreshAppearance(); // rebuilds every item
    EXPECT_EQ(money.note("co-rent")->look().amount, QString::fromUtf8("€12,000"));
    EXPECT_FALSE(money.note("vp-fresh")->look().badge.isEmpty());
}

} // namespace

} // namespace tandem::test
