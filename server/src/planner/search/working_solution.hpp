// The search's mutable solution: one route per vehicle (possibly empty) with the per-position
// time data that makes an insertion check O(1).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "planner/search/instance.hpp"

namespace kefu::planner {

/// A vehicle's sequence of jobs with forward earliest and backward latest service starts.
struct Route {
    std::size_t vehicle = 0;
    std::vector<std::size_t> jobs;
    std::vector<std::size_t> locations;   // location of the job at each position
    std::vector<std::int64_t> departure;  // earliest service start + service, per position
    std::vector<std::int64_t> latest;     // latest service start keeping the rest feasible
    std::vector<std::int64_t> arcs;       // distance of the arc into each position; last = to end
    std::int64_t pieces = 0;
    std::int64_t volume = 0;
    std::int64_t distance = 0;  // scaled
};

/// All routes plus the jobs that are currently not served.
struct WorkingSolution {
    /// One empty route per vehicle of the instance.
    explicit WorkingSolution(const Instance& instance);

    std::vector<Route> routes;
    std::vector<std::size_t> route_of;    // per job: its route, or kNone
    std::vector<std::size_t> unassigned;  // servable jobs that are not in a route
};

/// Makes `target` equal to `source`, two solutions of one instance whose routes' arrays are as
/// UpdateRoute leaves them: only the routes whose jobs differ are copied, since the annealing's
/// candidate differs from its current plan in the few routes one ruin and recreate touched.
void CopyChangedRoutes(const WorkingSolution& source, WorkingSolution& target);

/// Recomputes loads, distance and the earliest/latest arrays after the job list changed.
void UpdateRoute(const Instance& instance, Route& route);

/// The objective value: penalties of unassigned jobs plus the used routes' costs.
std::int64_t SolutionCost(const Instance& instance, const WorkingSolution& solution);

/// Number of routes that serve at least one job.
std::size_t UsedRoutes(const WorkingSolution& solution);

/// Converts the search's solution into exact double-precision figures.
Solution ExportSolution(const Problem& problem,
                        const Instance& instance,
                        const WorkingSolution& solution);

}  // namespace kefu::planner
