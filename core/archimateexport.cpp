#include "archimateexport.h"

#include "canvaslayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>

#include <utility>

namespace tandem {

namespace {

const QString Namespace = QStringLiteral("http://www.opengroup.org/xsd/archimate/3.0/");
const QString XsiNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

// Property definitions: what each note keeps of Tandem's own fields.
struct PropertyDefinition {
    const char* id;
    const char* name;
};
constexpr PropertyDefinition Properties[] = {
    {"tandem-block", "Tandem block"},        {"tandem-color", "Tandem colour"},
    {"tandem-tags", "Tandem tags"},          {"tandem-link-kind", "Tandem link kind"},
    {"tandem-organisation", "Organisation"}, {"tandem-facilitator", "Facilitator"},
    {"tandem-participants", "Participants"}, {"tandem-date", "Date"},
};

// A node of a diagram: an element placed at a rectangle.
struct Node {
    QString id;
    QString elementRef;
    QRect rect;
};

class Writer {
public:
    Writer(const Session& session, QByteArray* out)
        : m_session(session)
        , m_xml(out) {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }
    void write();

private:
    void writeName(const QString& tag, const QString& text) {
        m_xml.writeTextElement(Namespace, tag, text);
    }
    void writeProperty(const char* definition, const QString& value);
    void writeDetails();
    void writeElement(const Element& element, Block block);
    void writeElements();
    void writeRelationship(const QString& id, const QString& type, const QString& source,
                           const QString& target, const QString& name, const QString& kind);
    void writeRelationships();
    void writePropertyDefinitions();
    void writeView(Canvas canvas);
    void writeNode(const Node& node, const QString& type, const QString& label = {});
    void writeBlockNodes(Canvas canvas, const QPointF& origin, QSet<QString>* placed);
    void writeChainNodes(const QPointF& origin, QSet<QString>* placed);
    void writeConnections(Canvas canvas, const QSet<QString>& placed);

    const Session& m_session;
    QXmlStreamWriter m_xml;
    CanvasLayout m_layout;
    QHash<QString, Block> m_blocks; // every element and stage id
};

QRect toRect(const QRectF& rect, const QPointF& origin) {
    const QRectF moved = rect.translated(-origin);
    return QRect(std::max(0, qRound(moved.x())), std::max(0, qRound(moved.y())),
                 std::max(1, qRound(moved.width())), std::max(1, qRound(moved.height())));
}

// Where a block's notes stand: their own `at`, or the layout's reading order.
std::vector<QRectF> noteRects(const QRectF& content, const std::vector<Element>& elements) {
    const QSizeF size(CanvasLayout::NoteWidth, CanvasLayout::NoteMinHeight);
    const std::vector<QPointF> flowed =
        CanvasLayout::flow(content, std::vector<QSizeF>(elements.size(), size));
    std::vector<QRectF> rects;
    rects.reserve(elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const QPointF topLeft =
            elements[i].at
                ? CanvasLayout::clampInto(content, content.topLeft() + *elements[i].at, size)
                : flowed[i];
        rects.emplace_back(topLeft, size);
    }
    return rects;
}

void Writer::write() {
    const SessionInfo& info = m_session.info;
    m_xml.writeStartDocument();
    m_xml.writeDefaultNamespace(Namespace);
    m_xml.writeNamespace(XsiNamespace, QStringLiteral("xsi"));
    m_xml.writeStartElement(Namespace, QStringLiteral("model"));
    m_xml.writeAttribute(
        XsiNamespace, QStringLiteral("schemaLocation"),
        QStringLiteral("http://www.opengroup.org/xsd/archimate/3.0/ "
                       "http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"));
    m_xml.writeAttribute(QStringLiteral("identifier"), QStringLiteral("tandem-model"));
    writeName(QStringLiteral("name"), info.title);
    if (!info.notes.isEmpty())
        writeName(QStringLiteral("documentation"), info.notes);
    writeDetails(); // properties come before the elements
    writeElements();
    writeRelationships();
    writePropertyDefinitions();
    m_xml.writeStartElement(Namespace, QStringLiteral("views"));
    m_xml.writeStartElement(Namespace, QStringLiteral("diagrams"));
    writeView(Canvas::Business);
    writeView(Canvas::Operating);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
}

// Session details become model properties: the exchange format's metadata
// takes only elements of other namespaces that the validator knows, and the
// Open Group's schemas import none (a Dublin Core block fails xmllint
// --schema archimate3_Diagram.xsd), while every tool shows properties.
void Writer::writeDetails() {
    const SessionInfo& info = m_session.info;
    const std::pair<const char*, QString> details[] = {
        {"tandem-organisation", info.organisation},
        {"tandem-facilitator", info.facilitator},
        {"tandem-participants", info.participants.join(QStringLiteral(", "))},
        {"tandem-date", info.date},
    };
    bool any = false;
    for (const auto& [definition, value] : details) {
        if (value.isEmpty())
            continue;
        if (!any)
            m_xml.writeStartElement(Namespace, QStringLiteral("properties"));
        any = true;
        writeProperty(definition, value);
    }
    if (any)
        m_xml.writeEndElement();
}

void Writer::writeProperty(const char* definition, const QString& value) {
    m_xml.writeStartElement(Namespace, QStringLiteral("property"));
    m_xml.writeAttribute(QStringLiteral("propertyDefinitionRef"), QLatin1String(definition));
    writeName(QStringLiteral("value"), value);
    m_xml.writeEndElement();
}

void Writer::writeElement(const Element& element, Block block) {
    m_blocks.insert(element.id, block);
    m_xml.writeStartElement(Namespace, QStringLiteral("element"));
    m_xml.writeAttribute(QStringLiteral("identifier"), ArchimateExport::identifier(element.id));
    m_xml.writeAttribute(XsiNamespace, QStringLiteral("type"), ArchimateExport::elementType(block));
    writeName(QStringLiteral("name"), element.text);
    if (!element.description.isEmpty())
        writeName(QStringLiteral("documentation"), element.description);
    m_xml.writeStartElement(Namespace, QStringLiteral("properties"));
    writeProperty("tandem-block", blockKey(block));
    if (!element.color.isEmpty())
        writeProperty("tandem-color", element.color);
    if (!element.tags.isEmpty())
        writeProperty("tandem-tags", element.tags.join(QStringLiteral(", ")));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void Writer::writeElements() {
    const CanvasState& state = m_session.state;
    m_xml.writeStartElement(Namespace, QStringLiteral("elements"));
    for (Block block : allBlocks()) {
        if (block != Block::ValueChains) {
            for (const Element& element : state.elements(block))
                writeElement(element, block);
            continue;
        }
        for (const ValueChain& chain : state.chains) {
            m_xml.writeStartElement(Namespace, QStringLiteral("element"));
            m_xml.writeAttribute(QStringLiteral("identifier"),
                                 ArchimateExport::identifier(chain.id));
            m_xml.writeAttribute(XsiNamespace, QStringLiteral("type"),
                                 QStringLiteral("BusinessProcess"));
            writeName(QStringLiteral("name"), chain.name);
            m_xml.writeEndElement();
            for (const Element& stage : chain.stages)
                writeElement(stage, block);
        }
    }
    m_xml.writeEndElement();
}

void Writer::writeRelationship(const QString& id, const QString& type, const QString& source,
                               const QString& target, const QString& name, const QString& kind) {
    m_xml.writeStartElement(Namespace, QStringLiteral("relationship"));
    m_xml.writeAttribute(QStringLiteral("identifier"), id);
    m_xml.writeAttribute(QStringLiteral("source"), ArchimateExport::identifier(source));
    m_xml.writeAttribute(QStringLiteral("target"), ArchimateExport::identifier(target));
    m_xml.writeAttribute(XsiNamespace, QStringLiteral("type"), type);
    if (!name.isEmpty())
        writeName(QStringLiteral("name"), name);
    if (!kind.isEmpty()) {
        m_xml.writeStartElement(Namespace, QStringLiteral("properties"));
        writeProperty("tandem-link-kind", kind);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void Writer::writeRelationships() {
    const CanvasState& state = m_session.state;
    m_xml.writeStartElement(Namespace, QStringLiteral("relationships"));
    for (const ValueChain& chain : state.chains) {
        for (std::size_t i = 0; i < chain.stages.size(); ++i) {
            const QString stage = chain.stages[i].id;
            writeRelationship(QStringLiteral("rel-composition-") + stage,
                              QStringLiteral("Composition"), chain.id, stage, {}, {});
            if (i + 1 < chain.stages.size())
                writeRelationship(QStringLiteral("rel-triggering-") + stage,
                                  QStringLiteral("Triggering"), stage, chain.stages[i + 1].id, {},
                                  {});
        }
    }
    int number = 0;
    for (const Link& link : state.links) {
        ++number;
        if (!m_blocks.contains(link.from) || !m_blocks.contains(link.to))
            continue; // a half-edited link to nothing: no relationship to write
        const ArchimateRelation relation = ArchimateExport::relation(
            link.kind, m_blocks.value(link.from), m_blocks.value(link.to));
        writeRelationship(QStringLiteral("rel-link-%1").arg(number), relation.type,
                          relation.reversed ? link.to : link.from,
                          relation.reversed ? link.from : link.to, link.note,
                          linkKindKey(link.kind));
    }
    m_xml.writeEndElement();
}

void Writer::writePropertyDefinitions() {
    m_xml.writeStartElement(Namespace, QStringLiteral("propertyDefinitions"));
    for (const PropertyDefinition& definition : Properties) {
        m_xml.writeStartElement(Namespace, QStringLiteral("propertyDefinition"));
        m_xml.writeAttribute(QStringLiteral("identifier"), QLatin1String(definition.id));
        m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
        writeName(QStringLiteral("name"), QLatin1String(definition.name));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void Writer::writeNode(const Node& node, const QString& type, const QString& label) {
    m_xml.writeStartElement(Namespace, QStringLiteral("node"));
    m_xml.writeAttribute(QStringLiteral("identifier"), node.id);
    if (!node.elementRef.isEmpty())
        m_xml.writeAttribute(QStringLiteral("elementRef"), node.elementRef);
    m_xml.writeAttribute(XsiNamespace, QStringLiteral("type"), type);
    m_xml.writeAttribute(QStringLiteral("x"), QString::number(node.rect.x()));
    m_xml.writeAttribute(QStringLiteral("y"), QString::number(node.rect.y()));
    m_xml.writeAttribute(QStringLiteral("w"), QString::number(node.rect.width()));
    m_xml.writeAttribute(QStringLiteral("h"), QString::number(node.rect.height()));
    if (!label.isEmpty())
        writeName(QStringLiteral("label"), label);
}

QString viewKey(Canvas canvas) {
    return canvas == Canvas::Business ? QStringLiteral("bmc") : QStringLiteral("omc");
}

void Writer::writeBlockNodes(Canvas canvas, const QPointF& origin, QSet<QString>* placed) {
    const CanvasState& state = m_session.state;
    for (Block block : allBlocks()) {
        const bool mirrored = canvas == Canvas::Operating && CanvasLayout::hasMirror(block);
        if ((canvasOf(block) != canvas && !mirrored) || block == Block::ValueChains)
            continue;
        const QRectF frame = mirrored ? m_layout.mirrorRect(block) : m_layout.blockRect(block);
        const QRectF content =
            mirrored ? m_layout.mirrorContentRect(block) : m_layout.contentRect(block);
        writeNode({viewKey(canvas) + QStringLiteral("-block-") + blockKey(block),
                   {},
                   toRect(frame, origin)},
                  QStringLiteral("Container"), blockTitle(block));
        const auto& elements = state.elements(block);
        const std::vector<QRectF> rects = noteRects(content, elements);
        for (std::size_t i = 0; i < elements.size(); ++i) {
            writeNode({viewKey(canvas) + QStringLiteral("-node-") + elements[i].id,
                       ArchimateExport::identifier(elements[i].id), toRect(rects[i], origin)},
                      QStringLiteral("Element"));
            m_xml.writeEndElement();
            placed->insert(elements[i].id);
        }
        m_xml.writeEndElement();
    }
}

void Writer::writeChainNodes(const QPointF& origin, QSet<QString>* placed) {
    const auto& chains = m_session.state.chains;
    const int count = static_cast<int>(chains.size());
    writeNode({QStringLiteral("omc-block-value_chains"),
               {},
               toRect(m_layout.blockRect(Block::ValueChains), origin)},
              QStringLiteral("Container"), blockTitle(Block::ValueChains));
    for (int row = 0; row < count; ++row) {
        const ValueChain& chain = chains[static_cast<std::size_t>(row)];
        writeNode({QStringLiteral("omc-node-") + chain.id, ArchimateExport::identifier(chain.id),
                   toRect(m_layout.chainRowRect(row, count), origin)},
                  QStringLiteral("Element"));
        const int stages = static_cast<int>(chain.stages.size());
        for (int i = 0; i < stages; ++i) {
            const Element& stage = chain.stages[static_cast<std::size_t>(i)];
            writeNode({QStringLiteral("omc-node-") + stage.id,
                       ArchimateExport::identifier(stage.id),
                       toRect(m_layout.stageRect(row, count, i, stages), origin)},
                      QStringLiteral("Element"));
            m_xml.writeEndElement();
            placed->insert(stage.id);
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void Writer::writeConnections(Canvas canvas, const QSet<QString>& placed) {
    int number = 0;
    for (const Link& link : m_session.state.links) {
        ++number;
        if (!placed.contains(link.from) || !placed.contains(link.to))
            continue;
        const ArchimateRelation relation = ArchimateExport::relation(
            link.kind, m_blocks.value(link.from), m_blocks.value(link.to));
        const QString source = relation.reversed ? link.to : link.from;
        const QString target = relation.reversed ? link.from : link.to;
        m_xml.writeStartElement(Namespace, QStringLiteral("connection"));
        m_xml.writeAttribute(QStringLiteral("identifier"),
                             QStringLiteral("%1-connection-%2").arg(viewKey(canvas)).arg(number));
        m_xml.writeAttribute(QStringLiteral("relationshipRef"),
                             QStringLiteral("rel-link-%1").arg(number));
        m_xml.writeAttribute(XsiNamespace, QStringLiteral("type"), QStringLiteral("Relationship"));
        m_xml.writeAttribute(QStringLiteral("source"),
                             viewKey(canvas) + QStringLiteral("-node-") + source);
        m_xml.writeAttribute(QStringLiteral("target"),
                             viewKey(canvas) + QStringLiteral("-node-") + target);
        m_xml.writeEndElement();
    }
}

void Writer::writeView(Canvas canvas) {
    const QPointF origin = m_layout.canvasRect(canvas).topLeft();
    m_xml.writeStartElement(Namespace, QStringLiteral("view"));
    m_xml.writeAttribute(QStringLiteral("identifier"), QStringLiteral("view-") + viewKey(canvas));
    m_xml.writeAttribute(XsiNamespace, QStringLiteral("type"), QStringLiteral("Diagram"));
    writeName(QStringLiteral("name"),
              canvas == Canvas::Business
                  ? QCoreApplication::translate("ArchimateExport", "Business Model Canvas")
                  : QCoreApplication::translate("ArchimateExport", "Operating Model Canvas"));
    QSet<QString> placed;
    writeBlockNodes(canvas, origin, &placed);
    if (canvas == Canvas::Operating)
        writeChainNodes(origin, &placed);
    writeConnections(canvas, placed);
    m_xml.writeEndElement();
}

} // namespace

QByteArray ArchimateExport::toXml(const Session& session) {
    QByteArray out;
    Writer(session, &out).write();
    return out;
}

QString ArchimateExport::identifier(const QString& tandemId) {
    return QStringLiteral("id-") + tandemId;
}

} // namespace tandem
