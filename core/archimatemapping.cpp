// Which ArchiMate 3.1 element each block's notes become, and which
// relationship each link kind becomes between them (docs/archimate.md says
// why). Every relationship chosen here is in the ArchiMate 3.1 relationship
// tables (Appendix B) for its pair of element types; any other pair gets an
// Association, which the language allows between any two elements.

#include "archimateexport.h"

namespace tandem {

QString ArchimateExport::elementType(Block block) {
    switch (block) {
    case Block::KeyPartners:
    case Block::Organisation:
    case Block::Suppliers:
        return QStringLiteral("BusinessActor");
    case Block::KeyActivities:
    case Block::ManagementSystem:
        return QStringLiteral("BusinessFunction");
    case Block::KeyResources:
        return QStringLiteral("Resource");
    case Block::ValuePropositions:
    case Block::CostStructure:
    case Block::RevenueStreams:
        return QStringLiteral("Value");
    case Block::CustomerRelationships:
        return QStringLiteral("BusinessService");
    case Block::Channels:
        return QStringLiteral("BusinessInterface");
    case Block::CustomerSegments:
        return QStringLiteral("BusinessRole");
    case Block::ValueChains:
        return QStringLiteral("BusinessProcess");
    case Block::Locations:
        return QStringLiteral("Location");
    case Block::Information:
        return QStringLiteral("ApplicationComponent");
    }
    return QStringLiteral("Grouping");
}

namespace {

const ArchimateRelation Association{QStringLiteral("Association"), false};

// A stage (business process) and what it relies on, whichever end the
// link was drawn from: who does it, where, with which system, under which
// management function.
std::optional<ArchimateRelation> stageNeeds(Block other, bool stageIsFrom) {
    // ArchiMate reads these from the supporting element to the stage.
    const bool reversed = stageIsFrom;
    switch (other) {
    case Block::Organisation:
    case Block::Suppliers:
        return ArchimateRelation{QStringLiteral("Assignment"), reversed};
    case Block::Locations:
        return ArchimateRelation{QStringLiteral("Aggregation"), reversed};
    case Block::Information:
    case Block::ManagementSystem:
    case Block::KeyActivities:
        return ArchimateRelation{QStringLiteral("Serving"), reversed};
    default:
        return std::nullopt;
    }
}

// An outward element delivered by a stage: the stage realises a service,
// serves a role; a value is associated with the work that creates it.
std::optional<ArchimateRelation> delivered(Block outward, bool stageIsFrom) {
    const bool reversed = !stageIsFrom;
    switch (outward) {
    case Block::CustomerRelationships:
        return ArchimateRelation{QStringLiteral("Realization"), reversed};
    case Block::CustomerSegments:
        return ArchimateRelation{QStringLiteral("Serving"), reversed};
    default:
        return std::nullopt;
    }
}

} // namespace

ArchimateRelation ArchimateExport::relation(LinkKind kind, Block from, Block to) {
    const bool fromStage = from == Block::ValueChains;
    const bool toStage = to == Block::ValueChains;
    if (fromStage != toStage) {
        const Block other = fromStage ? to : from;
        if (auto needs = stageNeeds(other, fromStage))
            return *needs;
        if (auto promise = delivered(other, fromStage))
            return *promise;
        return Association;
    }
    const bool actors = elementType(from) == QStringLiteral("BusinessActor") &&
                        elementType(to) == QStringLiteral("BusinessActor");
    if (kind == LinkKind::Supplies && actors)
        return ArchimateRelation{QStringLiteral("Flow"), false};
    if (from == Block::CustomerRelationships && to == Block::CustomerSegments)
        return ArchimateRelation{QStringLiteral("Serving"), false};
    return Association;
}

} // namespace tandem
