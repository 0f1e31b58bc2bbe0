#pragma once

#include "canvaslayout.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPointer>
#include <QStringList>

namespace tandem {

class CanvasScene;

// Puts the scene the user sees into export mode for as long as it lives, and
// puts everything back afterwards: no selection, hover or editor marks, full
// detail at any scale, no item cached as a bitmap (a cached item would come
// out as an image in SVG and PDF), and an arrangement that shows the
// canvases to export. Exporters render the very scene of the editor, so what
// leaves Tandem is what the editor shows.
class ExportModeGuard {
public:
    // `arrangement` is the one to render with; the scene's own is restored.
    ExportModeGuard(CanvasScene* scene, Arrangement arrangement);
    ~ExportModeGuard();
    ExportModeGuard(const ExportModeGuard&) = delete;
    ExportModeGuard& operator=(const ExportModeGuard&) = delete;

private:
    QPointer<CanvasScene> m_scene;
    bool m_wasExporting = false;
    Arrangement m_arrangement = Arrangement::SideBySide;
    QHash<QGraphicsItem*, QGraphicsItem::CacheMode> m_caches;
    // Hiding a canvas for the export deselects its notes: put them back.
    QStringList m_selection;
    QString m_selectedChain;
};

} // namespace tandem
