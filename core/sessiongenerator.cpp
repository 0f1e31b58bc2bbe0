#include "sessiongenerator.h"

#include <QDate>

#include <array>
#include <cmath>
#include <cstdint>
#include <random>
#include <span>
#include <unordered_set>
#include <vector>

namespace tandem {

namespace {

using Words = std::span<const char* const>;

constexpr std::array<const char*, 14> IdPrefixes{"kp", "ka", "kr", "vp", "cr", "ch", "cs",
                                                 "co", "rs", "or", "lo", "in", "su", "ms"};

// Sticky-note phrases per element block, in Block order without ValueChains.
constexpr std::array<const char*, 8> KeyPartnerWords{"Green coffee importers",
                                                     "Farm cooperatives in Huila",
                                                     "Packaging supplier",
                                                     "Courier network",
                                                     "Espresso machine dealer",
                                                     "Payment provider",
                                                     "Local dairy",
                                                     "Roastery equipment lessor"};
constexpr std::array<const char*, 8> KeyActivityWords{
    "Roasting to order", "Green bean sourcing", "Quality cupping",    "Barista training",
    "Subscription care", "Route planning",      "Recipe development", "Marketplace listings"};
constexpr std::array<const char*, 8> KeyResourceWords{
    "Roasting plant", "Head roaster know-how", "Customer data", "Brand and story",
    "Delivery vans",  "Working capital",       "Cupping lab",   "Direct-trade contracts"};
constexpr std::array<const char*, 8> ValuePropositionWords{
    "Beans roasted to order", "Traceable single origins", "Café menus that sell",
    "Never run out",          "Training for baristas",    "Carbon-neutral delivery",
    "Flexible plans",         "Seasonal limited lots"};
constexpr std::array<const char*, 8> RelationshipWords{
    "Personal account manager", "Self-service portal", "Community tastings", "Roaster hotline",
    "Monthly tasting notes",    "Loyalty rewards",     "On-site visits",     "Chat support"};
constexpr std::array<const char*, 8> ChannelWords{
    "Web shop",         "Mobile app", "Wholesale sales team", "Farmers' markets", "Café counters",
    "Marketplace shop", "Instagram",  "Trade fairs"};
constexpr std::array<const char*, 8> SegmentWords{"Home espresso enthusiasts",
                                                  "Independent cafés",
                                                  "Office kitchens",
                                                  "Restaurants",
                                                  "Gift buyers",
                                                  "Hotels",
                                                  "Filter coffee fans",
                                                  "Corporate events"};
constexpr std::array<const char*, 8> CostWords{
    "Green coffee", "Roasting energy", "Packaging",      "Shipping",
    "Salaries",     "Marketing",       "Machine leases", "Software subscriptions"};
constexpr std::array<const char*, 8> RevenueWords{
    "Monthly subscriptions", "Wholesale contracts", "One-off web orders", "Training fees",
    "Machine rental",        "Gift cards",          "Event catering",     "Merchandise"};
constexpr std::array<const char*, 8> OrganisationWords{
    "Roasting team",   "Customer care", "Wholesale sales", "Operations lead",
    "Quality manager", "Finance",       "Warehouse crew",  "Founders"};
constexpr std::array<const char*, 8> LocationWords{
    "Roastery in Leeds", "Dispatch warehouse", "Training lab",          "Pop-up in Zürich",
    "Head office",       "Cupping room",       "Partner depot in Köln", "Café Süd"};
constexpr std::array<const char*, 8> InformationWords{
    "Order system",         "Roast profiles",  "CRM",         "Inventory sheet",
    "Subscription billing", "Route optimiser", "Quality log", "Demand forecast"};
constexpr std::array<const char*, 8> SupplierWords{
    "Importer in Hamburg", "Bag printer",     "Courier company",    "Cold-chain dairy",
    "Energy provider",     "Machine service", "Label manufacturer", "Cleaning contractor"};
constexpr std::array<const char*, 8> ManagementWords{"Weekly ops review",  "Quarterly budget",
                                                     "Quality KPIs",       "Risk register",
                                                     "Hiring plan",        "OKRs",
                                                     "Supplier scorecard", "Monthly P&L"};
constexpr std::array<Words, 14> BlockWords{
    KeyPartnerWords, KeyActivityWords, KeyResourceWords, ValuePropositionWords, RelationshipWords,
    ChannelWords,    SegmentWords,     CostWords,        RevenueWords,          OrganisationWords,
    LocationWords,   InformationWords, SupplierWords,    ManagementWords};

constexpr std::array<const char*, 10> StageWords{
    "Take order", "Source beans", "Roast",     "Rest and degas", "Cup and approve",
    "Pack",       "Ship",         "Follow up", "Invoice",        "Train staff"};
constexpr std::array<const char*, 8> ChainWords{
    "Subscription delivery", "Café wholesale",    "Web orders",
    "Barista training",      "Gift boxes",        "Office supply",
    "Event catering",        "Marketplace orders"};
constexpr std::array<const char*, 10> Qualifiers{
    "for small cafés",    "in three regions", "every week",      "with next-day dispatch",
    "at fair prices",     "for first-timers", "without plastic", "under 48 hours",
    "for the whole team", "with a story ☕"};
// Plural subjects, so that every verb below agrees with every one of them.
constexpr std::array<const char*, 10> Subjects{
    "Customers",    "Cafés",        "Subscribers",     "Partners",         "Baristas",
    "Our roasters", "The founders", "Office managers", "Wholesale buyers", "New hires"};
constexpr std::array<const char*, 10> Verbs{"want",    "need",  "expect",   "ask for", "review",
                                            "measure", "trust", "question", "value",   "track"};
constexpr std::array<const char*, 10> Objects{
    "freshness",    "reliable delivery",  "clear pricing",    "better margins",
    "traceability", "shorter lead times", "seasonal variety", "fewer complaints",
    "lower waste",  "consistent taste"};
constexpr std::array<const char*, 8> Tags{"subscription", "wholesale", "risk", "idea",
                                          "to-be",        "as-is",     "☕",    "Q3"};
constexpr std::array<const char*, 12> People{
    "Ada Park",  "Bo Chen",       "Chiara Rossi", "Dmitri Volkov", "Emeka Obi",   "Fatima Zahra",
    "Gus Weber", "Hana Yamamoto", "Ines García",  "Jonas Berg",    "Kofi Mensah", "Lea Müller"};
constexpr std::array<const char*, 6> Organisations{
    "Northwind Coffee Roasters", "Blue Fern Tea Co.",   "Café Zürich GmbH",
    "Harbour Bakeries",          "Lumen Bike Couriers", "Oak & Ember Foods"};

// Draws every random choice of one generated session.
class Generator {
public:
    explicit Generator(quint32 seed)
        : m_rng(seed) {}

    Session run(int elementCount);
    void addMoney(Session& session);

private:
    // Modulo, not std::uniform_int_distribution: the distributions are
    // implementation-defined, the raw engine output is not.
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(m_rng() % static_cast<quint32>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    QString pick(Words words) { return QString::fromUtf8(words[below(int(words.size()))]); }

    QString sentence();
    QString noteText(Words words);
    Element element(const QString& id, Words words);
    void addLinks(Session& session, int target);

    std::mt19937 m_rng;
};

QString Generator::sentence() {
    // The draws in a fixed order (the one GCC gave the unsequenced operands
    // of +, which the pinned sessions of the tests were made with): clang
    // ordered them the other way, the same seed made another session.
    const QString object = pick(Objects);
    const QString verb = pick(Verbs);
    const QString subject = pick(Subjects);
    return subject + QLatin1Char(' ') + verb + QLatin1Char(' ') + object + QLatin1Char('.');
}

QString Generator::noteText(Words words) {
    QString text = pick(words);
    if (chance(45))
        text += QLatin1Char(' ') + pick(Qualifiers);
    if (chance(15))
        text += QStringLiteral(". ") + sentence();
    return text;
}

Element Generator::element(const QString& id, Words words) {
    Element result;
    result.id = id;
    result.text = noteText(words);
    if (chance(20)) {
        result.description = sentence();
        if (chance(40))
            result.description += QLatin1Char('\n') + sentence();
    }
    if (chance(20)) {
        if (chance(80))
            result.color = paletteNames().at(below(int(paletteNames().size())));
        else
            result.color = QStringLiteral("#%1").arg(m_rng() & 0xffffff, 6, 16, QLatin1Char('0'));
    }
    if (chance(15)) {
        const int count = 1 + below(3);
        for (int i = 0; i < count; ++i) {
            const QString tag = pick(Tags);
            if (!result.tags.contains(tag))
                result.tags.append(tag);
        }
    }
    if (chance(10)) {
        // In GCC's order of the unsequenced arguments, as sentence().
        const int y = below(300);
        const int x = below(400);
        result.at = QPointF(x + (chance(20) ? 0.5 : 0.0), y);
    }
    return result;
}

void Generator::addLinks(Session& session, int target) {
    CanvasState& state = session.state;
    // Every element gets a global index so a link is three small numbers.
    std::vector<const Element*> all;
    std::array<std::vector<int>, BlockCount> byBlock;
    for (Block block : allBlocks()) {
        for (const Element& element : state.elements(block)) {
            byBlock[static_cast<int>(block)].push_back(int(all.size()));
            all.push_back(&element);
        }
    }
    for (const ValueChain& chain : state.chains) {
        for (const Element& stage : chain.stages) {
            byBlock[static_cast<int>(Block::ValueChains)].push_back(int(all.size()));
            all.push_back(&stage);
        }
    }
    struct Rule {
        Block from;
        Block to;
        LinkKind kind;
        int weight;
    };
    static constexpr std::array<Rule, 15> rules{{
        {Block::ValuePropositions, Block::ValueChains, LinkKind::Delivers, 6},
        {Block::ValuePropositions, Block::CustomerSegments, LinkKind::Delivers, 4},
        {Block::Channels, Block::ValueChains, LinkKind::Delivers, 2},
        {Block::CustomerRelationships, Block::ValueChains, LinkKind::Delivers, 2},
        {Block::RevenueStreams, Block::ValueChains, LinkKind::Supports, 1},
        {Block::KeyActivities, Block::ValueChains, LinkKind::Supports, 3},
        {Block::KeyPartners, Block::Suppliers, LinkKind::Supplies, 2},
        {Block::Suppliers, Block::ValueChains, LinkKind::Supplies, 2},
        {Block::KeyResources, Block::Organisation, LinkKind::DependsOn, 1},
        {Block::KeyResources, Block::Information, LinkKind::DependsOn, 1},
        {Block::ValueChains, Block::Organisation, LinkKind::DependsOn, 3},
        {Block::ValueChains, Block::Locations, LinkKind::DependsOn, 2},
        {Block::ValueChains, Block::Information, LinkKind::DependsOn, 2},
        {Block::CostStructure, Block::KeyActivities, LinkKind::DependsOn, 1},
        {Block::ManagementSystem, Block::ValueChains, LinkKind::Supports, 1},
    }};
    int totalWeight = 0;
    for (const Rule& rule : rules)
        totalWeight += rule.weight;

    std::unordered_set<std::uint64_t> seen;
    const long long maxAttempts = 20LL * target + 100;
    for (long long attempt = 0; attempt < maxAttempts && int(state.links.size()) < target;
         ++attempt) {
        int roll = below(totalWeight);
        const Rule* rule = rules.data();
        while (roll >= rule->weight) {
            roll -= rule->weight;
            ++rule;
        }
        const auto& fromList = byBlock[static_cast<int>(rule->from)];
        const auto& toList = byBlock[static_cast<int>(rule->to)];
        if (fromList.empty() || toList.empty())
            continue;
        const int from = fromList[below(int(fromList.size()))];
        const int to = toList[below(int(toList.size()))];
        const std::uint64_t key =
            (std::uint64_t(from) << 34) | (std::uint64_t(to) << 4) | std::uint64_t(rule->kind);
        if (from == to || !seen.insert(key).second)
            continue;
        Link link;
        link.from = all[from]->id;
        link.to = all[to]->id;
        link.kind = rule->kind;
        if (chance(8))
            link.note = sentence();
        state.links.push_back(std::move(link));
    }
}

Session Generator::run(int elementCount) {
    Session session;
    const QString organisation = pick(Organisations);
    session.info.title =
        QStringLiteral("%1 strategy session %2").arg(organisation).arg(1 + below(9));
    session.info.organisation = organisation;
    session.info.facilitator = pick(People);
    const int participants = 3 + below(5);
    for (int i = 0; i < participants; ++i) {
        const QString person = pick(People);
        if (!session.info.participants.contains(person))
            session.info.participants.append(person);
    }
    session.info.date = QDate(2026, 1, 1).addDays(below(365)).toString(Qt::ISODate);
    if (chance(50))
        session.info.notes = sentence() + QLatin1Char('\n') + sentence() + QLatin1Char('\n');

    const int count = std::max(elementCount, 0);
    CanvasState& state = session.state;
    // About a quarter of the elements are stages, in chains of 4 to 12.
    int stageBudget = count / 4;
    int stageCounter = 0;
    while (stageBudget >= 4) {
        ValueChain chain;
        chain.id = QStringLiteral("vc-%1").arg(state.chains.size() + 1);
        chain.name = pick(ChainWords);
        int stages = std::min(4 + below(9), stageBudget);
        if (stageBudget - stages < 4)
            stages = stageBudget; // no remainder too small for a chain
        for (int i = 0; i < stages; ++i)
            chain.stages.push_back(
                element(QStringLiteral("st-%1").arg(++stageCounter), StageWords));
        stageBudget -= stages;
        state.chains.push_back(std::move(chain));
    }

    // The rest over the fourteen element blocks: one each first, then by
    // weight (more value propositions and segments than cost lines).
    std::vector<Block> blocks;
    for (Block block : allBlocks()) {
        if (block != Block::ValueChains)
            blocks.push_back(block);
    }
    static constexpr std::array<int, 14> weights{3, 3, 2, 4, 2, 2, 3, 2, 2, 2, 1, 2, 2, 1};
    int totalWeight = 0;
    for (int weight : weights)
        totalWeight += weight;
    std::array<int, 14> counters{};
    const int blockElements = count - stageCounter;
    for (int i = 0; i < blockElements; ++i) {
        int slot = i;
        if (i >= 14) {
            int roll = below(totalWeight);
            slot = 0;
            while (roll >= weights[slot])
                roll -= weights[slot++];
        }
        const QString id =
            QStringLiteral("%1-%2").arg(QLatin1String(IdPrefixes[slot])).arg(++counters[slot]);
        session.state.elements(blocks[slot]).push_back(element(id, BlockWords[slot]));
    }

    addLinks(session, 2 * count);
    return session;
}

void Generator::addMoney(Session& session) {
    session.info.currency = QStringLiteral("EUR");
    session.info.period = QStringLiteral("year");
    CanvasState& state = session.state;
    // Whole euros mostly, some with cents; from a few hundred to a few million.
    const auto amount = [this] {
        const double euros = (1 + below(5000)) * std::pow(10.0, below(4));
        return Figure{chance(20) ? euros + below(100) / 100.0 : euros, {}};
    };
    for (Element& stream : state.elements(Block::RevenueStreams))
        stream.amount = amount();
    for (Element& cost : state.elements(Block::CostStructure))
        cost.amount = amount();
    for (Link& link : state.links) {
        if (chance(50))
            link.weight = Figure{1 + below(9) + (chance(30) ? 0.5 : 0.0), {}};
    }
    const auto& promises = state.elements(Block::ValuePropositions);
    if (promises.empty())
        return;
    for (const Element& stream : state.elements(Block::RevenueStreams)) {
        const int count = 1 + below(3);
        QStringList linked;
        for (int i = 0; i < count; ++i) {
            const QString& promise = promises[below(int(promises.size()))].id;
            if (linked.contains(promise))
                continue;
            linked.append(promise);
            Link link;
            link.from = stream.id;
            link.to = promise;
            link.kind = LinkKind::Supports;
            if (chance(50))
                link.weight = Figure{double(1 + below(5)), {}};
            state.links.push_back(std::move(link));
        }
    }
}

} // namespace

Session generateSession(int elementCount, quint32 seed) {
    return Generator(seed).run(elementCount);
}

Session generateSession(int elementCount, quint32 seed, const GeneratorOptions& options) {
    Generator generator(seed);
    Session session = generator.run(elementCount);
    if (options.amounts)
        generator.addMoney(session);
    return session;
}

} // namespace tandem
