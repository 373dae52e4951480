#include "field/piece_count.hpp"

#include <map>
#include <utility>

namespace kefu::field {

std::vector<CountDifference> CountDifferences(std::span<const ItemCount> expected,
                                              std::span<const ItemCount> counted) {
    // Ordered by item id so the incident lists them the same way every time.
    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> both;
    for (const ItemCount& c : expected) both[c.item_id].first += c.pieces;
    for (const ItemCount& c : counted) both[c.item_id].second += c.pieces;
    std::vector<CountDifference> differences;
    for (const auto& [item, pair] : both) {
        if (pair.first != pair.second) differences.push_back({item, pair.first, pair.second});
    }
    return differences;
}

}  // namespace kefu::field
