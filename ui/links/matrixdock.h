#pragma once

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tandem {

class CanvasScene;
class Document;
class LinkMatrixModel;

// The traceability matrix: outward elements against the value-chain stages
// (or another inward block, chosen above the table), a tick where a link
// joins them. Clicking a cell (or Space on it) adds or removes that link,
// one undo step; clicking an element's name selects it on the canvas. Rows
// can be filtered and every column sorted; Ctrl+C or "Copy as CSV" copies
// the table as it is shown.
class MatrixDock : public QDockWidget {
    Q_OBJECT

public:
    MatrixDock(CanvasScene* scene, QWidget* parent = nullptr);

    LinkMatrixModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* columnChooser() const { return m_columns; }
    QPushButton* copyButton() const { return m_copy; }

    // The rows and columns shown, as RFC 4180 CSV: a header line, then one
    // line per row with the kind of each link ("delivers") or nothing.
    QString csv() const;
    void copyCsv();
    // What a click on a cell (in view coordinates of the proxy) does.
    void activate(const QModelIndex& proxyIndex);

Q_SIGNALS:
    void message(const QString& text);
    // The user picked an element's name: show it on the canvas.
    void elementActivated(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void resizeColumns();

    CanvasScene* m_scene;
    Document* m_document;
    LinkMatrixModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_columns = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace tandem
