#include "planner/check/checker.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

namespace kefu::planner {

namespace {

constexpr double kTolerance = 1e-6;

bool HasAll(const std::vector<SkillId>& crew, const std::vector<SkillId>& required) {
    return std::all_of(required.begin(), required.end(), [&](SkillId skill) {
        return std::find(crew.begin(), crew.end(), skill) != crew.end();
    });
}

}  // namespace

CheckReport CheckSolution(const Problem& problem, const Solution& solution) {
    CheckReport report;
    auto add = [&](ViolationKind kind, std::size_t route, std::size_t job, std::string detail) {
        report.violations.push_back({kind, route, job, std::move(detail)});
    };
    std::vector<int> seen(problem.jobs.size(), 0);
    std::size_t visits = 0;
    std::vector<bool> vehicle_used(problem.vehicles.size(), false);

    for (std::size_t r = 0; r < solution.routes.size(); ++r) {
        const PlannedRoute& route = solution.routes[r];
        if (route.vehicle >= problem.vehicles.size()) {
            add(ViolationKind::kBadIndex, r, 0, "vehicle index out of range");
            continue;
        }
        if (vehicle_used[route.vehicle]) {
            add(ViolationKind::kVehicleReused, r, 0, "vehicle has two routes");
        }
        vehicle_used[route.vehicle] = true;
        const Vehicle& vehicle = problem.vehicles[route.vehicle];
        double clock = vehicle.shift.start;
        double distance = 0.0;
        std::int64_t pieces = 0;
        std::int64_t volume = 0;
        std::size_t here = vehicle.start_location;
        for (std::size_t job_index : route.jobs) {
            if (job_index >= problem.jobs.size()) {
                add(ViolationKind::kBadIndex, r, job_index, "job index out of range");
                continue;
            }
            if (++seen[job_index] == 2) {
                add(ViolationKind::kDuplicateJob, r, job_index, "job visited twice");
            } else if (seen[job_index] == 1) {
                ++visits;
            }
            const Job& job = problem.jobs[job_index];
            if (!HasAll(vehicle.skills, job.skills)) {
                add(ViolationKind::kSkills, r, job_index, "crew lacks a required skill");
            }
            pieces += job.demand.pieces;
            volume += job.demand.volume;
            distance += problem.matrix.distance(here, job.location);
            const double arrival = clock + problem.matrix.duration(here, job.location);
            double begin = arrival;
            bool inside = job.windows.empty();
            for (const TimeWindow& window : job.windows) {
                if (arrival <= window.end + kTolerance) {
                    begin = std::max(arrival, window.start);
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                add(ViolationKind::kTimeWindow,
                    r,
                    job_index,
                    fmt::format("arrives at {:.6f}, after its last window", arrival));
            }
            clock = begin + ServiceOn(job, vehicle);
            here = job.location;
        }
        distance += problem.matrix.distance(here, vehicle.end_location);
        const double back = clock + problem.matrix.duration(here, vehicle.end_location);
        if (back > vehicle.shift.end + kTolerance) {
            add(ViolationKind::kShiftEnd,
                r,
                0,
                fmt::format("back at {:.6f}, shift ends {:.6f}", back, vehicle.shift.end));
        }
        if (pieces > vehicle.capacity.pieces || volume > vehicle.capacity.volume) {
            add(ViolationKind::kCapacity,
                r,
                0,
                fmt::format("load {} pieces / {} volume over capacity", pieces, volume));
        }
        if (std::abs(distance - route.distance) > 1e-6 * std::max(1.0, distance)) {
            add(ViolationKind::kDistanceMismatch,
                r,
                0,
                fmt::format("reported {:.6f}, replayed {:.6f}", route.distance, distance));
        }
        report.distance += distance;
    }
    for (const UnassignedJob& entry : solution.unassigned) {
        if (entry.job >= problem.jobs.size()) {
            add(ViolationKind::kBadIndex, 0, entry.job, "unassigned job index out of range");
            continue;
        }
        if (++seen[entry.job] == 2) {
            add(ViolationKind::kDuplicateJob, 0, entry.job, "job both planned and unassigned");
        }
    }
    for (std::size_t j = 0; j < problem.jobs.size(); ++j) {
        if (seen[j] == 0)
            add(ViolationKind::kMissingJob, 0, j, "job neither planned nor unassigned");
    }
    report.served = visits;
    return report;
}

}  // namespace kefu::planner
