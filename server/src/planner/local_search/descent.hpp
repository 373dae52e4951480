// Local search: best-move descent over the classic inter-route moves (relocate, swap, 2-opt*,
// or-opt, CROSS exchange) and the within-route ones (2-opt, or-opt) in a granular neighbourhood,
// until no move improves.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "planner/local_search/move_operator.hpp"

namespace kefu::planner {

/// Which moves a descent tries.
enum class MoveSet : std::uint8_t {
    kBetweenRoutes,  // the classic inter-route moves only
    kAll,            // those and the within-route moves
};

/// The inter-route operators, in a fixed order.
std::vector<std::unique_ptr<MoveOperator>> ClassicOperators();

/// The operators of `set`, in a fixed order.
std::vector<std::unique_ptr<MoveOperator>> Operators(MoveSet set);

/// What a descent did.
struct DescentResult {
    std::uint64_t moves = 0;     // improving moves applied
    std::int64_t gain = 0;       // total cost decrease
    bool local_optimum = false;  // false when the deadline stopped it first
};

/// Improves `solution` until no operator of `set` finds an improving move between a job and one
/// of its `neighbours` nearest jobs (or `deadline` passes). Deterministic: no randomness, fixed
/// order.
DescentResult Descend(
    const Instance& instance,
    WorkingSolution& solution,
    std::size_t neighbours,
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max(),
    MoveSet set = MoveSet::kAll);

/// The best improving move for job u among its `neighbours` nearest jobs (each operator sees the
/// pairs of its scope: other routes, or u's own); gain 0 when none.
Move BestMoveFor(const SearchState& state,
                 const std::vector<std::unique_ptr<MoveOperator>>& operators,
                 std::size_t u,
                 std::size_t neighbours);

}  // namespace kefu::planner
