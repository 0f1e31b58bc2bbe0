#pragma once

#include "model.h"

#include <QListWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace tandem {

class Document;

// The links of one element in the inspector: one row per link with the
// other end's text and direction, a kind selector, the link's weight (how an
// amount splits over several links, money.md) and a remove button.
// Double-click (or Enter) follows the link to the other note; the context
// menu and the Delete key offer the same. Each change is one undo step.
// Rows are rebuilt only when what they show changed, so a selector is never
// deleted under the user's pointer.
class LinkListWidget : public QListWidget {
    Q_OBJECT

public:
    explicit LinkListWidget(Document* document, QWidget* parent = nullptr);

    // Shows the links of this element (empty: none).
    void showLinksOf(const QString& id);
    QString elementId() const { return m_id; }
    // The link a row stands for.
    Link linkAt(int row) const;
    QString otherEndAt(int row) const;

    // The actions behind the row controls, public for tests.
    void follow(int row);
    void removeLink(int row);
    void setKind(int row, LinkKind kind);
    // The weight typed into a row's field, in the user's locale: set as one
    // undo step, or refused in place with the reason under the row (the
    // typed text stays to be mended). Empty or 1 is the default weight.
    void setWeight(int row, const QString& typed);
    QLineEdit* weightEditAt(int row) const;
    QLabel* weightProblemAt(int row) const;

Q_SIGNALS:
    // The user wants to go to the note at the other end.
    void followRequested(const QString& id);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct Row {
        Link link;
        QString other;
        QString text;
        bool operator==(const Row& o) const = default;
    };
    void rebuild();
    QWidget* rowWidget(int row);
    void changeKind(const Link& link, LinkKind kind);
    // The weight's caption and field into a row's controls, the line for a
    // refusal under them.
    void addWeightField(const Link& link, QWidget* row, QHBoxLayout* controls, QVBoxLayout* lines);
    // What was typed into a weight field: the refusal shown under it, or the
    // link with the new weight (nothing when the weight stays as it is).
    std::optional<Link> readWeight(const Link& link, QLineEdit* edit, QLabel* problem);

    Document* m_document;
    QString m_id;
    std::vector<Row> m_rows;
};

} // namespace tandem
