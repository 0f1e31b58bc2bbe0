// The routes, ports and bundles of the links pinned to what they were before
// routing was made fast (issue 18): every curve of the example and of a
// generated session, in each arrangement of the canvases, element by element.
// The expected text in tests/data/links/ was written by the routing code of
// main before the change (run with TANDEM_WRITE_ROUTES=1 to write it anew,
// only after a deliberate change of the look).

#include "canvasscene.h"
#include "document.h"
#include "linklayer.h"
#include "sessiongenerator.h"
#include "uitesthelpers.h"

#include <QFile>

namespace tandem::test {

namespace {

QString number(qreal value) {
    // Three decimals: far below a pixel, and the same on every run.
    QString text = QString::number(value, 'f', 3);
    return text == QLatin1String("-0.000") ? QStringLiteral("0.000") : text;
}

QString describe(const QPainterPath& path) {
    QStringList parts;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        static const char* const types[] = {"M", "L", "C", "d"};
        parts << QStringLiteral("%1%2,%3").arg(QLatin1String(types[element.type]),
                                               number(element.x), number(element.y));
    }
    return parts.join(QLatin1Char(' '));
}

// Every link of the scene's document as the layer draws it: its curve in
// focus (whose first and last points are its ports), its look at rest (the
// fans to the hubs and the trunk) and how many links share the trunk.
QString describeLinks(CanvasScene& scene) {
    LinkLayer* layer = scene.linkLayer();
    layer->ensureRouted();
    QString text;
    text += QStringLiteral("routed %1\n").arg(layer->routedCount());
    for (const Link& link : scene.document()->state().links) {
        text += QStringLiteral("%1 > %2 %3\n").arg(link.from, link.to, linkKindTitle(link.kind));
        text += QStringLiteral("  path %1\n").arg(describe(layer->pathOf(link)));
        text += QStringLiteral("  rest %1\n").arg(describe(layer->restingPathOf(link)));
        text += QStringLiteral("  trunk %1\n").arg(layer->trunkSize(link));
    }
    // What the view counts to decide whether the resting links show.
    const QRectF area = scene.layout().sceneRect();
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const QRectF sight(area.left() + column * area.width() / 3,
                               area.top() + row * area.height() / 3, area.width() / 3,
                               area.height() / 3);
            text += QStringLiteral("sight %1,%2 %3\n")
                        .arg(row)
                        .arg(column)
                        .arg(layer->countInSight(sight));
        }
    }
    return text;
}

QString arrangementName(Arrangement arrangement) {
    switch (arrangement) {
    case Arrangement::SideBySide:
        return QStringLiteral("side-by-side");
    case Arrangement::Stacked:
        return QStringLiteral("stacked");
    case Arrangement::BusinessOnly:
        return QStringLiteral("business-only");
    case Arrangement::OperatingOnly:
        return QStringLiteral("operating-only");
    }
    return {};
}

QString describeSession(Session session) {
    Document document;
    document.resetSession(std::move(session));
    CanvasScene scene(&document);
    QString text;
    for (const Arrangement arrangement : {Arrangement::SideBySide, Arrangement::Stacked,
                                          Arrangement::BusinessOnly, Arrangement::OperatingOnly}) {
        scene.setArrangement(arrangement);
        text += QStringLiteral("# %1\n").arg(arrangementName(arrangement));
        text += describeLinks(scene);
    }
    return text;
}

void expectPinned(const QString& name, const QString& actual) {
    const QString path = QStringLiteral(TANDEM_TEST_DATA "/links/%1.txt").arg(name);
    if (qEnvironmentVariableIsSet("TANDEM_WRITE_ROUTES")) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        return;
    }
    QFile in(path);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << path.toStdString();
    const QStringList expected = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    const QStringList lines = actual.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), expected.size());
    int mismatches = 0;
    for (qsizetype i = 0; i < lines.size() && mismatches < 5; ++i) {
        if (lines[i] != expected[i]) {
            ++mismatches;
            ADD_FAILURE() << name.toStdString() << " line " << i + 1 << "\n  expected "
                          << expected[i].toStdString() << "\n  actual   " << lines[i].toStdString();
        }
    }
}

} // namespace

TEST(LinkRoutesTest, TheExampleRoutesAsBefore) {
    expectPinned(QStringLiteral("northwind-routes"), describeSession(exampleSession()));
}

TEST(LinkRoutesTest, AGeneratedSessionRoutesAsBefore) {
    expectPinned(QStringLiteral("generated-150-routes"), describeSession(generateSession(150, 7)));
}

TEST(LinkRoutesTest, RoutesFollowAnEditAsBefore) {
    // Routed once, then a link and a note with its links removed: routed
    // again afresh, the fans of the notes left respread along their edges.
    Document document;
    document.resetSession(generateSession(150, 7));
    CanvasScene scene(&document);
    scene.linkLayer()->ensureRouted();
    const std::vector<Link> links = document.state().links;
    ASSERT_GE(links.size(), 10u);
    document.removeLink(links[3]);
    document.removeElements({links[7].from});
    expectPinned(QStringLiteral("generated-150-edited-routes"), describeLinks(scene));
}

} // namespace tandem::test
