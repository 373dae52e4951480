#include "planner/local_search/route_reorder.hpp"

#include <algorithm>

namespace kefu::planner {

namespace {

/// Location of route position i, where -1 is the start depot and size the end depot; i is
/// passed as i + 1 so that it stays unsigned.
std::size_t LocationBefore(const Instance& instance, const Route& route, std::size_t i_plus_1) {
    if (i_plus_1 == 0) return instance.vehicle(route.vehicle).start;
    if (i_plus_1 > route.jobs.size()) return instance.vehicle(route.vehicle).end;
    return route.locations[i_plus_1 - 1];
}

}  // namespace

RouteReorder Reversal(std::size_t route, std::size_t first, std::size_t last) {
    return {RouteReorder::Kind::kReverse, route, first, first, last};
}

RouteReorder Exchange(std::size_t route, std::size_t first, std::size_t middle, std::size_t last) {
    return {RouteReorder::Kind::kExchange, route, first, middle, last};
}

std::int64_t ReorderGain(const SearchState& state, const RouteReorder& reorder) {
    const Instance& instance = state.instance;
    const Route& route = state.solution.routes[reorder.route];
    const RoutePrefix& prefix = state.prefix[reorder.route];
    const std::size_t a = reorder.first;
    const std::size_t b = reorder.middle;
    const std::size_t c = reorder.last;
    auto at = [&](std::size_t i_plus_1) { return LocationBefore(instance, route, i_plus_1); };
    std::int64_t removed = 0;
    std::int64_t added = 0;
    if (reorder.kind == RouteReorder::Kind::kReverse) {
        removed = route.arcs[a] + route.arcs[c] + prefix.distance[c - 1] - prefix.distance[a];
        added = instance.Distance(at(a), at(c)) + instance.Distance(at(a + 1), at(c + 1)) +
                prefix.reverse_distance[c] - prefix.reverse_distance[a + 1];
    } else {
        // A B C D -> A C B D: the arcs into B, into C and into D are replaced.
        removed = route.arcs[a] + route.arcs[b] + route.arcs[c];
        added = instance.Distance(at(a), at(b + 1)) + instance.Distance(at(c), at(a + 1)) +
                instance.Distance(at(b), at(c + 1));
    }
    return instance.vehicle(route.vehicle).arc_weight * (removed - added);
}

bool ReorderFeasible(const SearchState& state, const RouteReorder& reorder) {
    const Instance& instance = state.instance;
    const Route& route = state.solution.routes[reorder.route];
    const VehicleData& vehicle = instance.vehicle(route.vehicle);
    const std::int64_t* service = instance.ServicesOf(route.vehicle);
    const std::size_t a = reorder.first;
    const std::size_t c = reorder.last;
    std::size_t location = vehicle.start;
    std::int64_t time = vehicle.shift_start;
    if (a > 0) {
        location = route.locations[a - 1];
        time = route.departure[a - 1];
    }
    auto visit = [&](std::size_t position) {
        const std::size_t j = route.jobs[position];
        const std::int64_t start =
            instance.StartTime(j, time + instance.Time(location, route.locations[position]));
        if (start == kNever) return false;
        time = start + service[j];
        location = route.locations[position];
        return true;
    };
    // Positions [a, c) in their new order; the head before a and the tail from c are unchanged.
    if (reorder.kind == RouteReorder::Kind::kReverse) {
        for (std::size_t i = c; i-- > a;) {
            if (!visit(i)) return false;
        }
    } else {
        for (std::size_t i = reorder.middle; i < c; ++i) {
            if (!visit(i)) return false;
        }
        for (std::size_t i = a; i < reorder.middle; ++i) {
            if (!visit(i)) return false;
        }
    }
    if (c == route.jobs.size()) {
        return time + instance.Time(location, vehicle.end) <= vehicle.shift_end;
    }
    const std::int64_t start =
        instance.StartTime(route.jobs[c], time + instance.Time(location, route.locations[c]));
    return start <= route.latest[c];
}

std::vector<std::size_t> ReorderedJobs(const Route& route, const RouteReorder& reorder) {
    std::vector<std::size_t> jobs = route.jobs;
    const auto begin = jobs.begin();
    const auto first = begin + static_cast<std::ptrdiff_t>(reorder.first);
    const auto last = begin + static_cast<std::ptrdiff_t>(reorder.last);
    if (reorder.kind == RouteReorder::Kind::kReverse) {
        std::reverse(first, last);
    } else if (reorder.kind == RouteReorder::Kind::kExchange) {
        std::rotate(first, begin + static_cast<std::ptrdiff_t>(reorder.middle), last);
    }
    return jobs;
}

void ApplyReorder(SearchState& state, const RouteReorder& reorder) {
    Route& route = state.solution.routes[reorder.route];
    route.jobs = ReorderedJobs(route, reorder);
    UpdateRoute(state.instance, route);
    state.Refresh(reorder.route);
}

}  // namespace kefu::planner
