// The export dialog and `tandem export` say so when a fixed page would make
// a crowded session's note text too small to read, and offer the page that
// keeps it legible (issue 19).

#include "exportdialog.h"
#include "test_export_helpers.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

namespace tandem::test {

namespace {

Session withCrowdedValuePropositions(int count) {
    Session session = loadExample();
    auto& elements = session.state.elements(Block::ValuePropositions);
    for (int i = 0; i < count; ++i) {
        Element element;
        element.id = QStringLiteral("vp-crowd-%1").arg(i);
        element.text = QStringLiteral("Idea %1 from the room").arg(i + 1);
        elements.push_back(element);
    }
    return session;
}

ExportOptions pdfOn(std::optional<QPageSize::PageSizeId> page) {
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.page = page;
    return options;
}

TEST(CrowdedWarning, TheDialogWarnsOnASmallPageAndTheButtonTakesTheLargerOne) {
    SceneFixture fixture(withCrowdedValuePropositions(200));
    ExportDialog dialog(fixture.scene.get(), ExportDialog::Mode::Export);
    dialog.setOptions(pdfOn(QPageSize::A4));
    ASSERT_FALSE(dialog.legibilityLabel()->isHidden());
    EXPECT_TRUE(dialog.legibilityLabel()->text().contains(QLatin1String("60 %")));
    ASSERT_FALSE(dialog.largerPageButton()->isHidden());
    const QString offered = dialog.largerPageButton()->text();
    EXPECT_TRUE(offered.startsWith(QLatin1String("Use "))) << offered.toStdString();

    dialog.largerPageButton()->click();
    EXPECT_NE(dialog.options().page, std::optional(QPageSize::A4));
    EXPECT_TRUE(offered.contains(dialog.pageBox()->currentText())) << offered.toStdString();
    EXPECT_TRUE(dialog.legibilityLabel()->isHidden());
    EXPECT_TRUE(dialog.largerPageButton()->isHidden());
}

TEST(CrowdedWarning, AnOrdinarySessionOnA4HasNoWarning) {
    SceneFixture fixture(loadExample());
    ExportDialog dialog(fixture.scene.get(), ExportDialog::Mode::Export);
    dialog.setOptions(pdfOn(QPageSize::A4));
    EXPECT_TRUE(dialog.legibilityLabel()->isHidden());
    EXPECT_TRUE(dialog.largerPageButton()->isHidden());
}

TEST(CrowdedWarning, FitToContentNeverWarns) {
    SceneFixture fixture(withCrowdedValuePropositions(200));
    ExportDialog dialog(fixture.scene.get(), ExportDialog::Mode::Export);
    dialog.setOptions(pdfOn(std::nullopt));
    EXPECT_TRUE(dialog.legibilityLabel()->isHidden());
}

} // namespace

} // namespace tandem::test
