#pragma once

// Random, valid edits of a session, as two people on two branches make them:
// for the merge's property tests and its fuzz target. Every edit keeps the
// session loadable (unique ids, links between existing, different elements,
// no duplicate link), so what a merge makes of two edited copies can be
// checked against the loader.

#include "model.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <vector>

namespace tandem::test {

// Draws numbers from a byte string (the fuzzer's input) or any other source.
using Draw = std::function<unsigned(unsigned bound)>; // in [0, bound), bound > 0

class RandomEditor {
public:
    explicit RandomEditor(Draw draw)
        : m_draw(std::move(draw)) {}

    // One edit; `tag` makes the texts and ids an editor adds its own.
    void edit(Session& session, const QString& tag) {
        CanvasState& state = session.state;
        switch (m_draw(9)) {
        case 0:
            if (Element* element = pick(state))
                element->text = QStringLiteral("edited by %1 %2").arg(tag).arg(m_draw(5));
            break;
        case 1:
            if (Element* element = pick(state))
                element->color = paletteNames()[static_cast<int>(m_draw(3))];
            break;
        case 2:
            if (Element* element = pick(state))
                removeElement(state, element->id);
            break;
        case 3: {
            // Ids from a small pool, so that both sides often pick the same.
            Element element;
            element.id = QStringLiteral("kp-%1").arg(m_draw(4));
            element.text = QStringLiteral("added by %1").arg(tag);
            if (!hasId(state, element.id))
                state.elements(Block::KeyPartners).push_back(element);
            break;
        }
        case 4:
            addLink(state);
            break;
        case 5:
            if (!state.links.empty())
                state.links.erase(state.links.begin() + m_draw(state.links.size()));
            break;
        case 6: {
            auto& list = state.elements(static_cast<Block>(m_draw(3) + 6)); // CS, Cost, Rev
            if (list.size() > 1)
                std::swap(list[m_draw(list.size())], list[m_draw(list.size())]);
            break;
        }
        case 7:
            moveElement(state);
            break;
        default:
            session.info.organisation = QStringLiteral("org of %1").arg(tag);
            break;
        }
    }

private:
    std::vector<Element*> all(CanvasState& state) {
        std::vector<Element*> out;
        for (Block block : allBlocks()) {
            for (Element& element : state.elements(block))
                out.push_back(&element);
        }
        for (ValueChain& chain : state.chains) {
            for (Element& stage : chain.stages)
                out.push_back(&stage);
        }
        return out;
    }
    Element* pick(CanvasState& state) {
        const auto elements = all(state);
        return elements.empty() ? nullptr : elements[m_draw(elements.size())];
    }
    bool hasId(CanvasState& state, const QString& id) {
        const auto elements = all(state);
        return std::any_of(elements.begin(), elements.end(),
                           [&](const Element* element) { return element->id == id; }) ||
               std::any_of(state.chains.begin(), state.chains.end(),
                           [&](const ValueChain& chain) { return chain.id == id; });
    }
    static void removeElement(CanvasState& state, const QString id) { // a copy: erasing moves
        for (Block block : allBlocks())
            std::erase_if(state.elements(block), [&](const Element& e) { return e.id == id; });
        for (ValueChain& chain : state.chains)
            std::erase_if(chain.stages, [&](const Element& e) { return e.id == id; });
        std::erase_if(state.links, [&](const Link& l) { return l.from == id || l.to == id; });
    }
    void addLink(CanvasState& state) {
        Element* from = pick(state);
        Element* to = pick(state);
        if (!from || !to || from == to)
            return;
        Link link{from->id, to->id, allLinkKinds()[m_draw(4)], {}, {}};
        if (std::none_of(state.links.begin(), state.links.end(),
                         [&](const Link& other) { return other.sameEnds(link); }))
            state.links.push_back(link);
    }
    void moveElement(CanvasState& state) {
        auto& from = state.elements(Block::CustomerSegments);
        if (from.empty())
            return;
        const auto at = from.begin() + m_draw(from.size());
        state.elements(Block::Channels).push_back(*at);
        from.erase(at);
    }

    Draw m_draw;
};

} // namespace tandem::test
