// The export dialog offers the exports that need no page (CSV of the notes
// or of the links, Markdown, ArchiMate): the page options step aside, the
// file name follows, the preview shows the first lines, and the feature
// writes the same bytes as `tandem export` (issue 16).

#include "dataexport.h"
#include "exportdialog.h"
#include "exportfeature.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

namespace tandem::test {

namespace {

class ExportDataDialogTest : public WindowTest {};

TEST_F(ExportDataDialogTest, ChoosingCsvSetsTheSuffixAndSetsThePageAside) {
    ExportDialog dialog(scene(), ExportDialog::Mode::Export);
    dialog.setFilePath(QStringLiteral("/tmp/northwind.pdf"));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("csv")));
    EXPECT_EQ(dialog.filePath(), QStringLiteral("/tmp/northwind.csv"));
    EXPECT_FALSE(dialog.pageBox()->isEnabled());
    EXPECT_FALSE(dialog.canvasBox()->isEnabled());
    const ExportOptions chosen = dialog.options();
    ASSERT_TRUE(chosen.data.has_value());
    EXPECT_EQ(*chosen.data, DataFormat::Csv);
    EXPECT_FALSE(chosen.dataLinks);
    dialog.updatePreviewNow();
    bool shown = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        shown = shown || label->text().startsWith(QLatin1String("id,block,text"));
    EXPECT_TRUE(shown);

    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("md")));
    EXPECT_EQ(dialog.filePath(), QStringLiteral("/tmp/northwind.md"));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("pdf")));
    EXPECT_EQ(dialog.filePath(), QStringLiteral("/tmp/northwind.pdf"));
    EXPECT_TRUE(dialog.pageBox()->isEnabled());
    EXPECT_FALSE(dialog.options().data.has_value());
}

TEST_F(ExportDataDialogTest, TheFeatureWritesWhatTheCommandLineWrites) {
    QTemporaryDir dir;
    ExportFeature* exporting = window->feature<ExportFeature>();
    ASSERT_NE(exporting, nullptr);
    struct Case {
        const char* key;
        const char* file;
        DataFormat format;
        bool links;
    };
    for (const Case& c : {Case{"csv", "notes.csv", DataFormat::Csv, false},
                          Case{"csv-links", "links.csv", DataFormat::Csv, true},
                          Case{"md", "s.md", DataFormat::Markdown, false},
                          Case{"xml", "s.xml", DataFormat::Archimate, false}}) {
        ExportOptions options;
        setExportKind(options, QLatin1String(c.key));
        const QString path = dir.filePath(QLatin1String(c.file));
        ASSERT_TRUE(exporting->exportTo(path, options)) << c.key;
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), DataExport::bytes(doc()->session(), c.format, c.links)) << c.key;
    }
    // The links table has the links' columns.
    QFile links(dir.filePath(QStringLiteral("links.csv")));
    ASSERT_TRUE(links.open(QIODevice::ReadOnly));
    EXPECT_TRUE(links.readLine().contains("from,to,kind,note,weight"));
}

} // namespace

} // namespace tandem::test
