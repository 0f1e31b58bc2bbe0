// libFuzzer target: the input drives random, valid edits of a generated base
// on two sides (tests/helpers/randomedits.h), which are then merged. Never a
// crash; every result loads, is canonical, and merging a side with itself
// gives it back.

#include "../helpers/randomedits.h"
#include "mergeconflict.h"
#include "sessiongenerator.h"
#include "sessionmerge.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// Numbers from the input bytes, then zeros.
class ByteDraw {
public:
    ByteDraw(const std::uint8_t* data, std::size_t size)
        : m_data(data)
        , m_size(size) {}
    unsigned operator()(unsigned bound) {
        const unsigned value = m_at < m_size ? m_data[m_at++] : 0u;
        return value % bound;
    }
    bool done() const { return m_at >= m_size; }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

void checkLoadsCanonical(const tandem::Session& session) {
    const QByteArray bytes = tandem::SessionWriter::toBytes(session);
    tandem::LoadError error;
    const auto again = tandem::SessionReader::readBytes(bytes, QStringLiteral("merged"), &error);
    if (!again || tandem::SessionWriter::toBytes(*again) != bytes)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2)
        return 0;
    ByteDraw draw(data, size);
    const tandem::Session base = tandem::generateSession(static_cast<int>(draw(40)) + 4, data[1]);
    tandem::test::RandomEditor editor([&](unsigned bound) { return draw(bound); });
    tandem::Session ours = base;
    tandem::Session theirs = base;
    // Edits alternate between the sides, the input decides which and what.
    for (int i = 0; i < 64 && !draw.done(); ++i)
        editor.edit(draw(2) == 0 ? ours : theirs,
                    draw(2) ? QStringLiteral("ours") : QStringLiteral("theirs"));
    const tandem::MergeResult result = tandem::mergeSessions(base, ours, theirs);
    checkLoadsCanonical(result.session);
    if (!(tandem::mergeSessions(base, ours, ours).session == ours))
        std::abort();
    tandem::Session resolved = result.session;
    while (!tandem::conflictsOf(resolved).empty()) {
        const auto next = tandem::resolveConflict(resolved, 0, tandem::MergeSide::Theirs);
        if (!next)
            std::abort();
        resolved = *next;
    }
    checkLoadsCanonical(resolved);
    return 0;
}
