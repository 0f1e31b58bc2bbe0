// Lenses (issue 15): a measure per note mapped to colours, with a legend in
// the canvas header. Money colours the value propositions from losing to
// earning, votes by dots, open findings by their severity; the far view and
// every export show the same; View > Lens chooses; the file never knows.

#include "canvasdecorations.h"
#include "canvasframeitem.h"
#include "exporter.h"
#include "fakehost.h"
#include "lensfeature.h"
#include "sessionwriter.h"
#include "test_export_helpers.h"
#include "theme.h"
#include "uitesthelpers.h"
#include "votes.h"

#include <QAction>
#include <QMenu>
#include <QPainter>

namespace tandem::test {

namespace {

const QLocale english(QLocale::English, QLocale::UnitedKingdom);

struct LensScene : SceneFixture {
    explicit LensScene(Session session = loadExample())
        : SceneFixture(std::move(session)) {
        decorations()->setLocale(english);
    }
    CanvasDecorations* decorations() const { return scene->decorations(); }
    QColor fill(const char* id) const { return scene->noteItem(QString::fromLatin1(id))->fill(); }
    QColor ownColour(const char* id) const {
        const QString key = QString::fromLatin1(id);
        return Theme::noteFill(document.element(key)->color, *document.blockOf(key));
    }
    QColor key(int index) const { return decorations()->legend().keys.at(index).color; }
};

TEST(Lens, MoneyColoursThePromisesFromLosingToEarning) {
    LensScene lens;
    ASSERT_TRUE(lens.decorations()->setLens(QStringLiteral("money")));
    const LensLegend& legend = lens.decorations()->legend();
    EXPECT_EQ(legend.title, QStringLiteral("Money lens"));
    ASSERT_TRUE(legend.scale);
    // The scale's ends: the worst loss (24,000) and best gain (165,100),
    // rounded up to numbers read at a glance.
    EXPECT_EQ(legend.keys.front().label, QString::fromUtf8("\u2212€25,000"));
    EXPECT_EQ(legend.keys.back().label, QString::fromUtf8("+€200,000"));
    EXPECT_EQ(legend.lowEnd, QStringLiteral("losing"));
    EXPECT_EQ(legend.highEnd, QStringLiteral("earning"));
    // Losing red, earning green; the more lost, the redder.
    const QColor refill = lens.fill("vp-refill");       // −24,000
    const QColor cafe = lens.fill("vp-cafe-menu");      // −11,600
    const QColor traceable = lens.fill("vp-traceable"); // +165,100
    EXPECT_GT(refill.red(), refill.green());
    EXPECT_LT(refill.green(), cafe.green());
    EXPECT_GT(traceable.green(), traceable.red());
    // The mirror in the operating canvas wears the same colour.
    EXPECT_EQ(lens.scene->mirrorItem(QStringLiteral("vp-refill"))->fill(), refill);
    // What it does not measure steps back.
    EXPECT_EQ(lens.fill("kp-importer"), mutedFill());
    EXPECT_EQ(lens.fill("st-roast"), mutedFill());
    // The legend in both canvas headers, on the scene, not over the view.
    for (Canvas canvas : {Canvas::Business, Canvas::Operating})
        EXPECT_EQ(lens.scene->frameItem(canvas)->legend(), legend);

    // Breaking even is the middle of the scale: the pilot's cost unlinked.
    for (const Link& link : lens.document.state().links) {
        if (link.from == QLatin1String("co-refill-pilot")) {
            lens.document.removeLink(link);
            break;
        }
    }
    lens.decorations()->refreshNow();
    EXPECT_EQ(lens.fill("vp-refill"), lens.key(static_cast<int>(legend.keys.size()) / 2));

    ASSERT_TRUE(lens.decorations()->setLens(QString()));
    EXPECT_TRUE(lens.decorations()->legend().isEmpty());
    EXPECT_TRUE(lens.scene->frameItem(Canvas::Business)->legend().isEmpty());
    EXPECT_EQ(lens.fill("vp-traceable"), lens.ownColour("vp-traceable"));
    EXPECT_EQ(lens.fill("kp-importer"), lens.ownColour("kp-importer"));
}

TEST(Lens, MoneyWithoutAmountsSaysSo) {
    Session plain = loadExample();
    for (Block block : {Block::RevenueStreams, Block::CostStructure}) {
        for (Element& element : plain.state.elements(block))
            element.amount.reset();
    }
    LensScene lens(plain);
    lens.decorations()->setLens(QStringLiteral("money"));
    EXPECT_TRUE(lens.decorations()->legend().caption.contains(QLatin1String("no amounts")));
    EXPECT_EQ(lens.fill("vp-traceable"), mutedFill());
}

TEST(Lens, VotesColourByDots) {
    Session session = loadExample();
    Element& fresh = session.state.elements(Block::ValuePropositions)[0];
    ASSERT_EQ(fresh.id, QStringLiteral("vp-fresh"));
    fresh = withVotes(fresh, {{QStringLiteral("Ada"), 2}, {QStringLiteral("Bo"), 2}});
    Element& cafes = session.state.elements(Block::CustomerSegments)[1];
    ASSERT_EQ(cafes.id, QStringLiteral("cs-cafes"));
    cafes = withVotes(cafes, {{QStringLiteral("Ada"), 1}});
    LensScene lens(session);
    lens.decorations()->setLens(QStringLiteral("votes"));
    const LensLegend& legend = lens.decorations()->legend();
    EXPECT_EQ(legend.title, QStringLiteral("Votes lens"));
    EXPECT_EQ(legend.keys.front().label, QStringLiteral("0"));
    EXPECT_EQ(legend.keys.back().label, QStringLiteral("4"));
    // The most dots at the scale's end, none at its start, one between.
    EXPECT_EQ(lens.fill("vp-fresh"), legend.keys.back().color);
    EXPECT_EQ(lens.fill("st-roast"), legend.keys.front().color);
    EXPECT_EQ(lens.fill("kp-importer"), legend.keys.front().color);
    const int one = lens.fill("cs-cafes").lightness();
    EXPECT_LT(one, legend.keys.front().color.lightness());
    EXPECT_GT(one, legend.keys.back().color.lightness());
}

TEST(Lens, OpenFindingsColourByTheMostSeriousFinding) {
    LensScene lens;
    lens.decorations()->setLens(QStringLiteral("findings"));
    const LensLegend& legend = lens.decorations()->legend();
    ASSERT_FALSE(legend.scale);
    ASSERT_EQ(legend.keys.size(), 4u);
    // The example's 2 gaps, 8 warnings and 11 pieces of information.
    EXPECT_EQ(legend.keys[0].label, QStringLiteral("Gap (2)"));
    EXPECT_EQ(legend.keys[1].label, QStringLiteral("Warning (8)"));
    EXPECT_EQ(legend.keys[2].label, QStringLiteral("Info (11)"));
    EXPECT_EQ(lens.fill("vp-refill"), lens.key(0));    // A1, and A11 besides
    EXPECT_EQ(lens.fill("cs-offices"), lens.key(0));   // A2
    EXPECT_EQ(lens.fill("vp-cafe-menu"), lens.key(1)); // A11
    EXPECT_EQ(lens.fill("st-order"), lens.key(2));     // A6
    EXPECT_EQ(lens.fill("kp-importer"), lens.key(3));  // nothing to say
    // Live: linking the refill tins to work closes their gap.
    Link delivered;
    delivered.from = QStringLiteral("vp-refill");
    delivered.to = QStringLiteral("st-pack");
    lens.document.addLink(delivered);
    lens.decorations()->refreshNow();
    EXPECT_EQ(lens.fill("vp-refill"), lens.key(1)); // still losing money
}

TEST(Lens, UnknownLensesAreRefused) {
    LensScene lens;
    lens.decorations()->setLens(QStringLiteral("money"));
    EXPECT_FALSE(lens.decorations()->setLens(QStringLiteral("heat")));
    EXPECT_EQ(lens.decorations()->lens(), QStringLiteral("money"));
}

// Zoomed far out the notes are plain cards drawn by one layer: in the
// lens's colours too.
TEST(Lens, TheFarViewShowsTheColours) {
    LensScene lens;
    lens.decorations()->setLens(QStringLiteral("money"));
    ASSERT_TRUE(lens.scene->setFarView(true));
    const NoteItem* traceable = lens.scene->noteItem(QStringLiteral("vp-traceable"));
    const QRectF card = traceable->sceneCard();
    QImage image(card.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    lens.scene->render(&painter, QRectF(QPointF(0, 0), card.size()), card);
    painter.end();
    EXPECT_EQ(image.pixelColor(image.width() / 2, image.height() / 2), lens.fill("vp-traceable"));
}

TEST(Lens, ExportsCarryTheLegendAndTheColours) {
    QTemporaryDir dir;
    LensScene lens;
    lens.decorations()->setLens(QStringLiteral("money"));
    const QColor traceable = lens.fill("vp-traceable");
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.canvas = ExportCanvas::Business;
    const QString svgPath = dir.filePath(QStringLiteral("lens.svg"));
    QString error;
    ASSERT_TRUE(Exporter(lens.scene.get()).exportToFile(svgPath, options, &error))
        << error.toStdString();
    QFile svg(svgPath);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QByteArray bytes = svg.readAll();
    EXPECT_TRUE(bytes.contains(">Money lens</text>"));
    EXPECT_TRUE(bytes.contains(">losing</text>"));
    EXPECT_TRUE(bytes.contains(">earning</text>"));
    EXPECT_TRUE(bytes.contains(QString::fromUtf8(">+€200,000</text>").toUtf8()));
    EXPECT_TRUE(bytes.contains("fill=\"" + traceable.name().toLatin1() + "\""))
        << traceable.name().toStdString();
    // The money itself, lens or not.
    EXPECT_TRUE(bytes.contains(QString::fromUtf8(">€574,000</text>").toUtf8()));
    EXPECT_TRUE(bytes.contains(QString::fromUtf8(">€874,500 / year</text>").toUtf8()));

    options.format = ExportFormat::Pdf;
    const QString pdfPath = dir.filePath(QStringLiteral("lens.pdf"));
    ASSERT_TRUE(Exporter(lens.scene.get()).exportToFile(pdfPath, options, &error));
    if (hasTool(QStringLiteral("pdftotext"))) {
        const ToolResult text =
            runTool(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        EXPECT_TRUE(text.out.contains("Money lens")) << text.out.toStdString();
        EXPECT_TRUE(text.out.contains("margin of each value proposition, per year"));
    }

    // Without a lens, no legend and no lens colours.
    lens.decorations()->setLens(QString());
    options.format = ExportFormat::Svg;
    ASSERT_TRUE(Exporter(lens.scene.get()).exportToFile(svgPath, options, &error));
    QFile plain(svgPath);
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    const QByteArray plainBytes = plain.readAll();
    EXPECT_FALSE(plainBytes.contains("Money lens"));
    EXPECT_FALSE(plainBytes.contains("fill=\"" + traceable.name().toLatin1() + "\""));
}

// The lens is a way of looking: choosing it changes nothing in the file.
TEST(Lens, ViewMenuChoosesAndTheFileNeverKnows) {
    FakeHost host;
    host.document()->resetSession(loadExample());
    auto* feature = new LensFeature(&host);
    ASSERT_EQ(host.feature<LensFeature>(), feature);
    const QList<QAction*> placed = host.menuPlaces()->actionsIn(QStringLiteral("view.lens"));
    ASSERT_EQ(placed.size(), 1);
    EXPECT_EQ(placed.first()->menu(), feature->menu());
    QStringList titles;
    for (QAction* action : feature->menu()->actions()) {
        if (!action->isSeparator())
            titles << action->text();
    }
    EXPECT_EQ(titles, (QStringList{QStringLiteral("&None"), QStringLiteral("&Money"),
                                   QStringLiteral("&Votes"), QStringLiteral("Open &Findings")}));
    EXPECT_TRUE(feature->action(QString())->isChecked());

    const QByteArray saved = SessionWriter::toBytes(host.document()->session());
    feature->action(QStringLiteral("money"))->trigger();
    EXPECT_EQ(host.scene()->decorations()->lens(), QStringLiteral("money"));
    EXPECT_TRUE(feature->action(QStringLiteral("money"))->isChecked());
    EXPECT_FALSE(host.statusMessages.isEmpty());
    EXPECT_FALSE(host.document()->isModified());
    EXPECT_EQ(host.document()->undoStack()->count(), 0);
    EXPECT_EQ(SessionWriter::toBytes(host.document()->session()), saved);
    // Chosen elsewhere, the menu follows.
    host.scene()->decorations()->setLens(QStringLiteral("findings"));
    EXPECT_TRUE(feature->action(QStringLiteral("findings"))->isChecked());
    feature->action(QString())->trigger();
    EXPECT_TRUE(host.scene()->decorations()->lens().isEmpty());
}

} // namespace

} // namespace tandem::test
