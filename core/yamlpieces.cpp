#include "yamlpieces.h"

#include <algorithm>
#include <optional>

namespace tandem {

namespace {

// A place where a new piece may start.
struct Cut {
    std::size_t offset = 0;
    std::size_t cost = 0;           // of parsing the file up to here (costUpTo())
    std::string_view continuesList; // for a cut between list items: the list's key
    std::size_t listEnd = 0;        // and where the list ends
};

// yaml-cpp takes about as long for a line as for 24 bytes of text: the
// lines of links, short and many, cost a third more per byte than notes.
// Pieces are cut to cost the same, not to be the same size.
constexpr std::size_t LineCost = 24;

std::size_t costUpTo(std::size_t offset, std::size_t lines) {
    return offset + LineCost * lines;
}

bool startsKey(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool continuesKey(char c) {
    return startsKey(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// The key of a line "key:" or "key: value" at column 0 with a plain key, and
// what follows the colon; nothing for any other line.
std::optional<std::pair<std::string_view, std::string_view>> topLevelKey(std::string_view line) {
    if (line.empty() || !startsKey(line[0]))
        return std::nullopt;
    std::size_t end = 1;
    while (end < line.size() && continuesKey(line[end]))
        ++end;
    if (end == line.size() || line[end] != ':')
        return std::nullopt;
    if (end + 1 < line.size() && line[end + 1] != ' ')
        return std::nullopt;
    return std::pair(line.substr(0, end), line.substr(end + 1));
}

bool isBlank(std::string_view text) {
    return text.find_first_not_of(' ') == std::string_view::npos;
}

// The top-level list being read, and the cuts between its items.
struct ListRegion {
    std::string_view key;
    bool open = false;
    bool usable = true;
    int items = 0;
    std::vector<std::pair<std::size_t, std::size_t>> itemCuts; // offset, cost
};

} // namespace

std::vector<YamlPiece> splitYamlForParsing(std::string_view text, int maxPieces,
                                           std::size_t minPieceBytes,
                                           std::span<const std::string_view> listKeys) {
    const std::vector<YamlPiece> whole{YamlPiece{text, {}, {}}};
    if (maxPieces < 2 || text.size() < 2 * std::max<std::size_t>(minPieceBytes, 1))
        return whole;

    std::vector<Cut> cuts; // in file order
    ListRegion list;
    bool seenKey = false;
    auto closeList = [&](std::size_t end) {
        if (list.open && list.usable) {
            for (const auto& [offset, cost] : list.itemCuts)
                cuts.push_back(Cut{offset, cost, list.key, end});
        }
        list = ListRegion{};
    };

    std::size_t lines = 0;
    for (std::size_t start = 0; start < text.size(); ++lines) {
        std::size_t stop = text.find('\n', start);
        if (stop == std::string_view::npos)
            stop = text.size();
        const std::string_view line = text.substr(start, stop - start);
        const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
        const std::string_view content = line.substr(indent);
        if (content.empty() || content[0] == '#') {
            // blank or a comment: belongs to whatever surrounds it
        } else if (indent == 0) {
            const auto key = topLevelKey(line);
            if (!key)
                return whole;
            closeList(start);
            if (seenKey)
                cuts.push_back(Cut{start, costUpTo(start, lines), {}, 0});
            seenKey = true;
            const bool named =
                std::find(listKeys.begin(), listKeys.end(), key->first) != listKeys.end();
            list.open = named && isBlank(key->second);
            list.key = key->first;
        } else if (indent == 1) {
            return whole;
        } else if (list.open && list.usable) {
            const bool item =
                indent == 2 && content[0] == '-' && (content.size() == 1 || content[1] == ' ');
            if (item) {
                if (list.items++ > 0)
                    list.itemCuts.emplace_back(start, costUpTo(start, lines));
            } else if (indent == 2 || list.items == 0) {
                list.usable = false; // not a list at two spaces
            }
        }
        start = stop + 1;
    }
    closeList(text.size());
    if (cuts.empty())
        return whole;

    // The cut nearest to each even share of the cost, at least minPieceBytes
    // from the one before and from the end.
    const std::size_t total = costUpTo(text.size(), lines);
    std::vector<Cut> chosen;
    std::size_t previous = 0;
    for (int share = 1; share < maxPieces; ++share) {
        const std::size_t target = total * std::size_t(share) / std::size_t(maxPieces);
        const auto distance = [&](const Cut& cut) {
            return cut.cost > target ? cut.cost - target : target - cut.cost;
        };
        const Cut* best = nullptr;
        for (const Cut& cut : cuts) { // one per top-level key and list item
            if (cut.offset < previous + minPieceBytes || cut.offset + minPieceBytes > text.size())
                continue;
            if (!best || distance(cut) < distance(*best))
                best = &cut;
        }
        if (!best)
            break;
        chosen.push_back(*best);
        previous = best->offset;
    }
    // A piece of list items ends with its list: the next top-level key
    // starts a piece of its own.
    for (std::size_t i = 0, count = chosen.size(); i < count; ++i) {
        if (!chosen[i].continuesList.empty() && chosen[i].listEnd < text.size())
            chosen.push_back(Cut{chosen[i].listEnd, 0, {}, 0});
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Cut& a, const Cut& b) { return a.offset < b.offset; });
    chosen.erase(std::unique(chosen.begin(), chosen.end(),
                             [](const Cut& a, const Cut& b) { return a.offset == b.offset; }),
                 chosen.end());
    if (chosen.empty())
        return whole;

    std::vector<YamlPiece> pieces;
    std::size_t from = 0;
    std::string_view continuesList;
    for (const Cut& cut : chosen) {
        const std::size_t lineEnd = text.find('\n', cut.offset);
        const std::string_view nextLine = text.substr(
            cut.offset, lineEnd == std::string_view::npos ? lineEnd : lineEnd + 1 - cut.offset);
        pieces.push_back(YamlPiece{text.substr(from, cut.offset - from), continuesList, nextLine});
        from = cut.offset;
        continuesList = cut.continuesList;
    }
    pieces.push_back(YamlPiece{text.substr(from), continuesList, {}});
    return pieces;
}

std::string_view yamlToParse(const YamlPiece& piece, std::string& storage) {
    if (piece.continuesList.empty()) // the piece and the line after it, as they are in the file
        return std::string_view(piece.text.data(), piece.text.size() + piece.nextLine.size());
    storage.clear();
    storage.reserve(piece.continuesList.size() + 2 + piece.text.size() + piece.nextLine.size());
    storage.append(piece.continuesList).append(":\n").append(piece.text).append(piece.nextLine);
    return storage;
}

} // namespace tandem
