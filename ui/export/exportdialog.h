#pragma once

#include "exportoptions.h"

#include <QDialog>
#include <QImage>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace tandem {

class CanvasScene;

// File > Export... and File > Print...: the format, which canvas, the page
// (size, orientation, margins), the PNG resolution and the report, with a
// small preview of the first page that follows every change. In print mode
// the format, resolution and file are hidden; the printer decides those.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Export, Print };

    ExportDialog(CanvasScene* scene, Mode mode, QWidget* parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions& options);
    QString filePath() const;
    void setFilePath(const QString& path);
    // Why the dialog cannot be accepted as it stands, or empty.
    QString problem() const;

    // For tests: the widgets, and the preview as last drawn.
    QComboBox* formatBox() const { return m_format; }
    QComboBox* canvasBox() const { return m_canvas; }
    QComboBox* pageBox() const { return m_page; }
    QLabel* legibilityLabel() const { return m_legibility; }
    QPushButton* largerPageButton() const { return m_largerPage; }
    QRadioButton* landscapeButton() const { return m_landscape; }
    QSpinBox* dpiBox() const { return m_dpi; }
    QCheckBox* reportBox() const { return m_report; }
    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* acceptButton() const;
    QImage preview() const { return m_previewImage; }
    // Draws the preview now rather than after the pause that batches edits.
    void updatePreviewNow();

    // The preview's size, and a picture of the first page that fits it.
    static constexpr int PreviewWidth = 300;
    static constexpr int PreviewHeight = 220;
    static QImage renderPreview(CanvasScene* scene, const ExportOptions& options,
                                const QSize& size);

private:
    // The constructor's steps, in the order the widgets are made (which is
    // also the tab order).
    void addFormatRow(QFormLayout* form);
    void addCanvasRows(QFormLayout* form);
    void addOrientationRow(QFormLayout* form);
    void addMarginRows(QFormLayout* form);
    void addReportRow(QFormLayout* form);
    void addFileRow(QFormLayout* form);
    void arrange(QFormLayout* form);
    void connectEdits();

    void browse();
    void formatChanged();
    void optionsChanged();
    void updateLegibility(const ExportOptions& chosen);

    CanvasScene* m_scene;
    Mode m_mode;
    QComboBox* m_format = nullptr;
    QComboBox* m_canvas = nullptr;
    QComboBox* m_page = nullptr;
    QRadioButton* m_landscape = nullptr;
    QRadioButton* m_portrait = nullptr;
    QDoubleSpinBox* m_margin = nullptr;
    QSpinBox* m_dpi = nullptr;
    QLabel* m_dpiLabel = nullptr;
    QLabel* m_pixels = nullptr;
    QCheckBox* m_report = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_problem = nullptr;
    // Note text under the legibility floor on the chosen page, and a button
    // that takes the page that keeps it legible.
    QLabel* m_legibility = nullptr;
    QPushButton* m_largerPage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_previewTimer = nullptr;
    QImage m_previewImage;
};

} // namespace tandem
