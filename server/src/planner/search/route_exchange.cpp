#include "planner/search/route_exchange.hpp"

#include <utility>

namespace kefu::planner {

bool RouteFits(const Instance& instance, const Route& route) {
    if (route.jobs.empty()) return true;
    const VehicleData& vehicle = instance.vehicle(route.vehicle);
    if (route.pieces > vehicle.pieces || route.volume > vehicle.volume) return false;
    for (std::size_t i = 0; i < route.jobs.size(); ++i) {
        // A job that no window takes any more leaves a departure of at least kNever behind.
        if (!instance.CanServe(route.vehicle, route.jobs[i]) || route.departure[i] >= kNever) {
            return false;
        }
    }
    return route.departure.back() + instance.Time(route.locations.back(), vehicle.end) <=
           vehicle.shift_end;
}

bool ExchangeRoutes(const Instance& instance,
                    WorkingSolution& solution,
                    std::size_t a,
                    std::size_t b) {
    Route& first = solution.routes[a];
    Route& second = solution.routes[b];
    std::swap(first.jobs, second.jobs);
    UpdateRoute(instance, first);
    UpdateRoute(instance, second);
    if (!RouteFits(instance, first) || !RouteFits(instance, second)) {
        std::swap(first.jobs, second.jobs);
        UpdateRoute(instance, first);
        UpdateRoute(instance, second);
        return false;
    }
    for (std::size_t job : first.jobs) solution.route_of[job] = a;
    for (std::size_t job : second.jobs) solution.route_of[job] = b;
    return true;
}

bool ExchangeWithAnotherType(const Instance& instance,
                             WorkingSolution& solution,
                             std::size_t a,
                             std::size_t draws,
                             Rng& rng) {
    const std::size_t count = solution.routes.size();
    if (count < 2) return false;
    const std::size_t type = instance.vehicle(solution.routes[a].vehicle).type;
    for (std::size_t draw = 0; draw < draws; ++draw) {
        std::size_t b = rng.Below(count - 1);
        if (b >= a) ++b;
        // Vehicles of one type are interchangeable: trading between them changes nothing.
        if (instance.vehicle(solution.routes[b].vehicle).type == type) continue;
        if (solution.routes[a].jobs.empty() && solution.routes[b].jobs.empty()) continue;
        if (ExchangeRoutes(instance, solution, a, b)) return true;
    }
    return false;
}

}  // namespace kefu::planner
