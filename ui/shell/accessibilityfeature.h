#pragma once

#include <QObject>

namespace tandem {

class WindowHost;

// Makes a main window usable with a screen reader: names and descriptions
// on the view, docks, toolbar and status bar, and a canvas that announces
// the note in focus ("Value Propositions: Beans roasted to order") each time
// the selection moves, by updating the view's accessible description and
// telling the accessibility bridge.
class AccessibilityFeature : public QObject {
    Q_OBJECT

public:
    explicit AccessibilityFeature(WindowHost* host);

    // What the canvas says about the current selection.
    QString selectionDescription() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void announceSelection();
    // Names docks and makes dock toolbars reachable with Tab.
    void completeWidgets();

    WindowHost* m_host;
};

} // namespace tandem
