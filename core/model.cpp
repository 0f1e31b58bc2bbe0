#include "model.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tandem {

namespace {

struct BlockInfo {
    Block block;
    const char* key;
    const char* title;
    const char* hint;
};

// Titles and hints are marked for translation in the "Block" context.
const std::array<BlockInfo, BlockCount>& blockTable() {
    static const std::array<BlockInfo, BlockCount> table{{
        {Block::KeyPartners, "key_partners", QT_TRANSLATE_NOOP("Block", "Key Partners"),
         QT_TRANSLATE_NOOP("Block", "Who do we rely on, and what do they bring us?")},
        {Block::KeyActivities, "key_activities", QT_TRANSLATE_NOOP("Block", "Key Activities"),
         QT_TRANSLATE_NOOP("Block", "What must we be excellent at doing to deliver the offer?")},
        {Block::KeyResources, "key_resources", QT_TRANSLATE_NOOP("Block", "Key Resources"),
         QT_TRANSLATE_NOOP("Block",
                           "Which assets (people, know-how, money, things) make it possible?")},
        {Block::ValuePropositions, "value_propositions",
         QT_TRANSLATE_NOOP("Block", "Value Propositions"),
         QT_TRANSLATE_NOOP("Block",
                           "Which problem do we solve, which gain do we create, for whom?")},
        {Block::CustomerRelationships, "customer_relationships",
         QT_TRANSLATE_NOOP("Block", "Customer Relationships"),
         QT_TRANSLATE_NOOP("Block", "What kind of relationship does each segment expect from us?")},
        {Block::Channels, "channels", QT_TRANSLATE_NOOP("Block", "Channels"),
         QT_TRANSLATE_NOOP("Block", "How do we reach, sell to and serve each segment?")},
        {Block::CustomerSegments, "customer_segments",
         QT_TRANSLATE_NOOP("Block", "Customer Segments"),
         QT_TRANSLATE_NOOP("Block", "For whom do we create value? Who matters most?")},
        {Block::CostStructure, "cost_structure", QT_TRANSLATE_NOOP("Block", "Cost Structure"),
         QT_TRANSLATE_NOOP("Block",
                           "What are the biggest costs, and which activities drive them?")},
        {Block::RevenueStreams, "revenue_streams", QT_TRANSLATE_NOOP("Block", "Revenue Streams"),
         QT_TRANSLATE_NOOP("Block", "What do customers pay for, how, and how much?")},
        {Block::ValueChains, "value_chains", QT_TRANSLATE_NOOP("Block", "Value Delivery Chains"),
         QT_TRANSLATE_NOOP("Block", "The steps of work, in order, that deliver a value "
                                    "proposition. One chain per proposition or customer group.")},
        {Block::Organisation, "organisation", QT_TRANSLATE_NOOP("Block", "Organisation"),
         QT_TRANSLATE_NOOP("Block", "Who does the work: units, roles, decision rights.")},
        {Block::Locations, "locations", QT_TRANSLATE_NOOP("Block", "Locations"),
         QT_TRANSLATE_NOOP("Block", "Where the work happens; sites, buildings, assets.")},
        {Block::Information, "information", QT_TRANSLATE_NOOP("Block", "Information"),
         QT_TRANSLATE_NOOP("Block", "Which systems and data the work needs.")},
        {Block::Suppliers, "suppliers", QT_TRANSLATE_NOOP("Block", "Suppliers"),
         QT_TRANSLATE_NOOP("Block", "Who supplies inputs, and on what terms.")},
        {Block::ManagementSystem, "management_system",
         QT_TRANSLATE_NOOP("Block", "Management System"),
         QT_TRANSLATE_NOOP("Block", "Planning, budgeting, performance, risk, people processes.")},
    }};
    return table;
}

const BlockInfo& info(Block block) {
    return blockTable()[static_cast<int>(block)];
}

} // namespace

const std::array<Block, BlockCount>& allBlocks() {
    static const std::array<Block, BlockCount> blocks = [] {
        std::array<Block, BlockCount> result{};
        for (int i = 0; i < BlockCount; ++i)
            result[i] = static_cast<Block>(i);
        return result;
    }();
    return blocks;
}

Canvas canvasOf(Block block) {
    return static_cast<int>(block) < static_cast<int>(Block::ValueChains) ? Canvas::Business
                                                                          : Canvas::Operating;
}

QString blockKey(Block block) {
    return QString::fromLatin1(info(block).key);
}

std::optional<Block> blockFromKey(const QString& key) {
    for (const BlockInfo& entry : blockTable()) {
        if (key == QLatin1String(entry.key))
            return entry.block;
    }
    return std::nullopt;
}

QString blockTitle(Block block) {
    return QCoreApplication::translate("Block", info(block).title);
}

QString blockHint(Block block) {
    return QCoreApplication::translate("Block", info(block).hint);
}

const char* blockTitleSource(Block block) {
    return info(block).title;
}

const char* blockHintSource(Block block) {
    return info(block).hint;
}

bool isOrganisationLocationsOrInformation(Block block) {
    return block == Block::Organisation || block == Block::Locations || block == Block::Information;
}

bool isOutward(Block block) {
    switch (block) {
    case Block::ValuePropositions:
    case Block::CustomerSegments:
    case Block::Channels:
    case Block::CustomerRelationships:
    case Block::RevenueStreams:
        return true;
    default:
        return false;
    }
}

QString linkKindKey(LinkKind kind) {
    switch (kind) {
    case LinkKind::Delivers:
        return QStringLiteral("delivers");
    case LinkKind::Supports:
        return QStringLiteral("supports");
    case LinkKind::DependsOn:
        return QStringLiteral("depends-on");
    case LinkKind::Supplies:
        return QStringLiteral("supplies");
    }
    return {};
}

std::optional<LinkKind> linkKindFromKey(const QString& key) {
    for (LinkKind kind : allLinkKinds()) {
        if (linkKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString linkKindTitle(LinkKind kind) {
    switch (kind) {
    case LinkKind::Delivers:
        return QCoreApplication::translate("LinkKind", "delivers");
    case LinkKind::Supports:
        return QCoreApplication::translate("LinkKind", "supports");
    case LinkKind::DependsOn:
        return QCoreApplication::translate("LinkKind", "depends on");
    case LinkKind::Supplies:
        return QCoreApplication::translate("LinkKind", "supplies");
    }
    return {};
}

const std::array<LinkKind, 4>& allLinkKinds() {
    static const std::array<LinkKind, 4> kinds{LinkKind::Delivers, LinkKind::Supports,
                                               LinkKind::DependsOn, LinkKind::Supplies};
    return kinds;
}

const QStringList& paletteNames() {
    static const QStringList names{QStringLiteral("yellow"), QStringLiteral("orange"),
                                   QStringLiteral("pink"),   QStringLiteral("red"),
                                   QStringLiteral("purple"), QStringLiteral("blue"),
                                   QStringLiteral("teal"),   QStringLiteral("green"),
                                   QStringLiteral("grey"),   QStringLiteral("white")};
    return names;
}

bool isValidColor(const QString& color) {
    if (paletteNames().contains(color))
        return true;
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return hex.match(color).hasMatch();
}

bool isValidId(const QString& id) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

int CanvasState::elementCount() const {
    int count = 0;
    for (const auto& list : blocks)
        count += static_cast<int>(list.size());
    for (const ValueChain& chain : chains)
        count += static_cast<int>(chain.stages.size());
    return count;
}

} // namespace tandem
