// The planner's entry point: builds a plan for a problem within a time or iteration budget.
#pragma once

#include "planner/model/problem.hpp"
#include "planner/model/solution.hpp"
#include "planner/search/solve_options.hpp"
#include "platform/error.hpp"

namespace kefu::planner {

/// Plans routes: greedy construction, then ruin-and-recreate with simulated annealing (and,
/// for Objective::kVehicles, route elimination first), in options.threads independent runs.
/// Deterministic for a seed and a thread count when only the iteration limit binds (each run
/// then does max_iterations). INVALID_ARGUMENT for a malformed problem or options; unservable
/// jobs are data.
Result<Solution> Solve(const Problem& problem, const SolveOptions& options);

}  // namespace kefu::planner
