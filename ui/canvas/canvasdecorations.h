#pragma once

#include "lens.h"
#include "money.h"
#include "moneytext.h"
#include "notelook.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QTimer>

namespace tandem {

class CanvasScene;
class NoteItem;

// What the canvas shows about the session as a whole, on its notes and
// headers (issue 15): each revenue stream's and cost's amount, the totals
// per period in the Revenue Streams and Cost Structure headers, the margin
// as a badge on each value proposition that revenue or cost reaches, and the
// lens chosen in the View menu with its legend. It belongs to the scene, so
// the screen, the exports and `tandem export` show the same; the lens is a
// way of looking, not part of the session, and is never saved in the file.
//
// Recomputed once per burst of edits (a zero-time timer), at once when the
// session is replaced, and before every export.
class CanvasDecorations : public QObject {
    Q_OBJECT

public:
    explicit CanvasDecorations(CanvasScene* scene);

    // The lens shown: a key of lensRegistry(), or empty for none. An
    // unknown key is refused (returns false) and changes nothing.
    bool setLens(const QString& key);
    QString lens() const { return m_lens; }
    const LensLegend& legend() const { return m_legend; }
    const money::MoneyReport& money() const { return m_money; }
    // The locale figures are written in (the user's by default).
    void setLocale(const QLocale& locale);

    // Recomputes everything and hands it to the items now.
    void refreshNow();
    // refreshNow() if an edit is waiting for it (before an export).
    void flush();
    // A note item just made gets the look of its element.
    void dress(NoteItem* item) const;
    // The look an element's notes have, for tests and tools.
    NoteLook lookOf(const QString& id) const { return m_looks.value(id); }

Q_SIGNALS:
    void lensChanged(const QString& key);

private:
    void schedule();
    void computeMoney();
    void computeLens();
    void setLookOfItems(const QString& id, const NoteLook& look) const;

    CanvasScene* m_scene;
    QTimer m_timer;
    QLocale m_locale;
    QString m_lens;
    money::MoneyReport m_money;
    QHash<QString, NoteLook> m_looks;
    moneytext::Formatter m_formatter;
    LensLegend m_legend;
    QString m_revenueTotal;
    QString m_costTotal;
};

} // namespace tandem
