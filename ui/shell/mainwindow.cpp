#include "mainwindow.h"

#include "accessibilityfeature.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "conflictsdock.h"
#include "document.h"
#include "exportfeature.h"
#include "historyfeature.h"
#include "icons.h"
#include "importfeature.h"
#include "inspectordock.h"
#include "lensfeature.h"
#include "linkfeature.h"
#include "menuplaces.h"
#include "noteactions.h"
#include "noteitem.h"
#include "outlinedock.h"
#include "roomfeature.h"
#include "sessionfeature.h"
#include "settingsfeature.h"
#include "shortcutsdialog.h"
#include "toolbarlabels.h"
#include "welcomepage.h"
#include "workshopfeature.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace tandem {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_scene(new CanvasScene(m_document, this))
    , m_view(new CanvasView(m_scene, this))
    , m_noteActions(new NoteActions(m_view, this)) {
    setCentralWidget(m_view);
    setAcceptDrops(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view, &CanvasView::filesDropped, this, &MainWindow::openDroppedFiles);
    createActions();
    createDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::setWindowModified);
    // The arrangement can change from outside the menu (tests, scripts).
    connect(m_scene, &CanvasScene::layoutChanged, this, [this] {
        for (QAction* action : m_arrangements->actions()) {
            if (action->data().toInt() == static_cast<int>(m_scene->arrangement()))
                action->setChecked(true);
        }
    });
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    updateTitle();
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(std::min(1600, available.width() * 9 / 10),
               std::min(1000, available.height() * 9 / 10));
    }
    m_view->setFocus();
    connect(m_document, &Document::infoChanged, this, &MainWindow::updateTitle);
    installFeatures();
}

void MainWindow::installFeatures() {
    // Each registers itself; the order here is not the order of the menus
    // (the places are) and no feature needs another made before it.
    new SettingsFeature(this);
    new AccessibilityFeature(this);
    new SessionFeature(this);
    new WorkshopFeature(this);
    new ConflictsDock(this); // shows itself while a merge left conflicts
    new HistoryFeature(this);
    new RoomFeature(this);
    new LinkFeature(this);
    new LensFeature(this);
    new ExportFeature(this);
    new ImportFeature(this);
    labelToolBar(m_canvasToolBar);
}

MainWindow::~MainWindow() {
    // Children die in creation order, which would take the document first;
    // everything that reads it goes before it, the features last made first.
    while (!m_features.isEmpty())
        delete m_features.takeLast();
    delete m_inspector;
    delete m_outline;
    delete m_historyDock;
    delete m_noteActions;
    delete m_view;
    delete m_scene;
    delete m_document;
}

QAction* MainWindow::makeAction(const QString& text, const QList<QKeySequence>& keys,
                                const std::function<void()>& slot) {
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void MainWindow::createActions() {
    createFileActions();
    createViewActions();
    createArrangementActions();
    createHelpActions();
}

void MainWindow::createFileActions() {
    using Keys = QKeySequence;
    m_new = makeAction(tr("&New"), Keys::keyBindings(Keys::New), [this] {
        if (maybeSave())
            newFromBlankTemplate();
    });
    m_newExample = makeAction(tr("New from &Example"), {}, [this] {
        if (maybeSave())
            newFromExample();
    });
    m_newWindow = makeAction(tr("New &Window"), {Keys(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                             [this] { openNewWindow()->newFromBlankTemplate(); });
    m_open =
        makeAction(tr("&Open\u2026"), Keys::keyBindings(Keys::Open), [this] { openWithDialog(); });
    m_save = makeAction(tr("&Save"), Keys::keyBindings(Keys::Save), [this] { save(); });
    m_saveAs =
        makeAction(tr("Save &As\u2026"), Keys::keyBindings(Keys::SaveAs), [this] { saveAs(); });
    m_revert = makeAction(tr("Re&vert"), {}, [this] { revert(); });
    m_close = makeAction(tr("&Close Window"), Keys::keyBindings(Keys::Close), [this] { close(); });
    m_quit = makeAction(tr("&Quit"), Keys::keyBindings(Keys::Quit),
                        [] { QApplication::closeAllWindows(); });
    m_quit->setMenuRole(QAction::QuitRole);

    QUndoStack* stack = m_document->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(Keys::keyBindings(Keys::Undo));
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(Keys::keyBindings(Keys::Redo));
    addAction(m_undo);
    addAction(m_redo);
}

void MainWindow::createViewActions() {
    using Keys = QKeySequence;
    m_zoomIn =
        makeAction(tr("Zoom &In"), Keys::keyBindings(Keys::ZoomIn), [this] { m_view->zoomIn(); });
    m_zoomIn->setShortcuts(m_zoomIn->shortcuts() << Keys(Qt::CTRL | Qt::Key_Equal));
    m_zoomOut = makeAction(tr("Zoom &Out"), Keys::keyBindings(Keys::ZoomOut),
                           [this] { m_view->zoomOut(); });
    m_zoomFit = makeAction(tr("Zoom to &Fit"), {Keys(Qt::CTRL | Qt::Key_0)},
                           [this] { m_view->zoomToFit(); });
    m_zoomActual = makeAction(tr("&Actual Size"), {Keys(Qt::CTRL | Qt::Key_1)},
                              [this] { m_view->zoomToActualSize(); });
    m_zoomBlock = makeAction(tr("Zoom to Current &Block"), {Keys(Qt::CTRL | Qt::Key_2)},
                             [this] { m_view->zoomToBlock(m_scene->currentPlace().block); });
    m_find = makeAction(tr("&Find Note\u2026"), Keys::keyBindings(Keys::Find), [this] {
        m_outline->show();
        m_outline->raise();
        m_outline->focusFilter();
    });
}

void MainWindow::createHelpActions() {
    m_welcome = makeAction(tr("&Welcome Page"), {}, [this] { WelcomePage::showOn(this); });
    m_welcome->setObjectName(QStringLiteral("welcomeAction"));
    m_welcome->setStatusTip(tr("Start a session, open the example or a recent file"));
    m_shortcuts =
        makeAction(tr("&Keyboard Shortcuts"), QKeySequence::keyBindings(QKeySequence::HelpContents),
                   [this] { ShortcutsDialog::show(this, this); });
    m_about = makeAction(tr("&About Tandem"), {}, [this] {
        QMessageBox::about(
            this, tr("About Tandem"),
            tr("<h3>Tandem %1</h3><p>Design a business model together with the operating "
               "model that delivers it.</p><p>Business Model Canvas: Strategyzer AG, CC BY-SA "
               "3.0. Operating Model Canvas: Campbell, Gutierrez and Lancelott (2017). Open "
               "Sans: Apache License 2.0.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createArrangementActions() {
    m_arrangements = new QActionGroup(this);
    const std::pair<Arrangement, QString> arrangements[] = {
        {Arrangement::SideBySide, tr("&Side by Side")},
        {Arrangement::Stacked, tr("S&tacked")},
        {Arrangement::BusinessOnly, tr("&Business Model Canvas Only")},
        {Arrangement::OperatingOnly, tr("&Operating Model Canvas Only")},
    };
    int key = Qt::Key_1;
    for (const auto& [arrangement, text] : arrangements) {
        QAction* action = m_arrangements->addAction(text);
        action->setCheckable(true);
        action->setChecked(arrangement == Arrangement::SideBySide);
        action->setShortcut(QKeySequence(Qt::ALT | key++));
        action->setData(static_cast<int>(arrangement));
        addAction(action);
        const Arrangement chosen = arrangement;
        connect(action, &QAction::triggered, this, [this, chosen] {
            m_scene->setArrangement(chosen);
            m_view->zoomToFit();
        });
    }
}

void MainWindow::createDocks() {
    m_inspector = new InspectorDock(m_scene, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    m_outline = new OutlineDock(m_scene, m_view, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_outline);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setAccessibleDescription(
        tr("Every change to the session; selecting one undoes back to it"));
    auto* history = new QUndoView(m_document->undoStack(), m_historyDock);
    history->setEmptyLabel(tr("<opened>"));
    history->setAccessibleName(tr("Undo history"));
    history->setAccessibleDescription(m_historyDock->accessibleDescription());
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_outline->hide();
}

void MainWindow::createMenus() {
    // The designed order of the menus: features fill the places by name
    // (see menuplaces.h), so the order does not depend on which is made first.
    using Separator = MenuPlaces::Separator;
    MenuPlaces* places = m_menuPlaces = new MenuPlaces(menuBar(), this);
    places->setMenuOrder({QStringLiteral("file"), QStringLiteral("edit"), QStringLiteral("note"),
                          QStringLiteral("chains"), QStringLiteral("view"),
                          QStringLiteral("session"), QStringLiteral("links"),
                          QStringLiteral("help")});
    auto declare = [places](const QString& menu, const QString& title,
                            std::initializer_list<const char*> placeIds) {
        QMenu* created = places->addMenu(menu, title);
        // A separator before each place but the first and those marked "+".
        bool first = true;
        for (const char* place : placeIds) {
            QString id = QLatin1String(place);
            const bool joined = first || id.startsWith(QLatin1Char('+'));
            if (id.startsWith(QLatin1Char('+')))
                id.remove(0, 1);
            places->addPlace(menu, id, joined ? Separator::None : Separator::Before);
            first = false;
        }
        return created;
    };
    // New from Template (session tools) and New Window follow "file.new"
    // without a separator ("+").
    m_fileMenu = declare(QStringLiteral("file"), tr("&File"),
                         {"file.new", "+file.template", "+file.window", "file.open", "file.save",
                          "file.details", "file.import", "file.export", "file.close"});
    places->add(QStringLiteral("file.new"), {m_new, m_newExample});
    places->add(QStringLiteral("file.window"), {m_newWindow});
    places->add(QStringLiteral("file.open"), {m_open});
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    places->add(QStringLiteral("file.open"), {m_recentMenu->menuAction()});
    places->add(QStringLiteral("file.save"), {m_save, m_saveAs, m_revert});
    places->add(QStringLiteral("file.close"), {m_close, m_quit});

    m_editMenu = declare(QStringLiteral("edit"), tr("&Edit"),
                         {"edit.undo", "edit.clipboard", "edit.select", "edit.preferences"});
    places->add(QStringLiteral("edit.undo"), {m_undo, m_redo});
    places->add(QStringLiteral("edit.clipboard"),
                {m_noteActions->cut(), m_noteActions->copy(), m_noteActions->paste(),
                 m_noteActions->duplicate(), m_noteActions->remove()});
    places->add(QStringLiteral("edit.select"),
                {m_noteActions->selectAll(), m_noteActions->selectNone(), m_find});

    m_noteActions->fillNoteMenu(places->addMenu(QStringLiteral("note"), tr("&Note")));
    m_noteActions->fillChainMenu(places->addMenu(QStringLiteral("chains"), tr("&Chains")));

    declare(QStringLiteral("view"), tr("&View"),
            {"view.arrangement", "view.zoom", "view.panels", "view.links", "view.lens",
             "view.workshop"});
    places->add(QStringLiteral("view.arrangement"), m_arrangements->actions());
    places->add(QStringLiteral("view.zoom"),
                {m_zoomIn, m_zoomOut, m_zoomFit, m_zoomActual, m_zoomBlock});
    auto* blocks = new QMenu(tr("Zoom to B&lock"), this);
    for (Block block : allBlocks()) {
        connect(blocks->addAction(blockTitle(block)), &QAction::triggered, this,
                [this, block] { m_view->zoomToBlock(block); });
    }
    places->add(QStringLiteral("view.zoom"), {blocks->menuAction()});
    QAction* inspector = m_inspector->toggleViewAction();
    inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* outline = m_outline->toggleViewAction();
    outline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* history = m_historyDock->toggleViewAction();
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    places->add(QStringLiteral("view.panels"), {inspector, outline, history});

    declare(QStringLiteral("session"), tr("&Session"),
            {"session.details", "session.snapshots", "session.voting", "session.present",
             "session.room"});

    m_helpMenu = declare(QStringLiteral("help"), tr("&Help"),
                         {"help.start", "help.reference", "help.about"});
    places->add(QStringLiteral("help.start"), {m_welcome});
    places->add(QStringLiteral("help.reference"), {m_shortcuts});
    places->add(QStringLiteral("help.about"), {m_about});
}

void MainWindow::createToolBar() {
    QToolBar* tools = m_canvasToolBar = addToolBar(tr("Canvas"));
    tools->setObjectName(QStringLiteral("canvasToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    tools->setIconSize(QSize(24, 24));
    // The toolbar's places, as in the menus: features fill theirs by name.
    m_menuPlaces->addToolBar(QStringLiteral("toolbar"), tools);
    // A separator before each group; facilitation joins export ("+").
    for (const char* place : {"toolbar.notes", "toolbar.undo", "toolbar.zoom", "toolbar.arrange",
                              "toolbar.links", "toolbar.export", "+toolbar.present"}) {
        QString id = QLatin1String(place);
        const bool joined = id == QLatin1String("toolbar.notes") || id.startsWith(QLatin1Char('+'));
        if (id.startsWith(QLatin1Char('+')))
            id.remove(0, 1);
        m_menuPlaces->addPlace(QStringLiteral("toolbar"), id,
                               joined ? MenuPlaces::Separator::None
                                      : MenuPlaces::Separator::Before);
    }
    m_noteActions->addNote()->setIcon(Icons::icon(QStringLiteral("note-add")));
    m_noteActions->addStage()->setIcon(Icons::icon(QStringLiteral("stage-add")));
    m_noteActions->addChain()->setIcon(Icons::icon(QStringLiteral("chain-add")));
    m_undo->setIcon(Icons::icon(QStringLiteral("undo")));
    m_redo->setIcon(Icons::icon(QStringLiteral("redo")));
    m_zoomFit->setIcon(Icons::icon(QStringLiteral("zoom-fit")));
    m_zoomActual->setIcon(Icons::icon(QStringLiteral("zoom-actual")));
    m_zoomIn->setIcon(Icons::icon(QStringLiteral("zoom-in")));
    m_zoomOut->setIcon(Icons::icon(QStringLiteral("zoom-out")));
    m_arrangements->actions().at(0)->setIcon(Icons::icon(QStringLiteral("side-by-side")));
    m_arrangements->actions().at(1)->setIcon(Icons::icon(QStringLiteral("stacked")));
    m_new->setIcon(Icons::icon(QStringLiteral("document-new")));
    m_open->setIcon(Icons::icon(QStringLiteral("document-open")));
    m_save->setIcon(Icons::icon(QStringLiteral("document-save")));
    m_shortcuts->setIcon(Icons::icon(QStringLiteral("keyboard")));
    m_menuPlaces->add(
        QStringLiteral("toolbar.notes"),
        {m_noteActions->addNote(), m_noteActions->addStage(), m_noteActions->addChain()});
    m_menuPlaces->add(QStringLiteral("toolbar.undo"), {m_undo, m_redo});
    m_menuPlaces->add(QStringLiteral("toolbar.zoom"), {m_zoomFit, m_zoomActual});
    m_menuPlaces->add(QStringLiteral("toolbar.arrange"), m_arrangements->actions().mid(0, 2));
}

void MainWindow::createStatusBar() {
    m_countLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    auto updateCount = [this] {
        m_countLabel->setText(tr("%n notes", nullptr, m_scene->noteCount()));
    };
    connect(m_document, &Document::changed, this, updateCount);
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](qreal zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });
    updateCount();
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_view->zoom() * 100)));
    statusBar()->showMessage(tr("Double-click a block to add a note. Tab walks through the notes."),
                             8000);
}

void MainWindow::showContextMenu(const QPoint& pos) {
    const QPointF scenePos = m_view->mapToScene(pos);
    for (QGraphicsItem* item : m_scene->items(scenePos)) {
        if (item->type() == NoteItem::Type) {
            if (!item->isSelected() && (item->flags() & QGraphicsItem::ItemIsSelectable))
                m_scene->selectIds({static_cast<NoteItem*>(item)->elementId()});
            break;
        }
    }
    QMenu menu(this);
    menu.addActions({m_noteActions->addNote(), m_noteActions->editText()});
    menu.addMenu(m_noteActions->colorMenu());
    menu.addMenu(m_noteActions->moveToBlockMenu());
    menu.addSeparator();
    menu.addActions({m_noteActions->cut(), m_noteActions->copy(), m_noteActions->paste(),
                     m_noteActions->duplicate(), m_noteActions->remove()});
    menu.addSeparator();
    m_noteActions->fillChainMenu(&menu);
    menu.addSeparator();
    menu.addAction(m_noteActions->autoArrange());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::showError(const QString& title, const QString& message) {
    m_lastError = message;
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace tandem
