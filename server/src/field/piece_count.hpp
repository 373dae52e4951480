// Piece counts per item (R-FLD-1/3/6/7): what was loaded, unloaded, counted with the dealer or at
// acceptance, and where two counts of the same job disagree.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "platform/error.hpp"

namespace kefu::field {

/// The pieces of one item of a job at one count.
struct ItemCount {
    std::int64_t item_id = 0;
    std::int64_t pieces = 0;
};

/// An item whose two counts differ.
struct CountDifference {
    std::int64_t item_id = 0;
    std::int64_t expected = 0;  ///< the earlier count (e.g. at loading)
    std::int64_t counted = 0;   ///< the later one (e.g. on arrival)

    bool operator==(const CountDifference&) const = default;
};

/// The items whose `counted` pieces differ from `expected`, by item id. An item missing on one
/// side counts 0 there, so an item left behind or one that appeared is a difference too. An
/// item listed twice on one side is summed (the screen may count it box by box).
std::vector<CountDifference> CountDifferences(std::span<const ItemCount> expected,
                                              std::span<const ItemCount> counted);

/// Violations "counts" unknown_item / missing_item (the product id as detail) when `counts` do
/// not count exactly `products` (a job's products).
std::vector<FieldViolation> CheckCountsCoverProducts(std::span<const ItemCount> counts,
                                                     const std::vector<std::int64_t>& products);

}  // namespace kefu::field
