#include "exportdialog.h"

#include "canvasscene.h"
#include "exporter.h"
#include "reportwriter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <initializer_list>

namespace tandem {

namespace {

// Edits come in bursts (typing a margin, scrolling a combo box); draw once.
constexpr int PreviewDelayMs = 150;

// Keeps widgets a mode does not show: hidden, and owned by the dialog so
// they are freed with it.
void keepHidden(QWidget* dialog, std::initializer_list<QWidget*> widgets) {
    for (QWidget* unused : widgets) {
        unused->setParent(dialog);
        unused->hide();
    }
}

} // namespace

ExportDialog::ExportDialog(CanvasScene* scene, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_scene(scene)
    , m_mode(mode) {
    setWindowTitle(mode == Mode::Export ? tr("Export") : tr("Print"));
    setAccessibleName(windowTitle());

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addFormatRow(form);
    addCanvasRows(form);
    addOrientationRow(form);
    addMarginRows(form);
    addReportRow(form);
    addFileRow(form);
    arrange(form);
    connectEdits();
    setOptions(ExportOptions{});
}

void ExportDialog::addFormatRow(QFormLayout* form) {
    m_format = new QComboBox;
    m_format->addItem(tr("PDF document (vector, text as text)"), QStringLiteral("pdf"));
    m_format->addItem(tr("SVG drawing (vector, for editing and the web)"), QStringLiteral("svg"));
    m_format->addItem(tr("PNG image (pixels, for slides and chat)"), QStringLiteral("png"));
    m_format->insertSeparator(m_format->count());
    m_format->addItem(tr("CSV table of the notes (for spreadsheets)"), QStringLiteral("csv"));
    m_format->addItem(tr("CSV table of the links"), QStringLiteral("csv-links"));
    m_format->addItem(tr("Markdown document (for wikis)"), QStringLiteral("md"));
    m_format->addItem(tr("ArchiMate exchange file (for modelling tools)"), QStringLiteral("xml"));
    m_format->setAccessibleName(tr("Format"));
    if (m_mode == Mode::Export)
        form->addRow(tr("&Format:"), m_format);
    else
        keepHidden(this, {m_format});
}

void ExportDialog::addCanvasRows(QFormLayout* form) {
    m_canvas = new QComboBox;
    for (ExportCanvas canvas :
         {ExportCanvas::Both, ExportCanvas::Business, ExportCanvas::Operating})
        m_canvas->addItem(exportCanvasTitle(canvas), static_cast<int>(canvas));
    m_canvas->setAccessibleName(tr("Canvas"));
    form->addRow(tr("&Canvas:"), m_canvas);

    m_page = new QComboBox;
    for (const QString& key : exportPageKeys()) {
        const auto page = *exportPageFromKey(key);
        // Paper comes in sizes: "fit to content" is for files.
        if (page || m_mode == Mode::Export)
            m_page->addItem(exportPageTitle(page), key);
    }
    m_page->setAccessibleName(tr("Page size"));
    form->addRow(tr("&Page size:"), m_page);
}

void ExportDialog::addOrientationRow(QFormLayout* form) {
    m_landscape = new QRadioButton(tr("&Landscape"));
    m_portrait = new QRadioButton(tr("Po&rtrait"));
    m_landscape->setAccessibleName(tr("Landscape"));
    m_portrait->setAccessibleName(tr("Portrait"));
    auto* orientations = new QButtonGroup(this);
    orientations->addButton(m_landscape);
    orientations->addButton(m_portrait);
    m_landscape->setChecked(true);
    auto* orientationRow = new QHBoxLayout;
    orientationRow->addWidget(m_landscape);
    orientationRow->addWidget(m_portrait);
    orientationRow->addStretch();
    auto* orientationLabel = new QLabel(tr("Orientation:"));
    orientationLabel->setBuddy(m_landscape);
    form->addRow(orientationLabel, orientationRow);
}

void ExportDialog::addMarginRows(QFormLayout* form) {
    m_margin = new QDoubleSpinBox;
    m_margin->setRange(0, ExportOptions::MaxMarginMm);
    m_margin->setDecimals(1);
    m_margin->setSuffix(tr(" mm"));
    m_margin->setAccessibleName(tr("Margins in millimetres"));
    form->addRow(tr("&Margins:"), m_margin);

    m_dpi = new QSpinBox;
    m_dpi->setRange(ExportOptions::MinDpi, ExportOptions::MaxDpi);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setAccessibleName(tr("Resolution in dots per inch"));
    m_pixels = new QLabel;
    m_pixels->setAccessibleName(tr("Image size"));
    m_dpiLabel = new QLabel(tr("&Resolution:"));
    m_dpiLabel->setBuddy(m_dpi);
    if (m_mode == Mode::Print) {
        // Printing has no resolution: the row is dropped.
        keepHidden(this, {m_dpi, m_pixels, m_dpiLabel});
        return;
    }
    auto* dpiRow = new QHBoxLayout;
    dpiRow->addWidget(m_dpi);
    dpiRow->addWidget(m_pixels, 1);
    form->addRow(m_dpiLabel, dpiRow);
}

void ExportDialog::addReportRow(QFormLayout* form) {
    m_report = new QCheckBox(tr("Multi-page &report"));
    m_report->setAccessibleName(tr("Multi-page report"));
    const QString reportContents = tr("A title page, each canvas, both with their links, the "
                                      "alignment findings and the traceability matrix.");
    m_report->setAccessibleDescription(reportContents);
    auto* reportNote = new QLabel(reportContents);
    reportNote->setWordWrap(true);
    reportNote->setEnabled(false); // greyed: an explanation, not a control
    auto* reportColumn = new QVBoxLayout;
    reportColumn->setSpacing(2);
    reportColumn->addWidget(m_report);
    reportColumn->addWidget(reportNote);
    form->addRow(QString(), reportColumn);
}

void ExportDialog::addFileRow(QFormLayout* form) {
    m_file = new QLineEdit;
    m_file->setAccessibleName(tr("File to write"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the file to write"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    if (m_mode == Mode::Print) {
        keepHidden(this, {m_file, browse});
        return;
    }
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("F&ile:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
}

void ExportDialog::arrange(QFormLayout* form) {
    m_preview = new QLabel;
    m_preview->setFixedSize(PreviewWidth, PreviewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Preview of the first page"));
    QFont small = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    small.setPointSizeF(small.pointSizeF() * 0.75);
    m_preview->setFont(small);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc2, 0x3b, 0x00));
    m_problem->setPalette(warning);

    m_legibility = new QLabel;
    m_legibility->setWordWrap(true);
    m_legibility->setAccessibleName(tr("Legibility"));
    m_legibility->setPalette(warning);
    m_largerPage = new QPushButton;
    m_largerPage->setVisible(false);
    m_legibility->setVisible(false);
    connect(m_largerPage, &QPushButton::clicked, this, [this] {
        const QString key = m_largerPage->property("pageKey").toString();
        m_page->setCurrentIndex(m_page->findData(key));
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    acceptButton()->setText(m_mode == Mode::Export ? tr("&Export") : tr("Print Pre&view…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addSpacing(12);
    columns->addWidget(m_preview, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    auto* legibility = new QHBoxLayout;
    legibility->addWidget(m_legibility, 1);
    legibility->addWidget(m_largerPage, 0, Qt::AlignTop);
    layout->addLayout(legibility);
    layout->addWidget(m_buttons);
}

void ExportDialog::connectEdits() {
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreviewNow);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    for (QComboBox* box : {m_canvas, m_page})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    connect(m_landscape, &QRadioButton::toggled, this, &ExportDialog::optionsChanged);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::optionsChanged);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::optionsChanged);
    connect(m_report, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::optionsChanged);
}

QPushButton* ExportDialog::acceptButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

ExportOptions ExportDialog::options() const {
    ExportOptions options;
    if (m_mode == Mode::Print)
        options.format = ExportFormat::Pdf;
    else
        setExportKind(options, m_format->currentData().toString());
    options.canvas = static_cast<ExportCanvas>(m_canvas->currentData().toInt());
    options.page = exportPageFromKey(m_page->currentData().toString()).value_or(QPageSize::A3);
    options.orientation = m_portrait->isChecked() ? QPageLayout::Portrait : QPageLayout::Landscape;
    options.marginMm = m_margin->value();
    options.dpi = m_dpi->value();
    options.report = m_report->isChecked() && m_report->isEnabled();
    return options;
}

void ExportDialog::setOptions(const ExportOptions& options) {
    const QSignalBlocker formatBlocker(m_format);
    m_format->setCurrentIndex(m_format->findData(exportKindKey(options)));
    m_canvas->setCurrentIndex(m_canvas->findData(static_cast<int>(options.canvas)));
    // Printing needs a page: "fit" is for files.
    const auto page = m_mode == Mode::Print && !options.page ? QPageSize::A3 : options.page;
    m_page->setCurrentIndex(m_page->findData(exportPageKey(page)));
    (options.orientation == QPageLayout::Portrait ? m_portrait : m_landscape)->setChecked(true);
    m_margin->setValue(options.marginMm);
    m_dpi->setValue(options.dpi);
    m_report->setChecked(options.report);
    formatChanged();
}

QString ExportDialog::filePath() const {
    return m_file->text().trimmed();
}

void ExportDialog::setFilePath(const QString& path) {
    m_file->setText(path);
    const bool linksChosen = m_format->currentData().toString() == QLatin1String("csv-links");
    if (const auto table = DataExport::formatFromPath(path)) {
        const bool links = *table == DataFormat::Csv && linksChosen;
        m_format->setCurrentIndex(
            m_format->findData(links ? QStringLiteral("csv-links") : DataExport::suffix(*table)));
    } else if (const auto format = exportFormatFromPath(path)) {
        m_format->setCurrentIndex(m_format->findData(exportFormatKey(*format)));
    }
}

QString ExportDialog::problem() const {
    const ExportOptions chosen = options();
    const QString problem = chosen.problem();
    if (!problem.isEmpty())
        return problem;
    if (m_mode == Mode::Export && filePath().isEmpty())
        return tr("Choose the file to write.");
    return {};
}

void ExportDialog::browse() {
    const ExportOptions chosen = options();
    const QString key = exportSuffix(chosen);
    const QString filter = tr("%1 files (*.%2)").arg(key.toUpper(), key);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), filePath(), filter);
    if (path.isEmpty())
        return;
    setFilePath(QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + key : path);
}

void ExportDialog::formatChanged() {
    const ExportOptions chosen = options();
    // The file name follows the format, so the two never disagree.
    const QString path = filePath();
    const QString suffix = exportSuffix(chosen);
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        const QFileInfo info(path);
        const bool known = exportFormatFromPath(path) || DataExport::formatFromPath(path);
        const QString base = known ? info.completeBaseName() : info.fileName();
        const QSignalBlocker blocker(m_file);
        m_file->setText(info.dir().filePath(base + QLatin1Char('.') + suffix));
    }
    const bool drawing = !chosen.data;
    const bool png = drawing && chosen.format == ExportFormat::Png;
    m_dpi->setEnabled(png);
    m_dpiLabel->setEnabled(png);
    m_report->setEnabled(drawing && chosen.format == ExportFormat::Pdf);
    // A table or a document has no page.
    for (QWidget* pageOption : {static_cast<QWidget*>(m_canvas), static_cast<QWidget*>(m_page),
                                static_cast<QWidget*>(m_landscape),
                                static_cast<QWidget*>(m_portrait), static_cast<QWidget*>(m_margin)})
        pageOption->setEnabled(drawing);
    optionsChanged();
}

void ExportDialog::optionsChanged() {
    const ExportOptions chosen = options();
    const bool paged = !chosen.fitToContent() && !chosen.data;
    m_landscape->setEnabled(paged);
    m_portrait->setEnabled(paged);
    if (!chosen.data && chosen.format == ExportFormat::Png && chosen.problem().isEmpty()) {
        const QSize pixels = PagePlan::forOptions(chosen, m_scene->layout()).pixels(chosen.dpi);
        m_pixels->setText(tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height()));
    } else {
        m_pixels->clear();
    }
    const QString why = problem();
    m_problem->setText(why);
    updateLegibility(chosen);
    acceptButton()->setEnabled(why.isEmpty());
    m_previewTimer->start();
}

void ExportDialog::updateLegibility(const ExportOptions& chosen) {
    const Legibility legibility = chosen.problem().isEmpty() && !chosen.data
                                      ? Exporter(m_scene).legibility(chosen)
                                      : Legibility();
    m_legibility->setText(Exporter::legibilityWarning(legibility));
    m_legibility->setVisible(legibility.underFloor());
    const QString key =
        legibility.largerPage ? exportPageKey(legibility.largerPage) : exportPageKey(std::nullopt);
    m_largerPage->setText(tr("Use %1").arg(
        exportPageTitle(legibility.largerPage ? legibility.largerPage : std::nullopt)));
    m_largerPage->setProperty("pageKey", key);
    m_largerPage->setVisible(legibility.underFloor());
}

void ExportDialog::updatePreviewNow() {
    m_previewTimer->stop();
    const ExportOptions chosen = options();
    if (!chosen.problem().isEmpty())
        return;
    if (chosen.data) {
        // The first lines of what will be written.
        const QString text = QString::fromUtf8(
            DataExport::bytes(m_scene->document()->session(), *chosen.data, chosen.dataLinks));
        m_previewImage = QImage();
        m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_preview->setText(text.section(QLatin1Char('\n'), 0, 11).remove(QChar(0xfeff)));
        return;
    }
    m_preview->setAlignment(Qt::AlignCenter);
    m_previewImage = renderPreview(m_scene, chosen, m_preview->size() * devicePixelRatio());
    QPixmap pixmap = QPixmap::fromImage(m_previewImage);
    pixmap.setDevicePixelRatio(devicePixelRatio());
    m_preview->setPixmap(pixmap);
}

QImage ExportDialog::renderPreview(CanvasScene* scene, const ExportOptions& options,
                                   const QSize& size) {
    const Exporter exporter(scene);
    const PagePlan plan = PagePlan::forOptions(options, scene->layout());
    const QSizeF page = plan.page;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (page.isEmpty())
        return image;
    // The sheet, with a soft edge so white shows against a white dialog.
    const QRectF sheet =
        fitCentered(page, QRectF(QPointF(0, 0), QSizeF(size)).adjusted(4, 4, -6, -6));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(sheet.translated(2, 2), QColor(0, 0, 0, 40));
    painter.fillRect(sheet, Qt::white);
    painter.translate(sheet.topLeft());
    painter.scale(sheet.width() / page.width(), sheet.height() / page.height());
    if (options.report) {
        ReportWriter report(exporter, options);
        report.paint(&painter, page, [&](int index, QPageLayout::Orientation) {
            return index == 0 ? std::optional<QSizeF>(page) : std::nullopt;
        });
    } else {
        exporter.renderCanvas(&painter, plan.placement);
    }
    return image;
}

} // namespace tandem
