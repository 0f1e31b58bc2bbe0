#pragma once

#include "canvaslayout.h"
#include "model.h"
#include "presenterdimitem.h"
#include "presenteroverlay.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QTransform>

#include <array>

class QAction;

namespace tandem {

class WindowHost;

// Facilitation mode (F5): the window goes full screen without menus,
// toolbars, docks or status bar, and walks the room through the blocks one
// at a time in the canonical order: the view zooms to the block, the others
// are veiled, the block's guiding question stands large over the canvas, and
// a countdown runs for each block (5 minutes unless set otherwise). Arrow
// keys (and a presentation clicker's Page Up/Down) step through the blocks,
// Space pauses, + and - give a minute more or less, Esc leaves. The canvas
// stays editable the whole time.
class PresenterMode : public QObject {
    Q_OBJECT

public:
    explicit PresenterMode(WindowHost* host);
    ~PresenterMode() override;

    QAction* action() const { return m_action; }
    bool isActive() const { return m_active; }
    void start(int blockIndex = 0);
    void stop();

    int currentIndex() const { return m_index; }
    Block currentBlock() const;
    void goTo(int blockIndex);
    void next() { goTo(m_index + 1); }
    void previous() { goTo(m_index - 1); }

    // The countdown of the current block.
    qint64 remainingMs() const;
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    void adjustMinutes(int minutes);

    // Minutes per block: QSettings "presenter/blockMinutes", 5 by default.
    static int blockMinutes();
    static void setBlockMinutes(int minutes);

    PresenterOverlay* overlay() const { return m_overlay; }
    PresenterDimItem* dimItem() const { return m_dim; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handleKey(int key);
    void settle(); // charges the time run since the last tick to the block
    void tick();
    // Brings the current block into view: a flight when stepping, at once
    // when starting or when the window changes size.
    void focusBlock(bool animate);
    void saveWindow();
    void restoreWindow();

    WindowHost* m_host;
    QAction* m_action;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    std::array<qint64, BlockCount> m_remaining{};
    qint64 m_total = 0;
    int m_index = 0;
    bool m_active = false;
    bool m_paused = false;
    QPointer<PresenterOverlay> m_overlay;
    QPointer<PresenterDimItem> m_dim;

    // The window as it was, to give it back on leaving.
    Arrangement m_savedArrangement = Arrangement::SideBySide;
    QTransform m_savedTransform;
    QPointF m_savedCenter;
    Qt::ScrollBarPolicy m_savedHorizontal = Qt::ScrollBarAsNeeded;
    Qt::ScrollBarPolicy m_savedVertical = Qt::ScrollBarAsNeeded;
};

} // namespace tandem
