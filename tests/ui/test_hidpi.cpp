// High DPI: at a device pixel ratio of 2 the canvas is drawn with twice the
// pixels, not enlarged from a 1x bitmap: frame lines have a solid core,
// note text carries twice the detail, and the toolbar icons render at 48
// device pixels. Renders go through the view, as on a 2x screen.

#include "icons.h"
#include "noteitem.h"
#include "theme.h"
#include "uitesthelpers.h"

#include <QImage>
#include <QPainter>

#include <cmath>

namespace tandem::test {

namespace {

using HiDpiTest = WindowTest;

// Renders a scene rectangle through the view at 100 % zoom into an image
// with the given device pixel ratio.
QImage renderAt(CanvasView* view, const QRectF& sceneRect, qreal ratio) {
    view->setZoom(1.0);
    view->centerOn(sceneRect.center());
    const QRect source = view->mapFromScene(sceneRect).boundingRect();
    QImage image((QSizeF(source.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(source.size())), source);
    painter.end();
    return image;
}

// Mean squared difference between neighbouring pixels: crisp edges give
// large steps, an enlarged image spreads each step over two smaller ones.
double edgeEnergy(const QImage& image) {
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y + 1 < gray.height(); ++y) {
        const uchar* row = gray.constScanLine(y);
        const uchar* below = gray.constScanLine(y + 1);
        for (int x = 0; x + 1 < gray.width(); ++x) {
            const double dx = row[x + 1] - row[x];
            const double dy = below[x] - row[x];
            sum += dx * dx + dy * dy;
        }
    }
    return sum / (static_cast<double>(gray.width()) * gray.height());
}

double meanDifference(const QImage& a, const QImage& b) {
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    const int width = std::min(ga.width(), gb.width());
    const int height = std::min(ga.height(), gb.height());
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            sum += std::abs(ga.constScanLine(y)[x] - gb.constScanLine(y)[x]);
    }
    return sum / (static_cast<double>(width) * height);
}

TEST_F(HiDpiTest, NoteTextIsDrawnWithTwiceTheDetail) {
    NoteItem* note = scene()->noteItem(QStringLiteral("vp-fresh"));
    ASSERT_NE(note, nullptr);
    scene()->clearSelection();
    const QRectF card = note->mapRectToScene(note->cardRect());
    const QImage one = renderAt(view(), card, 1.0);
    const QImage two = renderAt(view(), card, 2.0);
    ASSERT_EQ(two.size(), one.size() * 2);

    // The same picture: the 2x render, shrunk, matches the 1x render...
    const QImage shrunk = two.scaled(one.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const double sameness = meanDifference(shrunk, one);
    // ...but it is not the 1x render enlarged: it has sharper edges.
    const QImage enlarged = one.scaled(two.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const double sharpness = edgeEnergy(two) / edgeEnergy(enlarged);
    std::printf("[ measure  ] 2x note: mean difference to 1x %.2f grey levels, edge energy "
                "%.2fx an enlarged 1x render\n",
                sameness, sharpness);
    EXPECT_LT(sameness, 12.0);
    EXPECT_GT(sharpness, 1.4);
}

TEST_F(HiDpiTest, FrameLinesHaveASolidCoreAt2x) {
    // A horizontal cut through the left edge of the value propositions block.
    const QRectF block = scene()->blockRect(Block::ValuePropositions);
    const QRectF strip(block.left() - 12, block.center().y(), 24, 1);
    const QImage two = renderAt(view(), strip, 2.0).convertToFormat(QImage::Format_Grayscale8);
    const QImage one = renderAt(view(), strip, 1.0).convertToFormat(QImage::Format_Grayscale8);
    auto darkRun = [](const QImage& image, int threshold) {
        int best = 0;
        int run = 0;
        const uchar* row = image.constScanLine(image.height() / 2);
        for (int x = 0; x < image.width(); ++x) {
            run = row[x] < threshold ? run + 1 : 0;
            best = std::max(best, run);
        }
        return best;
    };
    auto darkest = [](const QImage& image) {
        const uchar* row = image.constScanLine(image.height() / 2);
        return *std::min_element(row, row + image.width());
    };
    const int frameGray = qGray(Theme::frame().rgb());
    // Pixels within 20 grey levels of the frame colour are fully covered.
    const int solid = frameGray + 20;
    std::printf("[ measure  ] block edge: darkest %d at 1x, %d at 2x (frame %d); solid run %d "
                "px at 1x, %d px at 2x\n",
                darkest(one), darkest(two), frameGray, darkRun(one, solid), darkRun(two, solid));
    EXPECT_GE(darkRun(two, solid), 2) << "the 1.5 px line should cover at least 2 device pixels";
    EXPECT_LE(darkRun(two, solid), 4);
    EXPECT_LE(darkest(two), solid);
}

TEST_F(HiDpiTest, IconsRenderAtTheDevicePixelRatio) {
    const QIcon icon = Icons::icon(QStringLiteral("undo"));
    ASSERT_FALSE(icon.isNull());
    const QPixmap two = icon.pixmap(QSize(24, 24), 2.0);
    EXPECT_EQ(two.size(), QSize(48, 48));
    EXPECT_DOUBLE_EQ(two.devicePixelRatio(), 2.0);
    // The 1.75 px stroke is 3.5 device pixels: some are fully opaque.
    const QImage image = two.toImage();
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) == 255 ? 1 : 0;
    }
    EXPECT_GT(opaque, 40);
}

} // namespace

} // namespace tandem::test
