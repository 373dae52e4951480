// Route exchange: two vehicles trade their whole routes. Crews differ in size, skills and
// vehicle, so the same visits can be tight for one crew and roomy for another; between vehicles
// that share a depot the trade changes no distance, only where the slack is.
#pragma once

#include <cstddef>

#include "planner/search/rng.hpp"
#include "planner/search/working_solution.hpp"

namespace kefu::planner {

/// Whether the route's loads, skills and times fit its vehicle (its arrays as UpdateRoute left
/// them).
bool RouteFits(const Instance& instance, const Route& route);

/// Gives route a's jobs to route b's vehicle and b's jobs to a's when both routes still fit;
/// otherwise leaves the solution as it was. True when the routes were exchanged.
bool ExchangeRoutes(const Instance& instance,
                    WorkingSolution& solution,
                    std::size_t a,
                    std::size_t b);

/// Exchanges route a with the route of a random vehicle (used or not) of another type, drawing
/// at most `draws` vehicles; true when an exchange was made.
bool ExchangeWithAnotherType(const Instance& instance,
                             WorkingSolution& solution,
                             std::size_t a,
                             std::size_t draws,
                             Rng& rng);

}  // namespace kefu::planner
