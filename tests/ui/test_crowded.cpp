// Crowded blocks on the scene and in exports (issue 19): every note whole,
// inside its block and apart from the others, at any count; every text in
// the PDF and SVG; a warning where a fixed page would make text too small.

#include "canvaslayout.h"
#include "exporter.h"
#include "noteitem.h"
#include "notepacking.h"
#include "test_export_helpers.h"
#include "uitesthelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace tandem::test {

namespace {

const QStringList Ideas{"Same-day roasting for offices", "Refill tins collected at the door",
                        "Tasting notes in large type for the shop counter",
                        "A barista hotline for cafés", "Decaf that tastes like coffee"};

Session crowded(const std::vector<std::pair<Block, int>>& blocks, int chainStages = 0) {
    Session session = loadExample();
    for (const auto& [block, count] : blocks) {
        auto& elements = session.state.blocks[static_cast<int>(block)];
        for (int i = 0; i < count; ++i) {
            Element element;
            element.id = QStringLiteral("%1-x%2").arg(blockKey(block)).arg(i);
            element.text = QStringLiteral("Idea %1 of %2: %3")
                               .arg(i + 1)
                               .arg(blockKey(block), Ideas[i % Ideas.size()]);
            elements.push_back(element);
        }
    }
    if (chainStages > 0) {
        ValueChain chain;
        chain.id = QStringLiteral("vc-long");
        chain.name = QStringLiteral("Long chain");
        for (int i = 0; i < chainStages; ++i) {
            Element stage;
            stage.id = QStringLiteral("st-long-%1").arg(i);
            stage.text = QStringLiteral("Step %1: order confirmation").arg(i + 1);
            chain.stages.push_back(stage);
        }
        session.state.chains.push_back(chain);
    }
    return session;
}

// Every note and mirror inside its block's content, apart from the others
// of its block, never under the floor.
void expectEveryNoteWhole(const CanvasScene& scene) {
    const CanvasLayout& layout = scene.layout();
    const CanvasState& state = scene.document()->state();
    for (Block block : allBlocks()) {
        for (bool mirror : {false, true}) {
            if (mirror && !CanvasLayout::hasMirror(block))
                continue;
            const QRectF content =
                mirror ? layout.mirrorContentRect(block) : layout.contentRect(block);
            std::vector<QRectF> cards;
            for (const Element& element : state.elements(block)) {
                const NoteItem* item =
                    mirror ? scene.mirrorItem(element.id) : scene.noteItem(element.id);
                ASSERT_NE(item, nullptr);
                const QRectF card = item->sceneCard();
                EXPECT_TRUE(content.adjusted(-0.01, -0.01, 0.01, 0.01).contains(card))
                    << blockKey(block).toStdString() << (mirror ? " mirror " : " ")
                    << element.id.toStdString();
                EXPECT_GE(item->scale(), NotePacker::MinScale);
                for (const QRectF& other : cards)
                    EXPECT_FALSE(card.intersects(other)) << element.id.toStdString();
                cards.push_back(card);
            }
        }
    }
}

class CrowdedScene : public ::testing::TestWithParam<int> {};

TEST_P(CrowdedScene, EveryNoteInsideItsBlockApartAndLegible) {
    SceneFixture fixture(crowded({{Block::ValuePropositions, GetParam()}}));
    expectEveryNoteWhole(*fixture.scene);
}

INSTANTIATE_TEST_SUITE_P(Notes, CrowdedScene, ::testing::Values(10, 30, 60, 120, 200));

TEST(Crowded, SeveralCrowdedBlocksAndALongChain) {
    SceneFixture fixture(crowded({{Block::KeyPartners, 28},
                                  {Block::CustomerSegments, 30},
                                  {Block::Information, 27},
                                  {Block::Channels, 20}},
                                 16));
    expectEveryNoteWhole(*fixture.scene);
}

TEST(Crowded, AddingToAFullBlockAndUndoKeepEveryNoteWhole) {
    SceneFixture fixture(crowded({{Block::ValuePropositions, 200}}));
    const qreal grown = fixture.scene->layout().growth();
    Element element;
    element.text = QStringLiteral("One more, from the back of the room");
    fixture.document.addElement(Place{Block::ValuePropositions, {}, -1}, element);
    expectEveryNoteWhole(*fixture.scene);
    EXPECT_GE(fixture.scene->layout().growth(), grown);
    fixture.document.undoStack()->undo();
    expectEveryNoteWhole(*fixture.scene);
    EXPECT_DOUBLE_EQ(fixture.scene->layout().growth(), grown);
}

TEST(Crowded, RemovingTheCrowdShrinksTheCanvasBack) {
    SceneFixture fixture(crowded({{Block::ValuePropositions, 120}}));
    EXPECT_GT(fixture.scene->layout().growth(), 1.0);
    QStringList ids;
    for (int i = 0; i < 120; ++i)
        ids.append(QStringLiteral("value_propositions-x%1").arg(i));
    fixture.document.removeElements(ids);
    EXPECT_DOUBLE_EQ(fixture.scene->layout().growth(), 1.0);
    expectEveryNoteWhole(*fixture.scene);
}

class LongChainScene : public ::testing::TestWithParam<int> {};

TEST_P(LongChainScene, NoStageTextIsCutOff) {
    SceneFixture fixture(crowded({}, GetParam()));
    const ValueChain& chain = fixture.document.state().chains.back();
    const QRectF block = fixture.scene->layout().contentRect(Block::ValueChains);
    for (const Element& stage : chain.stages) {
        NoteItem* item = fixture.scene->noteItem(stage.id);
        ASSERT_NE(item, nullptr);
        const QRectF text = item->textRect();
        EXPECT_LE(item->stageTextHeight(text.width()), text.height() + 0.01)
            << stage.text.toStdString();
        EXPECT_TRUE(block.adjusted(-0.01, -0.01, 0.01, 0.01).contains(item->sceneCard()));
    }
}

INSTANTIATE_TEST_SUITE_P(Stages, LongChainScene, ::testing::Values(4, 12, 16, 24, 30));

class CrowdedExport : public ::testing::Test {
protected:
    QString exportTo(CanvasScene* scene, const QString& name, const ExportOptions& options) {
        const QString file = dir.filePath(name);
        QString error;
        EXPECT_TRUE(Exporter(scene).exportToFile(file, options, &error)) << error.toStdString();
        return file;
    }
    QTemporaryDir dir;
};

TEST_F(CrowdedExport, EveryTextInTheA3PdfAndTheSvg) {
    TANDEM_REQUIRE_TOOL("pdftotext");
    SceneFixture fixture(crowded({{Block::ValuePropositions, 60}, {Block::KeyPartners, 25}}, 16));
    ExportOptions options; // A3 landscape, both canvases
    const QString pdf = exportTo(fixture.scene.get(), QStringLiteral("crowd.pdf"), options);
    const QString text = squeezed(QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
            .out));
    for (const QString& note : allTexts(fixture.document.state()))
        EXPECT_TRUE(text.contains(squeezed(note))) << note.toStdString();

    options.format = ExportFormat::Svg;
    const QString svgPath = exportTo(fixture.scene.get(), QStringLiteral("crowd.svg"), options);
    QFile svg(svgPath);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QString texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    const QString squeezedTexts = squeezed(texts);
    for (const QString& note : allTexts(fixture.document.state()))
        EXPECT_TRUE(squeezedTexts.contains(squeezed(note))) << note.toStdString();
}

TEST_F(CrowdedExport, CanvasGrowsOnThePageToo) {
    SceneFixture fixture(crowded({{Block::ValuePropositions, 120}}));
    ExportOptions options;
    options.page.reset(); // fit to content: the grown canvas at 100 %
    const PagePlan plan = PagePlan::forOptions(options, fixture.scene->layout());
    const QRectF both = fixture.scene->layout()
                            .canvasRect(Canvas::Business)
                            .united(fixture.scene->layout().canvasRect(Canvas::Operating));
    EXPECT_NEAR(plan.placement.source.height(), both.height(), 0.01);
    EXPECT_GT(plan.placement.source.height(), CanvasLayout::BodyHeight + 200);
}

TEST_F(CrowdedExport, WarnsWhereAFixedPageMakesTextTooSmall) {
    SceneFixture fixture(crowded({{Block::ValuePropositions, 200}}));
    const Exporter exporter(fixture.scene.get());
    ExportOptions options;
    options.page = QPageSize::A4;
    const Legibility onA4 = exporter.legibility(options);
    EXPECT_TRUE(onA4.underFloor());
    ASSERT_TRUE(onA4.largerPage.has_value());
    EXPECT_FALSE(Exporter::legibilityWarning(onA4).isEmpty());
    options.page = onA4.largerPage;
    EXPECT_FALSE(exporter.legibility(options).underFloor());
    options.page.reset();
    EXPECT_FALSE(exporter.legibility(options).underFloor());

    // An ordinary session on A3 is fine.
    SceneFixture ordinary(loadExample());
    EXPECT_FALSE(Exporter(ordinary.scene.get()).legibility(ExportOptions()).underFloor());
}

// Dragging with the mouse out of a crowded block and into one, and undo:
// every note stays whole and inside its block all along.
class CrowdedDrag : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        doc()->resetSession(crowded({{Block::ValuePropositions, 60}}));
        QCoreApplication::processEvents();
    }
    QPointF contentCenter(Block block) const {
        return scene()->layout().contentRect(block).center();
    }
};

TEST_F(CrowdedDrag, OutOfACrowdedBlockAndBackWithUndo) {
    const QString id = doc()->state().elements(Block::ValuePropositions).back().id;
    drag(noteCenter(id), contentCenter(Block::KeyPartners));
    ASSERT_TRUE(waitUntil([&] { return doc()->placeOf(id)->block == Block::KeyPartners; }));
    expectEveryNoteWhole(*scene());
    doc()->undoStack()->undo();
    EXPECT_EQ(doc()->placeOf(id)->block, Block::ValuePropositions);
    expectEveryNoteWhole(*scene());
}

TEST_F(CrowdedDrag, IntoACrowdedBlock) {
    const QString id = doc()->state().elements(Block::KeyPartners).front().id;
    drag(noteCenter(id), contentCenter(Block::ValuePropositions));
    ASSERT_TRUE(waitUntil([&] { return doc()->placeOf(id)->block == Block::ValuePropositions; }));
    expectEveryNoteWhole(*scene());
    EXPECT_EQ(doc()->undoStack()->count(), 1); // one drag, one step
}

} // namespace

} // namespace tandem::test
