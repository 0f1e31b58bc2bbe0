#include "lensfeature.h"

#include "canvasdecorations.h"
#include "canvasscene.h"
#include "lens.h"
#include "menuplaces.h"
#include "windowhost.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace tandem {

namespace {

constexpr int MessageTimeoutMs = 5000;

} // namespace

LensFeature::LensFeature(WindowHost* host)
    : QObject(host->widget())
    , m_host(host) {
    host->registerFeature(this);
    m_menu = new QMenu(tr("L&ens"), host->widget());
    m_menu->setObjectName(QStringLiteral("lensMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const auto add = [this](const QString& key, const QString& title) {
        QAction* action = m_menu->addAction(title);
        action->setCheckable(true);
        action->setData(key);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, key] { choose(key); });
        return action;
    };
    add(QString(), tr("&None"))->setChecked(true);
    m_menu->addSeparator();
    for (const auto& lens : lensRegistry())
        add(lens->key(), lens->menuTitle());
    m_menu->menuAction()->setToolTip(
        tr("Colour the notes by one measure, with a legend on the canvas and in exports"));
    host->menuPlaces()->add(QStringLiteral("view.lens"), {m_menu->menuAction()});
    // The decorations may change the lens too (a test, a tool): keep the
    // check where the lens is.
    connect(host->scene()->decorations(), &CanvasDecorations::lensChanged, this,
            [this](const QString& key) {
                if (QAction* chosen = action(key))
                    chosen->setChecked(true);
            });
}

QAction* LensFeature::action(const QString& key) const {
    for (QAction* candidate : m_group->actions()) {
        if (candidate->data().toString() == key)
            return candidate;
    }
    return nullptr;
}

void LensFeature::choose(const QString& key) {
    m_host->scene()->decorations()->setLens(key);
    const LensLegend& legend = m_host->scene()->decorations()->legend();
    m_host->showStatus(legend.isEmpty() ? tr("No lens: the notes in their own colours.")
                                        : tr("%1: %2.").arg(legend.title, legend.caption),
                       MessageTimeoutMs);
}

} // namespace tandem
