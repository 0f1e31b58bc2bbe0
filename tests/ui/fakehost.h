#pragma once

// A WindowHost without a main window: a plain QMainWindow holding the
// document, scene, view and inspector, with just the menu and toolbar places
// features use, recording what they ask of the window. It shows that a
// feature is built against the narrow interface alone.

#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "inspectordock.h"
#include "menuplaces.h"
#include "windowhost.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

#include <utility>
#include <vector>

namespace tandem::test {

class FakeHost : public WindowHost {
public:
    FakeHost()
        : m_document(new Document(&m_window))
        , m_scene(new CanvasScene(m_document, &m_window))
        , m_view(new CanvasView(m_scene, &m_window))
        , m_inspector(new InspectorDock(m_scene, &m_window))
        , m_places(new MenuPlaces(m_window.menuBar(), &m_window)) {
        m_window.setCentralWidget(m_view);
        m_window.addDockWidget(Qt::RightDockWidgetArea, m_inspector);
        for (const auto& [menu, places] : placesByMenu()) {
            m_places->addMenu(menu, menu);
            for (const char* place : places)
                m_places->addPlace(menu, QLatin1String(place));
        }
        m_places->addToolBar(QStringLiteral("toolbar"), m_window.addToolBar(QStringLiteral("t")));
        for (const char* place : {"toolbar.links", "toolbar.export", "toolbar.present"})
            m_places->addPlace(QStringLiteral("toolbar"), QLatin1String(place));
    }
    ~FakeHost() override {
        while (!m_features.isEmpty())
            delete m_features.takeLast();
        delete m_view;
        delete m_scene;
    }

    QWidget* widget() override { return &m_window; }
    Document* document() const override { return m_document; }
    CanvasScene* scene() const override { return m_scene; }
    CanvasView* view() const override { return m_view; }
    InspectorDock* inspector() const override { return m_inspector; }
    MenuPlaces* menuPlaces() const override { return m_places; }
    void showStatus(const QString& text, int) override { statusMessages.append(text); }
    void addDock(QDockWidget* dock, DockPlace place) override {
        docks.emplace_back(dock, place);
        m_window.addDockWidget(Qt::RightDockWidgetArea, dock);
    }
    void addToolBarRow(QToolBar* toolBar) override { m_window.addToolBar(toolBar); }
    void addWindowActions(const QList<QAction*>& actions) override { m_window.addActions(actions); }
    void setPresenting(bool presenting) override { presentingCalls.append(presenting); }
    bool openFile(const QString& path) override {
        opened.append(path);
        return false;
    }
    bool save() override { return false; }
    bool maybeSave() override { return true; }
    void newFromBlankTemplate() override {}
    void adoptSession(Session session, const QString& path, Adoption) override {
        m_document->resetSession(std::move(session));
        m_document->setFilePath(path);
    }
    WindowHost* openNewWindow() override { return nullptr; }
    void closeWindow() override {}
    void setFileChecks(FileCheck open, FileCheck save) override {
        openCheck = std::move(open);
        saveCheck = std::move(save);
    }
    void setReadOnly(bool on) override { readOnly = on; }
    void registerFeature(QObject* feature) override { m_features.append(feature); }
    QList<QObject*> features() const override { return m_features; }

    QStringList statusMessages;
    std::vector<std::pair<QDockWidget*, DockPlace>> docks;
    QList<bool> presentingCalls;
    QStringList opened;
    FileCheck openCheck;
    FileCheck saveCheck;
    bool readOnly = false;

private:
    static std::vector<std::pair<QString, std::vector<const char*>>> placesByMenu() {
        return {{QStringLiteral("file"),
                 {"file.template", "file.details", "file.import", "file.export"}},
                {QStringLiteral("edit"), {"edit.preferences"}},
                {QStringLiteral("view"), {"view.links", "view.lens", "view.workshop"}},
                {QStringLiteral("session"),
                 {"session.details", "session.snapshots", "session.voting", "session.present",
                  "session.room"}}};
    }

    QMainWindow m_window;
    Document* m_document;
    CanvasScene* m_scene;
    CanvasView* m_view;
    InspectorDock* m_inspector;
    MenuPlaces* m_places;
    QList<QObject*> m_features;
};

} // namespace tandem::test
