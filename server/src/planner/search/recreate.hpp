// Recreate: greedy cheapest insertion with blinks (SISR, Christiaens & Vanden Berghe 2020).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "planner/search/rng.hpp"
#include "planner/search/working_solution.hpp"

namespace kefu::planner {

/// Whether jobs may be placed on a vehicle that currently has no route.
enum class NewRoutes : std::uint8_t { kAllowed, kForbidden };

/// How insertion positions are searched.
struct InsertionOptions {
    double blink_rate = 0.0;  // chance to skip each position (SISR's blinks)
    NewRoutes new_routes = NewRoutes::kAllowed;
    /// Scan first the routes of this many nearest jobs (0: every route); the other routes are
    /// scanned only when none of those can take the job.
    std::size_t neighbours = 0;
};

/// The cheapest feasible position found for a job.
struct Insertion {
    std::size_t route = kNone;
    std::size_t position = 0;
    std::int64_t delta = 0;  // cost increase
};

/// Best position for `job` (see InsertionOptions); route == kNone when nothing is feasible.
Insertion BestInsertion(const Instance& instance,
                        const WorkingSolution& solution,
                        std::size_t job,
                        const InsertionOptions& options,
                        Rng& rng);

/// Puts `job` at `position` of route `route` and refreshes that route.
void InsertJob(const Instance& instance,
               WorkingSolution& solution,
               std::size_t job,
               std::size_t route,
               std::size_t position);

/// Inserts `jobs` in the given order; the ones that fit nowhere go to solution.unassigned.
void Recreate(const Instance& instance,
              WorkingSolution& solution,
              const std::vector<std::size_t>& jobs,
              const InsertionOptions& options,
              Rng& rng);

/// Inserts `jobs` by regret-2: each time, the job whose cheapest route beats its second
/// cheapest by most (a job that fits in one route only comes first; ties go to the earlier job
/// in `jobs`) goes to its cheapest position. Jobs that fit nowhere go to solution.unassigned.
/// Blinks and new routes as in `options`; every route is scanned (options.neighbours is not used).
void RecreateByRegret(const Instance& instance,
                      WorkingSolution& solution,
                      const std::vector<std::size_t>& jobs,
                      const InsertionOptions& options,
                      Rng& rng);

/// Orders jobs randomly, by demand, or by distance from the depot (SISR's weighted choice).
void SortForRecreate(const Instance& instance, std::vector<std::size_t>& jobs, Rng& rng);

}  // namespace kefu::planner
