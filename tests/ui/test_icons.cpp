// The small coloured marks drawn in code (Icons::dot), shared by the
// alignment dock and the snapshot comparison.

#include "icons.h"

#include <QImage>
#include <QPixmap>

#include <gtest/gtest.h>

namespace tandem::test {
namespace {

TEST(IconsTest, ADotIsAFilledCircleOfItsColour) {
    const QColor green(0x00, 0x9e, 0x73);
    const QIcon icon = Icons::dot(green);
    ASSERT_FALSE(icon.isNull());
    const QImage image = icon.pixmap(QSize(14, 14)).toImage();
    ASSERT_EQ(image.size(), QSize(14, 14));
    // Solid in the middle, clear in the corners (a circle, not a square).
    EXPECT_EQ(image.pixelColor(7, 7), green);
    EXPECT_EQ(image.pixelColor(4, 7), green);
    for (const QPoint corner :
         {QPoint(0, 0), QPoint(13, 0), QPoint(0, 13), QPoint(13, 13), QPoint(1, 1)})
        EXPECT_EQ(qAlpha(image.pixel(corner)), 0) << corner.x() << "," << corner.y();
}

} // namespace
} // namespace tandem::test
