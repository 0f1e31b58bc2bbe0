#include "toolbarlabels.h"

#include <QAction>
#include <QCoreApplication>
#include <QToolBar>

namespace tandem {

void labelToolBar(QToolBar* tools) {
    // Short labels under the icons keep the toolbar on one line (German
    // menu texts run long); the tooltip keeps the full text and the keys.
    const std::pair<const char*, QString> labels[] = {
        {"note-add", QCoreApplication::translate("ToolBar", "Note")},
        {"stage-add", QCoreApplication::translate("ToolBar", "Stage")},
        {"chain-add", QCoreApplication::translate("ToolBar", "Chain")},
        {"undo", QCoreApplication::translate("ToolBar", "Undo")},
        {"redo", QCoreApplication::translate("ToolBar", "Redo")},
        {"zoom-fit", QCoreApplication::translate("ToolBar", "Fit")},
        {"zoom-actual", QCoreApplication::translate("ToolBar", "100 %")},
        {"side-by-side", QCoreApplication::translate("ToolBar", "Side by Side")},
        {"stacked", QCoreApplication::translate("ToolBar", "Stacked")},
        {"link", QCoreApplication::translate("ToolBar", "Link")},
        {"export", QCoreApplication::translate("ToolBar", "Export")},
        {"present", QCoreApplication::translate("ToolBar", "Present")},
    };
    for (QAction* action : tools->actions()) {
        const QString icon = action->icon().name();
        for (const auto& [name, label] : labels) {
            if (icon != QLatin1String(name))
                continue;
            QString tip = action->text();
            tip.remove(QLatin1Char('&'));
            if (!action->shortcut().isEmpty())
                tip += QStringLiteral(" (%1)").arg(
                    action->shortcut().toString(QKeySequence::NativeText));
            action->setIconText(label);
            // The undo actions rename themselves after each step; their own
            // tooltip follows, so only fixed commands get one with the key.
            if (icon != QLatin1String("undo") && icon != QLatin1String("redo"))
                action->setToolTip(tip);
        }
    }
}

} // namespace tandem
