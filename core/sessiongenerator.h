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

} // namespace tandem
