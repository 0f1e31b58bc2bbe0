#pragma once

#include "model.h"

#include <QtGlobal>

namespace tandem {

// Builds a realistic, valid session of exactly elementCount elements (block
// notes plus value-chain stages) for tests, benchmarks and demos: notes in
// all fourteen element blocks, value chains of 4 to 12 stages, texts from a
// few words to a sentence or two, some colours, tags, descriptions and
// positions, and about two links per element. The same arguments always give
// the same session, on every platform: it draws only from std::mt19937,
// whose sequence the C++ standard fixes.
Session generateSession(int elementCount, quint32 seed);

// What a generated session may hold beyond the plain canvases.
struct GeneratorOptions {
    // Money (money.md): the session in EUR per year, an amount on every
    // revenue stream and cost, each revenue stream linked to one to three
    // value propositions, and a random weight on about half of the links.
    // Drawn after everything else, so the canvases and links are those of
    // the same seed without money, plus the revenue links.
    bool amounts = false;
};
Session generateSession(int elementCount, quint32 seed, const GeneratorOptions& options);

} // namespace tandem
