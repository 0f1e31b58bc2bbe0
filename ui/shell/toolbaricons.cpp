#include "toolbaricons.h"

#include "exportfeature.h"
#include "icons.h"
#include "linkfeature.h"
#include "mainwindow.h"
#include "presenter.h"

#include <QAction>
#include <QCoreApplication>
#include <QToolBar>

namespace tandem {

namespace {

void giveIcon(QAction* action, const char* name) {
    if (action && action->icon().isNull())
        action->setIcon(Icons::icon(QLatin1String(name)));
}

} // namespace

void decorateToolBar(MainWindow* window) {
    QToolBar* tools = window->canvasToolBar();
    if (!tools || tools->property("tandemDecorated").toBool())
        return;
    tools->setProperty("tandemDecorated", true);

    if (auto* links = window->findChild<LinkFeature*>())
        giveIcon(links->linkToolAction(), "link");
    QList<QAction*> extra;
    if (auto* exporting = window->findChild<ExportFeature*>()) {
        giveIcon(exporting->exportAction(), "export");
        extra.append(exporting->exportAction());
    }
    if (auto* presenter = window->findChild<PresenterMode*>()) {
        giveIcon(presenter->action(), "present");
        extra.append(presenter->action());
    }
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
    bool separated = false;
    for (QAction* action : std::as_const(extra)) {
        if (!action || tools->actions().contains(action))
            continue;
        if (!separated)
            tools->addSeparator();
        separated = true;
        tools->addAction(action);
    }
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
