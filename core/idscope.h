#pragma once

#include "yamlwalk.h"

#include <QHashSeed>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::yamlwalk {

// Ids of one state (the current canvases, or one snapshot): elements,
// stages and chains share one namespace. An open-addressing table over
// hashBytes(): a file with 100,000 notes looks up every id about five times.
// The slots hold a part of each hash and the ids' bytes sit side by side, so
// a lookup touches neither the parsed tree nor a QString.
class IdScope {
public:
    struct Entry {
        quint32 offset = 0; // of the id's bytes in m_bytes
        quint32 size = 0;
        int line = 0;
        bool chain = false;
        QString id; // shared with the element: links then cost no allocation
    };

    IdScope()
        : m_seed(QHashSeed::globalSeed())
        , m_slots(64) {}

    // Index of key in order of definition, or -1.
    int find(std::string_view key) const {
        const std::size_t hash = hashBytes(key, m_seed);
        const quint32 tag = tagOf(hash);
        for (std::size_t slot = hash & mask();; slot = (slot + 1) & mask()) {
            const Slot& candidate = m_slots[slot];
            if (candidate.index < 0)
                return -1;
            if (candidate.tag == tag && keyOf(m_entries[std::size_t(candidate.index)]) == key)
                return candidate.index;
        }
    }

    // Adds an id (at most 64 bytes, as isValidIdBytes() checks); returns the
    // index of the entry that already has it, or -1.
    int add(std::string_view key, int line, bool chain, const QString& id) {
        const std::size_t hash = hashBytes(key, m_seed);
        const quint32 tag = tagOf(hash);
        std::size_t slot = hash & mask();
        for (; m_slots[slot].index >= 0; slot = (slot + 1) & mask()) {
            const Slot& candidate = m_slots[slot];
            if (candidate.tag == tag && keyOf(m_entries[std::size_t(candidate.index)]) == key)
                return candidate.index;
        }
        m_slots[slot] = Slot{tag, static_cast<int>(m_entries.size())};
        m_entries.push_back(Entry{static_cast<quint32>(m_bytes.size()),
                                  static_cast<quint32>(key.size()), line, chain, id});
        m_bytes.append(key);
        if (m_entries.size() * 2 > m_slots.size())
            grow();
        return -1;
    }

    const Entry& operator[](int index) const { return m_entries[std::size_t(index)]; }

private:
    struct Slot {
        quint32 tag = 0; // the high half of the hash
        int index = -1;  // into m_entries, -1 when free
    };

    static quint32 tagOf(std::size_t hash) { return static_cast<quint32>(quint64(hash) >> 32); }
    std::size_t mask() const { return m_slots.size() - 1; }
    std::string_view keyOf(const Entry& entry) const {
        return std::string_view(m_bytes).substr(entry.offset, entry.size);
    }

    void grow() {
        m_slots.assign(m_slots.size() * 2, Slot{});
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            const std::size_t hash = hashBytes(keyOf(m_entries[i]), m_seed);
            std::size_t slot = hash & mask();
            while (m_slots[slot].index >= 0)
                slot = (slot + 1) & mask();
            m_slots[slot] = Slot{tagOf(hash), static_cast<int>(i)};
        }
    }

    std::size_t m_seed;
    std::vector<Entry> m_entries; // in order of definition
    std::vector<Slot> m_slots;
    std::string m_bytes; // the ids, one after another
};

} // namespace tandem::yamlwalk
