#include "planner/search/working_solution.hpp"

#include <algorithm>

namespace kefu::planner {

WorkingSolution::WorkingSolution(const Instance& instance)
    : routes(instance.vehicle_count()), route_of(instance.job_count(), kNone) {
    for (std::size_t v = 0; v < routes.size(); ++v) {
        routes[v].vehicle = v;
    }
}

void CopyChangedRoutes(const WorkingSolution& source, WorkingSolution& target) {
    if (target.routes.size() != source.routes.size()) {
        target = source;
        return;
    }
    for (std::size_t r = 0; r < source.routes.size(); ++r) {
        // A route's other arrays follow from its vehicle (fixed per index) and its jobs.
        if (target.routes[r].jobs != source.routes[r].jobs) target.routes[r] = source.routes[r];
    }
    target.route_of = source.route_of;
    target.unassigned = source.unassigned;
}

void UpdateRoute(const Instance& instance, Route& route) {
    const VehicleData& vehicle = instance.vehicle(route.vehicle);
    const std::int64_t* service = instance.ServicesOf(route.vehicle);
    const std::size_t size = route.jobs.size();
    route.locations.resize(size);
    route.departure.resize(size);
    route.latest.resize(size);
    route.arcs.resize(size + 1);
    route.pieces = 0;
    route.volume = 0;
    route.distance = 0;
    std::size_t location = vehicle.start;
    std::int64_t departure = vehicle.shift_start;
    for (std::size_t i = 0; i < size; ++i) {
        const JobData& job = instance.job(route.jobs[i]);
        route.pieces += job.pieces;
        route.volume += job.volume;
        route.locations[i] = job.location;
        route.arcs[i] = instance.Distance(location, job.location);
        route.distance += route.arcs[i];
        departure =
            instance.StartTime(route.jobs[i], departure + instance.Time(location, job.location)) +
            service[route.jobs[i]];
        route.departure[i] = departure;
        location = job.location;
    }
    route.arcs[size] = instance.Distance(location, vehicle.end);
    route.distance += route.arcs[size];
    if (size == 0) route.distance = 0;
    std::size_t next = vehicle.end;
    std::int64_t bound = vehicle.shift_end;
    for (std::size_t i = size; i-- > 0;) {
        const JobData& job = instance.job(route.jobs[i]);
        route.latest[i] = instance.LatestStart(
            route.jobs[i], bound - instance.Time(job.location, next) - service[route.jobs[i]]);
        bound = route.latest[i];
        next = job.location;
    }
}

std::int64_t SolutionCost(const Instance& instance, const WorkingSolution& solution) {
    std::int64_t cost = 0;
    for (const Route& route : solution.routes) {
        if (route.jobs.empty()) continue;
        const VehicleData& vehicle = instance.vehicle(route.vehicle);
        cost += vehicle.fixed + vehicle.arc_weight * route.distance;
    }
    for (std::size_t job : solution.unassigned) {
        cost += instance.job(job).penalty;
    }
    return cost;
}

std::size_t UsedRoutes(const WorkingSolution& solution) {
    std::size_t used = 0;
    for (const Route& route : solution.routes) {
        if (!route.jobs.empty()) ++used;
    }
    return used;
}

Solution ExportSolution(const Problem& problem,
                        const Instance& instance,
                        const WorkingSolution& best) {
    Solution solution;
    for (const Route& route : best.routes) {
        if (route.jobs.empty()) continue;
        const Vehicle& vehicle = problem.vehicles[route.vehicle];
        PlannedRoute planned;
        planned.vehicle = route.vehicle;
        planned.jobs = route.jobs;
        std::size_t location = vehicle.start_location;
        double time = vehicle.shift.start;
        for (std::size_t j : route.jobs) {
            const Job& job = problem.jobs[j];
            planned.distance += problem.matrix.distance(location, job.location);
            double arrival = time + problem.matrix.duration(location, job.location);
            double start = arrival;
            for (const TimeWindow& window : job.windows) {
                if (arrival <= window.end) {
                    start = std::max(arrival, window.start);
                    break;
                }
            }
            planned.service_starts.push_back(start);
            time = start + ServiceOn(job, vehicle);
            location = job.location;
        }
        planned.distance += problem.matrix.distance(location, vehicle.end_location);
        planned.end_time = time + problem.matrix.duration(location, vehicle.end_location);
        solution.distance += planned.distance;
        solution.cost += vehicle.fixed_cost + vehicle.cost_per_distance * planned.distance;
        solution.routes.push_back(std::move(planned));
    }
    for (std::size_t j = 0; j < instance.job_count(); ++j) {
        if (auto reason = instance.Blocked(j)) {
            solution.unassigned.push_back({j, *reason});
        }
    }
    for (std::size_t j : best.unassigned) {
        solution.unassigned.push_back({j, UnassignedReason::kNoVehicleLeft});
    }
    std::sort(solution.unassigned.begin(),
              solution.unassigned.end(),
              [](const UnassignedJob& a, const UnassignedJob& b) { return a.job < b.job; });
    return solution;
}

}  // namespace kefu::planner
