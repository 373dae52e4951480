// The core of the local search: every classic inter-route move rewrites two routes, each into
// "head of one route + a short explicit sequence + tail of a route". Evaluating such a rewrite
// is O(1) in the route length (O(sequence) for the explicit part): time windows from the
// forward departures and backward latest starts, capacity from prefix loads, cost from prefix
// distances.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <vector>

#include "planner/search/working_solution.hpp"

namespace kefu::planner {

/// Prefix data of one route that the working solution does not keep.
struct RoutePrefix {
    std::vector<std::int64_t> distance;  // [k]: start depot to position k; [size]: whole route
    std::vector<std::int64_t> pieces;    // [k]: load of positions [0, k)
    std::vector<std::int64_t> volume;
    std::vector<std::uint64_t> tail_skills;  // [k]: skills needed by positions [k, size)
    // [k]: distance of the route's arcs into positions [1, k) travelled backwards (position i to
    // i - 1), so that reversing a segment costs O(1) on an asymmetric matrix too.
    std::vector<std::int64_t> reverse_distance;
};

/// The working solution plus the prefix data of every route.
struct SearchState {
    SearchState(const Instance& instance, WorkingSolution& solution);

    /// Refreshes the prefix data of route r (after UpdateRoute).
    void Refresh(std::size_t r);

    const Instance& instance;
    WorkingSolution& solution;
    std::vector<RoutePrefix> prefix;
    std::vector<std::size_t> position;  // per job: its position in its route
};

/// New route `head` = head[0, head_end) + sequence + tail[tail_begin, end), on head's vehicle.
struct RouteRewrite {
    std::size_t head = kNone;
    std::size_t head_end = 0;
    std::array<std::size_t, 3> sequence{};
    std::size_t sequence_size = 0;
    std::size_t tail = kNone;
    std::size_t tail_begin = 0;
};

/// A new order of one route's jobs that the head + sequence + tail form cannot express: the
/// blocks [first, middle) and [middle, last) trade places (kExchange: or-opt within a route), or
/// [first, last) is reversed (kReverse: 2-opt; middle unused). Positions are before the move.
struct RouteReorder {
    enum class Kind : std::uint8_t { kNothing, kReverse, kExchange };
    Kind kind = Kind::kNothing;
    std::size_t route = kNone;
    std::size_t first = 0;
    std::size_t middle = 0;
    std::size_t last = 0;
};

/// A move: two rewrites of two distinct routes, built from the routes as they are before it; or,
/// when reorder.kind is not kNothing, that reorder of one route (and the rewrites are unused).
struct Move {
    Move() = default;
    /// A move between two routes (the constructor spares its callers naming the unused reorder).
    explicit Move(const std::array<RouteRewrite, 2>& rewrites_in) : rewrites(rewrites_in) {}

    std::array<RouteRewrite, 2> rewrites;
    RouteReorder reorder;
    std::int64_t gain = 0;  // cost decrease; > 0 improves
};

/// Cost of a route (fixed + weighted distance; 0 when empty).
std::int64_t RouteCost(const Instance& instance, const Route& route);

/// Cost of the route a rewrite produces, or nothing when it breaks a window, capacity or skill.
std::optional<std::int64_t> RewriteCost(const SearchState& state, const RouteRewrite& rewrite);

/// Builds a rewrite; `sequence` holds at most three jobs.
RouteRewrite Rewrite(std::size_t head,
                     std::size_t head_end,
                     std::initializer_list<std::size_t> sequence,
                     std::size_t tail,
                     std::size_t tail_begin);

/// Evaluates `move` (fills move.gain); false when it is infeasible.
bool Evaluate(const SearchState& state, Move& move);

/// Applies an evaluated move and refreshes both routes.
void Apply(SearchState& state, const Move& move);

}  // namespace kefu::planner
