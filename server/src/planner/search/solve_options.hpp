// What the caller can tune about one run of the planner.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>

namespace kefu::planner {

/// What to minimise after serving as many (priority-weighted) jobs as possible.
enum class Objective : std::uint8_t {
    kDistance,  // total distance only; the fleet is an upper bound
    kVehicles,  // fewest vehicles, then least distance
    kCost,      // fixed cost per used vehicle plus cost per distance
};

/// Limits and seed of one run. The run stops at whichever limit comes first.
struct SolveOptions {
    Objective objective = Objective::kDistance;
    double time_limit_seconds = 1.0;
    std::uint64_t max_iterations = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t seed = 1;
    /// Initial and final annealing temperatures, in multiples of the typical arc length.
    double start_temperature = 10.0;
    double end_temperature = 0.05;
    /// Mean number of jobs removed per ruin (SISR's c-bar).
    double average_removed = 10.0;
    /// With vehicles of more than one type, the share of annealing iterations in which one of the
    /// ruined routes trades all its jobs with another type's vehicle before the recreate, so that
    /// the recreate can use a bigger, faster or better-equipped crew's slack (0: never).
    double route_exchange_rate = 0.3;
    /// With vehicles of more than one type, the share of annealing recreates that insert by
    /// regret (the job whose best route beats its second best by most goes first) instead of
    /// greedily in the ruin's order: slower per iteration, but it places the jobs that only some
    /// crews can take before those crews fill (0: never).
    double regret_rate = 1.0;
    /// Granular insertion: routes of this many nearest jobs are scanned first (0: all routes).
    std::size_t insertion_neighbours = 0;
    /// Local search (relocate, swap, 2-opt*, or-opt, CROSS exchange) as a descent on every new
    /// best and on the final plan, over this many nearest jobs per job (0: off).
    std::size_t local_search_neighbours = 10;
    /// Whether that descent also reorders routes on their own (2-opt, or-opt within a route).
    bool within_route_moves = true;
    /// Share of the annealing after which new bests are descended (earlier, bests come too often
    /// for the descent to pay); the final plan is always descended.
    double local_search_from = 0.0;
    /// Under kVehicles, the share of the budget spent removing vehicles before shortening routes.
    double fleet_share = 0.7;
    /// Independent runs in parallel threads, each with its own seed (the first with `seed`),
    /// sharing the time limit; the cheapest plan wins. 1 plans in the caller's thread only.
    /// The helper threads run at a weaker priority than the caller's (nice +10).
    std::size_t threads = 1;
    /// With several threads, how often the runs meet during their final annealing (evenly
    /// spread) so that those behind continue from the cheapest plan; 0 keeps them independent.
    std::size_t exchanges = 3;
};

}  // namespace kefu::planner
