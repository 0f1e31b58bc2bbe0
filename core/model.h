#pragma once

#include <QDateTime>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace tandem {

// The blocks of both canvases, in canonical facilitation order: the nine BMC
// blocks first, then the six OMC blocks. ValueChains holds no elements of its
// own: its elements are the stages of the session's value chains.
enum class Block {
    KeyPartners,
    KeyActivities,
    KeyResources,
    ValuePropositions,
    CustomerRelationships,
    Channels,
    CustomerSegments,
    CostStructure,
    RevenueStreams,
    ValueChains,
    Organisation,
    Locations,
    Information,
    Suppliers,
    ManagementSystem,
};
inline constexpr int BlockCount = 15;

enum class Canvas { Business, Operating };

// The order in which a facilitator walks through the blocks.
const std::array<Block, BlockCount>& allBlocks();
Canvas canvasOf(Block block);
// The file-format key, e.g. "value_propositions".
QString blockKey(Block block);
std::optional<Block> blockFromKey(const QString& key);
// Human title and guiding question (translated through QCoreApplication).
QString blockTitle(Block block);
QString blockHint(Block block);
// The same in English, untranslated: for a translator other than the
// application's (a participant's page in the workshop room).
const char* blockTitleSource(Block block);
const char* blockHintSource(Block block);
// True for blocks whose elements point outward (A1/A2/A7 targets).
bool isOutward(Block block);
// True for Organisation, Locations and Information: the operating-canvas
// blocks that say who does a stage's work, where, and with what knowledge
// (the O, L and I of POLISM). Rule A6 asks every stage for one of them; new
// links into them, or into the Management System, depend on them.
bool isOrganisationLocationsOrInformation(Block block);

enum class LinkKind { Delivers, Supports, DependsOn, Supplies };
QString linkKindKey(LinkKind kind);
std::optional<LinkKind> linkKindFromKey(const QString& key);
QString linkKindTitle(LinkKind kind);
const std::array<LinkKind, 4>& allLinkKinds();

// The palette names of file-format.md, in display order.
const QStringList& paletteNames();
// True for a palette name or #rrggbb.
bool isValidColor(const QString& color);
// Ids: [A-Za-z0-9][A-Za-z0-9_.-]{0,63}
bool isValidId(const QString& id);

// Keys of a mapping that this version does not know, kept in file order so a
// round trip writes them back where they stood. What the values are is private
// to the reader and writer (core/extrafields_p.h); the rest of the program
// only asks whether there are any and what they are called. Copies share one
// value that is never changed, so they are cheap and independent.
class ExtraFields {
public:
    struct Data; // defined in core/extrafields_p.h

    ExtraFields() = default;
    explicit ExtraFields(std::shared_ptr<const Data> data);

    bool empty() const;
    std::size_t size() const;
    // The keys, in file order.
    QStringList keys() const;
    bool contains(const QString& key) const;
    // A copy without one key.
    ExtraFields without(const QString& key) const;
    // Null when empty.
    const Data* data() const { return m_data.get(); }

    bool operator==(const ExtraFields& other) const;

private:
    std::shared_ptr<const Data> m_data;
};

// Dot votes on a note (docs/file-format-extensions.md): participant name ->
// number of dots, each at least 1. core/votes.h has the rules.
using Votes = QMap<QString, int>;

// A number from the file (an amount, a link weight), with its text as the
// file wrote it so that a whole number stays whole and a file reads back as
// it was; `written` is empty for a number typed in the editor, which the
// writer then writes in its shortest form. Two figures are equal when their
// values are.
struct Figure {
    double value = 0;
    QString written;

    bool operator==(const Figure& other) const { return value == other.value; }
};

// One sticky note: a BMC or OMC block element, or a value-chain stage.
struct Element {
    QString id;
    QString text;
    QString description;
    QString color; // palette name, #rrggbb, or empty for the block default
    QStringList tags;
    std::optional<QPointF> at; // position relative to its block's top-left corner
    Votes votes;
    // Revenue or cost per the session's period (money.md); only on elements
    // of Revenue Streams and Cost Structure.
    std::optional<Figure> amount;
    // Who wrote it, when it came from a participant in the workshop room
    // (docs/file-format-extensions.md); empty for the facilitator's own notes.
    QString author;
    ExtraFields extra;

    bool operator==(const Element& other) const = default;
};

// A value delivery chain: a named, ordered row of stages.
struct ValueChain {
    QString id;
    QString name;
    std::vector<Element> stages;
    ExtraFields extra;

    bool operator==(const ValueChain& other) const = default;
};

// A directed connection between two elements. Rules read it either way.
struct Link {
    QString from;
    QString to;
    LinkKind kind = LinkKind::Delivers;
    QString note;
    // How an amount splits when it flows over several links (money.md);
    // unset means 1.
    std::optional<Figure> weight;
    ExtraFields extra;

    double weightValue() const { return weight ? weight->value : 1.0; }
    bool sameEnds(const Link& other) const {
        return from == other.from && to == other.to && kind == other.kind;
    }
    bool operator==(const Link& other) const = default;
};

// Who, when and what for.
struct SessionInfo {
    QString title;
    QString organisation;
    QString facilitator;
    QStringList participants;
    QString date; // ISO 8601 date as written, may be empty
    QString notes;
    QString currency; // ISO 4217 code, or empty
    QString period;   // "month", "quarter", "year", or empty (a year)
    ExtraFields extra;

    bool operator==(const SessionInfo& other) const = default;
};

// Both canvases and their links: what the current session shows, and what a
// snapshot freezes.
struct CanvasState {
    std::array<std::vector<Element>, BlockCount> blocks; // ValueChains slot stays empty
    std::vector<ValueChain> chains;
    std::vector<Link> links;
    ExtraFields businessExtra;
    ExtraFields operatingExtra;

    std::vector<Element>& elements(Block block) { return blocks[static_cast<int>(block)]; }
    const std::vector<Element>& elements(Block block) const {
        return blocks[static_cast<int>(block)];
    }
    int elementCount() const;
    bool operator==(const CanvasState& other) const = default;
};

// A named frozen copy of the canvases, such as "as-is" or "to-be".
struct Snapshot {
    QString name;
    QDateTime taken;
    CanvasState state;
    ExtraFields extra;

    bool operator==(const Snapshot& other) const = default;
};

// A whole workshop session: what one file holds.
struct Session {
    SessionInfo info;
    CanvasState state;
    std::vector<Snapshot> snapshots;
    ExtraFields extra; // unknown top-level keys

    bool operator==(const Session& other) const = default;
};

// Where an element lives: in a block, or as a stage of a chain.
struct Place {
    Block block = Block::KeyPartners;
    QString chainId; // set for stages (block == ValueChains)
    int index = -1;

    bool isStage() const { return block == Block::ValueChains; }
    bool operator==(const Place& other) const = default;
};

} // namespace tandem
