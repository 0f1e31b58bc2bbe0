#pragma once

#include "moneydiff.h"

#include <QTreeWidget>

namespace tandem {

// The money part of a comparison (issue 15): how revenue, cost, profit, the
// unallocated amounts and each value proposition's margin changed from one
// state to the other, as a small table (figure, from, to, change) in the
// user's locale with the session's currency. A change for the better is
// drawn in blue-green, one for the worse in vermilion (more cost is worse),
// and the sign says it too. Sessions without amounts never show it.
class SnapshotMoneyView : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { FigureColumn, FromColumn, ToColumn, ChangeColumn };

    explicit SnapshotMoneyView(QWidget* parent = nullptr);

    // Shows `diff` with columns named after the two sides; hides itself
    // when neither side has amounts.
    void showDiff(const MoneyDiff& diff, const QString& currency, const QString& period,
                  const QString& fromName, const QString& toName);

    // The row of a total (Revenue, Cost, Profit, ...) or a value
    // proposition by its text, for tests and accessibility; null if absent.
    QTreeWidgetItem* rowNamed(const QString& name) const;

    QSize sizeHint() const override;

protected:
    // The colours of better and worse follow a change of theme.
    void changeEvent(QEvent* event) override;

private:
    QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const QString& name, qint64 from, qint64 to,
                            bool hasFrom, bool hasTo, bool moreIsBetter);

    MoneyDiff m_diff;
    QString m_currency;
    QString m_period;
    QString m_fromName;
    QString m_toName;
    int m_decimals = 0;
};

} // namespace tandem
