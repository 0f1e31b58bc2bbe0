// File > Export... and File > Print... in the editor window: the menu
// items and shortcuts, the dialog's options and preview, and the export
// they lead to.

#include "exportdialog.h"
#include "exportfeature.h"
#include "test_export_helpers.h"
#include "uitesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace tandem::test {
namespace {

class ExportDialogTest : public WindowTest {
protected:
    ExportFeature* feature() const { return window->feature<ExportFeature>(); }
};

// Runs `check` on the next modal dialog of type T once it shows, then
// closes it (accepting when asked).
template <typename T> void onNextDialog(std::function<void(T*)> check, bool accept) {
    // A timer owned by the application, so the polling lambda dies with it
    // (a self-referencing std::function would leak).
    auto* timer = new QTimer(qApp);
    timer->setInterval(DialogPollMs);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            check(dialog);
            accept ? dialog->accept() : dialog->reject();
            return;
        }
        if (!keepLookingForDialog(++*tries)) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

TEST_F(ExportDialogTest, FileMenuHasExportAndPrintWithShortcuts) {
    ASSERT_NE(feature(), nullptr);
    const auto actions = window->fileMenu()->actions();
    EXPECT_TRUE(actions.contains(feature()->exportAction()));
    EXPECT_TRUE(actions.contains(feature()->printAction()));
    EXPECT_EQ(feature()->exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    EXPECT_EQ(feature()->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    // Before Close and Quit, which stay last.
    EXPECT_LT(actions.indexOf(feature()->printAction()), actions.size() - 2);
}

TEST_F(ExportDialogTest, DialogOptionsRoundTripAndFollowTheFormat) {
    ExportDialog dialog(scene(), ExportDialog::Mode::Export);
    ExportOptions options;
    options.format = ExportFormat::Png;
    options.canvas = ExportCanvas::Operating;
    options.page = QPageSize::A2;
    options.orientation = QPageLayout::Portrait;
    options.marginMm = 12.5;
    options.dpi = 300;
    dialog.setOptions(options);
    EXPECT_EQ(dialog.options(), options);
    EXPECT_TRUE(dialog.dpiBox()->isEnabled());
    EXPECT_FALSE(dialog.reportBox()->isEnabled()) << "a report is a PDF";

    dialog.setFilePath(QStringLiteral("/tmp/poster.png"));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("svg")));
    EXPECT_EQ(dialog.filePath(), QStringLiteral("/tmp/poster.svg"));
    EXPECT_FALSE(dialog.dpiBox()->isEnabled());

    dialog.pageBox()->setCurrentIndex(dialog.pageBox()->findData(QStringLiteral("fit")));
    EXPECT_TRUE(dialog.options().fitToContent());
    EXPECT_FALSE(dialog.landscapeButton()->isEnabled());

    // A report on "fit" cannot be: the dialog says so and will not accept.
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("pdf")));
    dialog.reportBox()->setChecked(true);
    EXPECT_FALSE(dialog.problem().isEmpty());
    EXPECT_FALSE(dialog.acceptButton()->isEnabled());
    dialog.pageBox()->setCurrentIndex(dialog.pageBox()->findData(QStringLiteral("A3")));
    EXPECT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    EXPECT_TRUE(dialog.acceptButton()->isEnabled());
    dialog.fileEdit()->clear();
    EXPECT_FALSE(dialog.acceptButton()->isEnabled());
}

TEST_F(ExportDialogTest, PreviewShowsThePageShape) {
    ExportDialog dialog(scene(), ExportDialog::Mode::Export);
    ExportOptions options;
    options.page = QPageSize::A4;
    options.orientation = QPageLayout::Portrait;
    dialog.setOptions(options);
    dialog.updatePreviewNow();
    const QImage preview = dialog.preview();
    ASSERT_FALSE(preview.isNull());
    // The white sheet is taller than wide, and the canvas is drawn on it.
    int top = -1;
    int bottom = -1;
    const int x = preview.width() / 2;
    for (int y = 0; y < preview.height(); ++y) {
        if (preview.pixelColor(x, y).alpha() == 255) {
            if (top < 0)
                top = y;
            bottom = y;
        }
    }
    int left = -1;
    int right = -1;
    for (int xx = 0; xx < preview.width(); ++xx) {
        if (preview.pixelColor(xx, (top + bottom) / 2).alpha() == 255) {
            if (left < 0)
                left = xx;
            right = xx;
        }
    }
    EXPECT_NEAR(double(bottom - top) / (right - left), 297.0 / 210.0, 0.05);
}

TEST_F(ExportDialogTest, ExportActionWritesTheChosenFile) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("poster.svg"));
    onNextDialog<ExportDialog>(
        [&](ExportDialog* dialog) {
            EXPECT_FALSE(dialog->filePath().isEmpty());
            dialog->setFilePath(file);
            dialog->canvasBox()->setCurrentIndex(
                dialog->canvasBox()->findData(static_cast<int>(ExportCanvas::Business)));
        },
        true);
    feature()->exportAction()->trigger();
    ASSERT_TRUE(QFile::exists(file));
    QFile svg(file);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QByteArray data = svg.readAll();
    EXPECT_TRUE(data.contains(">Traceable single</text>"));
    EXPECT_FALSE(data.contains("Roast to order")) << "the business canvas alone";
    // Remembered for next time.
    EXPECT_EQ(feature()->savedOptions().format, ExportFormat::Svg);
    EXPECT_EQ(feature()->savedOptions().canvas, ExportCanvas::Business);
    EXPECT_EQ(QFileInfo(feature()->suggestedPath(ExportOptions{})).absolutePath(),
              QFileInfo(file).absolutePath());
}

TEST_F(ExportDialogTest, ExportFailureIsReportedAndWritesNothing) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("missing/folder/poster.pdf"));
    DialogCatcher catcher;
    EXPECT_FALSE(feature()->exportTo(file, ExportOptions{}));
    EXPECT_TRUE(catcher.seen());
    EXPECT_TRUE(catcher.text().contains(QLatin1String("could not be exported")));
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(ExportDialogTest, PrintShowsAPreviewOfEveryPage) {
    // Print options first, then the preview with the report's pages.
    onNextDialog<ExportDialog>(
        [](ExportDialog* dialog) {
            EXPECT_TRUE(dialog->fileEdit()->isHidden());
            EXPECT_EQ(dialog->pageBox()->findData(QStringLiteral("fit")), -1);
            dialog->reportBox()->setChecked(true);
            dialog->pageBox()->setCurrentIndex(dialog->pageBox()->findData(QStringLiteral("A4")));
            onNextDialog<QPrintPreviewDialog>(
                [](QPrintPreviewDialog* preview) {
                    auto* widget = preview->findChild<QPrintPreviewWidget*>();
                    ASSERT_NE(widget, nullptr);
                    widget->updatePreview();
                    EXPECT_GE(widget->pageCount(), 6);
                },
                false);
        },
        true);
    feature()->printAction()->trigger();
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

} // namespace
} // namespace tandem::test

namespace tandem::test {
namespace {

TEST_F(ExportDialogTest, FileMenuKeepsItsDesignedOrder) {
    QStringList shown;
    for (const QAction* action : window->fileMenu()->actions()) {
        if (action->isVisible())
            shown << (action->isSeparator() ? QStringLiteral("|") : action->text());
    }
    const QStringList expected{"&New",
                               "New from &Example",
                               "New from &Template\u2026",
                               "New &Window",
                               "|",
                               "&Open\u2026",
                               "Open &Recent",
                               "|",
                               "&Save",
                               "Save &As\u2026",
                               "Re&vert",
                               "|",
                               "Session &Details\u2026",
                               "|",
                               "&Import\u2026",
                               "|",
                               "&Export\u2026",
                               "&Print\u2026",
                               "|",
                               "&Close Window",
                               "&Quit"};
    EXPECT_EQ(shown, expected);
}

} // namespace
} // namespace tandem::test
