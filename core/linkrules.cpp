#include "linkrules.h"

namespace tandem {

namespace {

// Outward first, inward last: the order in which the example's links point.
int rank(Block block) {
    switch (block) {
    case Block::ValuePropositions:
        return 0;
    case Block::CustomerSegments:
        return 1;
    case Block::CustomerRelationships:
    case Block::Channels:
    case Block::RevenueStreams:
        return 2;
    case Block::KeyPartners:
    case Block::KeyActivities:
    case Block::KeyResources:
    case Block::CostStructure:
        return 3;
    case Block::Suppliers:
        return 4;
    case Block::ValueChains:
        return 5;
    case Block::Organisation:
    case Block::Locations:
    case Block::Information:
    case Block::ManagementSystem:
        return 6;
    }
    return 6;
}

QString shortText(const Document& document, const QString& id) {
    const Element* element = document.element(id);
    QString text = element ? element->text.simplified() : id;
    if (text.size() > 40)
        text = text.left(38).trimmed() + QStringLiteral("\u2026");
    return text;
}

} // namespace

LinkKind LinkRules::defaultKind(Block from, Block to) {
    if (to == Block::ValueChains) {
        switch (from) {
        case Block::ValuePropositions:
        case Block::CustomerSegments:
        case Block::CustomerRelationships:
        case Block::Channels:
            return LinkKind::Delivers;
        case Block::KeyPartners:
        case Block::Suppliers:
            return LinkKind::Supplies;
        case Block::CostStructure:
            return LinkKind::DependsOn;
        default:
            return LinkKind::Supports;
        }
    }
    if (isOrganisationLocationsOrInformation(to) || to == Block::ManagementSystem)
        return LinkKind::DependsOn;
    if (from == Block::KeyPartners || from == Block::Suppliers)
        return LinkKind::Supplies;
    if (isOutward(from) && to == Block::CustomerSegments)
        return LinkKind::Delivers;
    if (from == Block::CostStructure || to == Block::CostStructure)
        return LinkKind::DependsOn;
    return LinkKind::Supports;
}

Link LinkRules::proposedLink(const Document& document, const QString& a, const QString& b) {
    Link link;
    link.from = a;
    link.to = b;
    const auto blockA = document.blockOf(a);
    const auto blockB = document.blockOf(b);
    if (!blockA || !blockB)
        return link;
    if (rank(*blockB) < rank(*blockA))
        std::swap(link.from, link.to);
    link.kind = defaultKind(*document.blockOf(link.from), *document.blockOf(link.to));
    return link;
}

std::vector<Link> LinkRules::linksBetween(const CanvasState& state, const QString& a,
                                          const QString& b) {
    std::vector<Link> result;
    for (const Link& link : state.links) {
        if ((link.from == a && link.to == b) || (link.from == b && link.to == a))
            result.push_back(link);
    }
    return result;
}

QString LinkRules::problem(const Document& document, const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty() || !document.isElement(a) || !document.isElement(b))
        return tr("Drop the link on another note.");
    if (a == b)
        return tr("A note cannot be linked to itself.");
    if (!linksBetween(document.state(), a, b).empty())
        return tr("These notes are already linked. Change the kind in the inspector.");
    return document.linkProblem(proposedLink(document, a, b));
}

QString LinkRules::link(Document& document, const QString& a, const QString& b) {
    const QString refused = problem(document, a, b);
    if (!refused.isEmpty())
        return refused;
    return document.addLink(proposedLink(document, a, b));
}

void LinkRules::unlink(Document& document, const QString& a, const QString& b) {
    const std::vector<Link> links = linksBetween(document.state(), a, b);
    document.removeLinks(links, tr("Remove %n links", nullptr, static_cast<int>(links.size())));
}

QString LinkRules::toggle(Document& document, const QString& a, const QString& b) {
    if (!linksBetween(document.state(), a, b).empty()) {
        unlink(document, a, b);
        return {};
    }
    return link(document, a, b);
}

QString LinkRules::describe(const Document& document, const Link& link) {
    return tr("%1 \u2192 %2").arg(shortText(document, link.from), shortText(document, link.to));
}

} // namespace tandem
