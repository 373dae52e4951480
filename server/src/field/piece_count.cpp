#include "field/piece_count.hpp"

#include <map>
#include <set>
#include <string>
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

std::vector<FieldViolation> CheckCountsCoverProducts(std::span<const ItemCount> counts,
                                                     const std::vector<std::int64_t>& products) {
    std::vector<FieldViolation> v;
    const std::set<std::int64_t> wanted(products.begin(), products.end());
    std::set<std::int64_t> counted;
    for (const ItemCount& c : counts) {
        counted.insert(c.item_id);
        if (!wanted.contains(c.item_id)) {
            v.push_back({"counts", "unknown_item", std::to_string(c.item_id)});
        }
    }
    for (std::int64_t p : wanted) {
        if (!counted.contains(p)) v.push_back({"counts", "missing_item", std::to_string(p)});
    }
    return v;
}

}  // namespace kefu::field
