#pragma once

#include "linklist.h"

#include <QDockWidget>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace tandem {

class AmountField;

class CanvasScene;
class Document;

// Shows and edits what is selected on the canvas: a note's text,
// description, colour, tags and links, the colour of several notes at
// once, or a chain's name. Text fields commit when they lose focus (or on
// Ctrl+Enter), each commit one undo step.
class InspectorDock : public QDockWidget {
    Q_OBJECT

public:
    InspectorDock(CanvasScene* scene, QWidget* parent = nullptr);

    // The id shown, or empty.
    QString elementId() const { return m_id; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QLineEdit* tagsEdit() const { return m_tags; }
    AmountField* amountField() const { return m_amount; }
    LinkListWidget* linksList() const { return m_links; }
    void commitFields();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSelection();
    void refreshFields();
    void commitText();
    void commitDescription();
    void commitTags();
    void commitChainName();
    QWidget* createNotePage();
    QWidget* createChainPage();

    CanvasScene* m_scene;
    Document* m_document;
    QString m_id;
    QStringList m_ids;
    QString m_chainId;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_placeLabel = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_tags = nullptr;
    LinkListWidget* m_links = nullptr;
    AmountField* m_amount = nullptr;
    QFormLayout* m_form = nullptr; // the note page's
    int m_amountRow = -1;
    QLabel* m_linksLabel = nullptr;
    QButtonGroup* m_colors = nullptr;
    QLineEdit* m_chainName = nullptr;
    QLabel* m_chainInfo = nullptr;
    bool m_updating = false;
};

} // namespace tandem
