// JSON adapters of the planner: a problem file format and the solution output of `kefu plan`.
#pragma once

#include <string>
#include <string_view>

#include "planner/model/problem.hpp"
#include "planner/model/solution.hpp"
#include "platform/error.hpp"

namespace kefu::planner {

/// Parses a problem in the planner's JSON format (see docs/adr/*planner*): `jobs`, `vehicles`,
/// `locations` (points) and `matrix` ("euclidean" or "haversine" with `roadFactor` and
/// `speedKmh`). A job's time on site is `service` plus `sharedWork` divided by the `workers` of
/// the vehicle that does it (defaults 0 and 1). INVALID_ARGUMENT with the offending fields on
/// bad input.
Result<Problem> ParseProblemJson(std::string_view text);

/// The solution as `kefu plan` prints it: routes, unassigned (with reason codes) and summary.
std::string SolutionToJson(const Problem& problem, const Solution& solution);

}  // namespace kefu::planner
