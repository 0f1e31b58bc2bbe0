// The session generator: exact sizes, every block used, valid and unique
// ids, valid links (about two per element), realistic text, and the same
// session for the same seed.

#include "sessiongenerator.h"
#include "sessiontesthelpers.h"

#include <QSet>

using namespace tandem;

namespace {

QSet<QString> allIds(const CanvasState& state) {
    QSet<QString> ids;
    for (const auto& list : state.blocks) {
        for (const Element& element : list)
            ids.insert(element.id);
    }
    for (const ValueChain& chain : state.chains) {
        for (const Element& stage : chain.stages)
            ids.insert(stage.id);
    }
    return ids;
}

TEST(Generator, exactElementCount) {
    for (int size : {0, 1, 5, 14, 15, 16, 100, 1001, 10000}) {
        const Session session = generateSession(size, 3);
        EXPECT_EQ(session.state.elementCount(), size) << size;
        EXPECT_EQ(allIds(session.state).size(), size) << "ids unique, size " << size;
    }
}

TEST(Generator, usesEveryBlockAndChainsOfFourToTwelve) {
    const Session session = generateSession(500, 11);
    for (Block block : allBlocks()) {
        if (block != Block::ValueChains) {
            EXPECT_FALSE(session.state.elements(block).empty()) << blockKey(block).toStdString();
        }
    }
    ASSERT_FALSE(session.state.chains.empty());
    QSet<QString> chainIds;
    for (const ValueChain& chain : session.state.chains) {
        EXPECT_GE(chain.stages.size(), 4u);
        EXPECT_LE(chain.stages.size(), 12u);
        EXPECT_FALSE(chain.name.isEmpty());
        EXPECT_TRUE(isValidId(chain.id));
        chainIds.insert(chain.id);
    }
    EXPECT_TRUE(chainIds.intersect(allIds(session.state)).isEmpty());
}

TEST(Generator, validIdsAndLinks) {
    for (quint32 seed : {1u, 2u, 99u}) {
        const Session session = generateSession(2000, seed);
        const QSet<QString> ids = allIds(session.state);
        for (const QString& id : ids)
            EXPECT_TRUE(isValidId(id)) << id.toStdString();
        const auto& links = session.state.links;
        EXPECT_GE(links.size(), 3600u); // about two per element
        EXPECT_LE(links.size(), 4000u);
        QSet<QString> seen;
        for (const Link& link : links) {
            EXPECT_TRUE(ids.contains(link.from));
            EXPECT_TRUE(ids.contains(link.to));
            EXPECT_NE(link.from, link.to);
            const QString key =
                link.from + QLatin1Char(' ') + link.to + QLatin1Char(' ') + linkKindKey(link.kind);
            EXPECT_FALSE(seen.contains(key)) << key.toStdString();
            seen.insert(key);
        }
        LoadError error;
        EXPECT_TRUE(tandemtest::readText(SessionWriter::toBytes(session), &error))
            << error.toString().toStdString();
    }
}

TEST(Generator, realisticText) {
    const Session session = generateSession(3000, 8);
    int colours = 0, tags = 0, descriptions = 0, positions = 0, elements = 0;
    auto visit = [&](const Element& element) {
        ++elements;
        EXPECT_GE(element.text.size(), 3);
        EXPECT_LE(element.text.size(), 200);
        EXPECT_TRUE(element.color.isEmpty() || isValidColor(element.color));
        colours += !element.color.isEmpty();
        tags += !element.tags.isEmpty();
        descriptions += !element.description.isEmpty();
        positions += element.at.has_value();
    };
    for (const auto& list : session.state.blocks)
        std::for_each(list.begin(), list.end(), visit);
    for (const ValueChain& chain : session.state.chains)
        std::for_each(chain.stages.begin(), chain.stages.end(), visit);
    EXPECT_GT(colours, elements / 10);
    EXPECT_LT(colours, elements / 3);
    EXPECT_GT(tags, elements / 20);
    EXPECT_GT(descriptions, elements / 10);
    EXPECT_GT(positions, elements / 20);
    EXPECT_FALSE(session.info.title.isEmpty());
    EXPECT_FALSE(session.info.participants.isEmpty());
    EXPECT_EQ(session.info.date.size(), 10);
}

TEST(Generator, deterministicFromSeed) {
    const Session first = generateSession(1500, 77);
    const Session second = generateSession(1500, 77);
    EXPECT_TRUE(first == second);
    EXPECT_EQ(SessionWriter::toBytes(first), SessionWriter::toBytes(second));
    EXPECT_NE(SessionWriter::toBytes(first), SessionWriter::toBytes(generateSession(1500, 78)));
}

// With money: the same canvases plus an amount on every revenue stream and
// cost, revenue linked to promises and random weights; and a file that
// loads back as it was written.
TEST(Generator, moneyOnEveryMoneyNote) {
    const Session plain = generateSession(800, 5);
    const Session money = generateSession(800, 5, GeneratorOptions{true});
    EXPECT_EQ(money.info.currency, QStringLiteral("EUR"));
    for (Block block : allBlocks()) {
        const auto& elements = money.state.elements(block);
        ASSERT_EQ(elements.size(), plain.state.elements(block).size());
        const bool hasMoney = block == Block::RevenueStreams || block == Block::CostStructure;
        for (const Element& element : elements)
            EXPECT_EQ(element.amount.has_value(), hasMoney) << element.id.toStdString();
    }
    int weighted = 0;
    int revenueToPromise = 0;
    for (const Link& link : money.state.links) {
        weighted += link.weight.has_value();
        revenueToPromise +=
            link.from.startsWith(QLatin1String("rs-")) && link.to.startsWith(QLatin1String("vp-"));
    }
    EXPECT_GT(weighted, static_cast<int>(money.state.links.size()) / 4);
    EXPECT_GE(revenueToPromise,
              static_cast<int>(money.state.elements(Block::RevenueStreams).size()));
    LoadError error;
    const auto back =
        SessionReader::readBytes(SessionWriter::toBytes(money), QStringLiteral("gen"), &error);
    ASSERT_TRUE(back.has_value()) << error.toString().toStdString();
    EXPECT_EQ(back->state, money.state);
}

} // namespace
