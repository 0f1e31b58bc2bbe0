#include "alignment.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstdint>

namespace tandem {

namespace {

using BlockMask = std::uint32_t;
static_assert(BlockCount <= 32, "one bit per block");

constexpr BlockMask bit(Block block) {
    return BlockMask{1} << static_cast<int>(block);
}

// Element text as people see it; the id stands in for a note left blank.
QString label(const Element& element) {
    const QString text = element.text.simplified();
    return text.isEmpty() ? element.id : text;
}

QString chainLabel(const ValueChain& chain) {
    const QString name = chain.name.simplified();
    return name.isEmpty() ? chain.id : name;
}

int ruleNumber(const QString& rule) {
    return rule.mid(1).toInt();
}

// Every element of the state, in reading order, with the blocks it is linked to.
class LinkIndex {
public:
    struct Node {
        const Element* element = nullptr;
        Block block = Block::KeyPartners;
        int chain = -1; // index into state.chains for stages
        BlockMask linked = 0;
    };

    explicit LinkIndex(const CanvasState& state) {
        const int total = state.elementCount();
        m_nodes.reserve(total);
        m_byId.reserve(total);
        for (Block block : allBlocks()) {
            if (block == Block::ValueChains) {
                for (int c = 0; c < static_cast<int>(state.chains.size()); ++c) {
                    for (const Element& stage : state.chains[c].stages)
                        add(stage, Block::ValueChains, c);
                }
            } else {
                for (const Element& element : state.elements(block))
                    add(element, block, -1);
            }
        }
        for (const Link& link : state.links) {
            if (link.from == link.to)
                continue;
            Node* from = find(link.from);
            Node* to = find(link.to);
            if (!from || !to)
                continue;
            from->linked |= bit(to->block);
            to->linked |= bit(from->block);
        }
    }

    const std::vector<Node>& nodes() const { return m_nodes; }
    const Element* element(const QString& id) const {
        const auto it = m_byId.constFind(id);
        return it == m_byId.constEnd() ? nullptr : m_nodes[*it].element;
    }

private:
    void add(const Element& element, Block block, int chain) {
        // First one wins on a duplicate id; the reader refuses those anyway.
        if (m_byId.contains(element.id))
            return;
        m_byId.insert(element.id, static_cast<int>(m_nodes.size()));
        m_nodes.push_back(Node{&element, block, chain, 0});
    }

    Node* find(const QString& id) {
        const auto it = m_byId.constFind(id);
        return it == m_byId.constEnd() ? nullptr : &m_nodes[*it];
    }

    std::vector<Node> m_nodes;
    QHash<QString, int> m_byId;
};

// The message templates, translated once per check rather than once per
// finding: a large session can produce thousands of findings.
struct Messages {
    QString a1 = QCoreApplication::translate(
        "Alignment", "Value proposition “%1” is not delivered by any value-chain stage: a "
                     "promise with no work behind it.");
    QString a2 = QCoreApplication::translate(
        "Alignment", "Customer segment “%1” is not served by any value proposition.");
    QString a3 = QCoreApplication::translate(
        "Alignment", "Stage “%1” of chain “%2” is linked to no value proposition, segment, "
                     "channel, relationship or revenue stream, and neither is any other stage "
                     "of its chain: work that delivers nothing visible.");
    QString a4 = QCoreApplication::translate(
        "Alignment", "Key activity “%1” has no value-chain stage behind it.");
    QString a5Partner =
        QCoreApplication::translate("Alignment", "Key partner “%1” has no supplier behind it.");
    QString a5Supplier = QCoreApplication::translate(
        "Alignment", "Supplier “%1” serves no key partner or value-chain stage.");
    QString a6 = QCoreApplication::translate(
        "Alignment", "Stage “%1” of chain “%2” has no organisation, location or information "
                     "linked.");
    QString a7Channel = QCoreApplication::translate(
        "Alignment", "Channel “%1” is not delivered by any value-chain stage.");
    QString a7Relationship = QCoreApplication::translate(
        "Alignment", "Customer relationship “%1” is not delivered by any value-chain stage.");
    QString a8Chain = QCoreApplication::translate("Alignment", "Value chain “%1” has no stages.");
    QString a9 = QCoreApplication::translate(
        "Alignment", "Cost “%1”: %2 of it reaches no value proposition: money spent on work "
                     "that delivers no promise.");
    QString a10 = QCoreApplication::translate(
        "Alignment", "Revenue stream “%1” has an amount but is linked to no value proposition: "
                     "income with no promise behind it.");
    QString a11 = QCoreApplication::translate(
        "Alignment", "Value proposition “%1” costs %2 to serve and earns %3: a promise that "
                     "loses money.");
};

Finding make(const char* rule, Severity severity, QString message, QStringList ids = {}) {
    Finding finding;
    finding.rule = QString::fromLatin1(rule);
    finding.severity = severity;
    finding.message = std::move(message);
    finding.elementIds = std::move(ids);
    return finding;
}

// The text comes marked with QT_TRANSLATE_NOOP so lupdate still sees it.
Finding emptyBlock(Block block, const char* text) {
    Finding finding = make("A8", Severity::Warning, QCoreApplication::translate("Alignment", text));
    finding.block = block;
    return finding;
}

} // namespace

QString severityKey(Severity severity) {
    switch (severity) {
    case Severity::Gap:
        return QStringLiteral("gap");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString severityTitle(Severity severity) {
    switch (severity) {
    case Severity::Gap:
        return QCoreApplication::translate("Alignment", "Gaps");
    case Severity::Warning:
        return QCoreApplication::translate("Alignment", "Warnings");
    case Severity::Info:
        return QCoreApplication::translate("Alignment", "Info");
    }
    return {};
}

double Coverage::deliveredShare() const {
    return valuePropositions > 0 ? double(deliveredValuePropositions) / valuePropositions : 0.0;
}

double Coverage::servingShare() const {
    return stages > 0 ? double(servingStages) / stages : 0.0;
}

int AlignmentReport::count(Severity severity) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.severity == severity;
    }));
}

namespace {

BlockMask maskOf(bool (*belongs)(Block)) {
    BlockMask mask = 0;
    for (Block block : allBlocks()) {
        if (belongs(block))
            mask |= bit(block);
    }
    return mask;
}

// One run of the check over a state, in named steps: which chains serve
// anything, the rules per element (A1-A7), the empty blocks and chains (A8),
// and the order findings are shown in.
class AlignmentCheck {
public:
    explicit AlignmentCheck(const CanvasState& state)
        : m_state(state)
        , m_index(state) {}

    AlignmentReport run() {
        findServingChains();
        // Nodes come in reading order, so findings of one rule do too; the
        // stable sort at the end only groups them by severity and rule.
        for (const LinkIndex::Node& node : m_index.nodes())
            checkElement(node);
        checkEmpty();
        checkMoney();
        sortFindings();
        return std::move(m_report);
    }

private:
    // A chain serves something when any of its stages reaches an outward element.
    void findServingChains() {
        m_chainServes.assign(m_state.chains.size(), 0);
        for (const LinkIndex::Node& node : m_index.nodes()) {
            if (node.chain >= 0 && (node.linked & m_outward))
                m_chainServes[node.chain] = 1;
        }
    }

    void add(const Element& element, const char* rule, Severity severity, QString message) {
        m_report.findings.push_back(
            make(rule, severity, std::move(message), QStringList{element.id}));
    }

    void checkElement(const LinkIndex::Node& node);
    void checkStage(const LinkIndex::Node& node);
    void checkEmpty();
    void checkMoney();
    void sortFindings();

    const CanvasState& m_state;
    const LinkIndex m_index;
    const Messages m_messages;
    const BlockMask m_outward = maskOf(&isOutward);
    const BlockMask m_stage = bit(Block::ValueChains);
    const BlockMask m_organisationLocationsInformation =
        maskOf(&isOrganisationLocationsOrInformation);
    std::vector<char> m_chainServes;
    AlignmentReport m_report;
};

void AlignmentCheck::checkElement(const LinkIndex::Node& node) {
    const Element& e = *node.element;
    const auto linkedTo = [&](BlockMask blocks) { return (node.linked & blocks) != 0; };
    Coverage& coverage = m_report.coverage;
    switch (node.block) {
    case Block::ValuePropositions:
        ++coverage.valuePropositions;
        if (linkedTo(m_stage))
            ++coverage.deliveredValuePropositions;
        else
            add(e, "A1", Severity::Gap, m_messages.a1.arg(label(e)));
        break;
    case Block::CustomerSegments:
        if (!linkedTo(bit(Block::ValuePropositions)))
            add(e, "A2", Severity::Gap, m_messages.a2.arg(label(e)));
        break;
    case Block::ValueChains:
        checkStage(node);
        break;
    case Block::KeyActivities:
        if (!linkedTo(m_stage))
            add(e, "A4", Severity::Warning, m_messages.a4.arg(label(e)));
        break;
    case Block::KeyPartners:
        if (!linkedTo(bit(Block::Suppliers)))
            add(e, "A5", Severity::Warning, m_messages.a5Partner.arg(label(e)));
        break;
    case Block::Suppliers:
        if (!linkedTo(bit(Block::KeyPartners) | m_stage))
            add(e, "A5", Severity::Warning, m_messages.a5Supplier.arg(label(e)));
        break;
    case Block::Channels:
        if (!linkedTo(m_stage))
            add(e, "A7", Severity::Info, m_messages.a7Channel.arg(label(e)));
        break;
    case Block::CustomerRelationships:
        if (!linkedTo(m_stage))
            add(e, "A7", Severity::Info, m_messages.a7Relationship.arg(label(e)));
        break;
    default:
        break;
    }
}

// A3 and A6, and the stage coverage.
void AlignmentCheck::checkStage(const LinkIndex::Node& node) {
    const Element& e = *node.element;
    ++m_report.coverage.stages;
    const QString chain = chainLabel(m_state.chains[node.chain]);
    if (m_chainServes[node.chain])
        ++m_report.coverage.servingStages;
    else
        add(e, "A3", Severity::Warning, m_messages.a3.arg(label(e), chain));
    if ((node.linked & m_organisationLocationsInformation) == 0)
        add(e, "A6", Severity::Info, m_messages.a6.arg(label(e), chain));
}

// A8, in reading order: the required blocks, then each empty chain.
void AlignmentCheck::checkEmpty() {
    std::vector<Finding>& findings = m_report.findings;
    if (m_state.elements(Block::ValuePropositions).empty()) {
        findings.push_back(emptyBlock(
            Block::ValuePropositions,
            QT_TRANSLATE_NOOP("Alignment",
                              "The Value Propositions block is empty: the business model "
                              "promises nothing yet.")));
    }
    if (m_state.elements(Block::CustomerSegments).empty()) {
        findings.push_back(emptyBlock(
            Block::CustomerSegments,
            QT_TRANSLATE_NOOP("Alignment",
                              "The Customer Segments block is empty: nobody is served yet.")));
    }
    if (m_state.chains.empty()) {
        findings.push_back(
            emptyBlock(Block::ValueChains,
                       QT_TRANSLATE_NOOP("Alignment",
                                         "The operating model has no value delivery chain: no work "
                                         "is described yet.")));
    }
    for (const ValueChain& chain : m_state.chains) {
        if (chain.stages.empty()) {
            findings.push_back(make("A8", Severity::Warning,
                                    m_messages.a8Chain.arg(chainLabel(chain)),
                                    QStringList{chain.id}));
        }
    }
}

// A9-A11, only where amounts exist: sessions without money keep exactly the
// findings they had.
void AlignmentCheck::checkMoney() {
    m_report.money = money::analyse(m_state);
    const money::MoneyReport& figures = m_report.money;
    if (!figures.present)
        return;
    const auto elementOf = [this](const QString& id) { return m_index.element(id); };
    for (const money::Leak& leak : figures.costsReachingNoPromise) {
        if (const Element* e = elementOf(leak.id))
            add(*e, "A9", Severity::Warning,
                m_messages.a9.arg(label(*e), money::formatCents(leak.cents)));
    }
    for (const QString& id : figures.revenueWithNoPromise) {
        if (const Element* e = elementOf(id))
            add(*e, "A10", Severity::Warning, m_messages.a10.arg(label(*e)));
    }
    for (const money::PromiseFigures& promise : figures.valuePropositions) {
        const Element* e = elementOf(promise.id);
        if (e && promise.cost > promise.revenue)
            add(*e, "A11", Severity::Warning,
                m_messages.a11.arg(label(*e), money::formatCents(promise.cost),
                                   money::formatCents(promise.revenue)));
    }
}

void AlignmentCheck::sortFindings() {
    std::vector<Finding>& findings = m_report.findings;
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        return ruleNumber(a.rule) < ruleNumber(b.rule);
    });
}

} // namespace

AlignmentReport checkAlignment(const CanvasState& state) {
    return AlignmentCheck(state).run();
}

} // namespace tandem
