// Moves inside one route (2-opt, or-opt within a route): the distance change is O(1) from the
// route's prefix data, but a reversed or moved block changes every service start after it, so
// the time windows are replayed from the first changed position to the first unchanged one, whose
// latest start then covers the rest of the route.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "planner/local_search/route_rewrite.hpp"

namespace kefu::planner {

/// A reversal of route positions [first, last); needs last - first >= 2.
RouteReorder Reversal(std::size_t route, std::size_t first, std::size_t last);

/// An exchange of the adjacent blocks [first, middle) and [middle, last); needs
/// first < middle < last.
RouteReorder Exchange(std::size_t route, std::size_t first, std::size_t middle, std::size_t last);

/// Cost decrease of `reorder`, feasible or not (the route keeps its vehicle, jobs and load, so
/// only its distance changes).
std::int64_t ReorderGain(const SearchState& state, const RouteReorder& reorder);

/// Whether every window and the shift end still hold after `reorder`; capacity and skills cannot
/// change within a route.
bool ReorderFeasible(const SearchState& state, const RouteReorder& reorder);

/// The route's jobs in their order after `reorder`.
std::vector<std::size_t> ReorderedJobs(const Route& route, const RouteReorder& reorder);

/// Applies `reorder` and refreshes its route.
void ApplyReorder(SearchState& state, const RouteReorder& reorder);

}  // namespace kefu::planner
