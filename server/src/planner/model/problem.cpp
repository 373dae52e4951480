#include "planner/model/problem.hpp"

#include <fmt/core.h>

#include <cmath>
#include <string>

namespace kefu::planner {

namespace {

bool IsFiniteNonNegative(double value) { return std::isfinite(value) && value >= 0.0; }

void ValidateJob(const Problem& problem, std::size_t index, Violations& violations) {
    const Job& job = problem.jobs[index];
    const std::string field = fmt::format("jobs[{}]", index);
    if (job.location >= problem.matrix.size()) {
        violations.Add(field + ".location", "out_of_range");
    }
    if (!IsFiniteNonNegative(job.service)) {
        violations.Add(field + ".service", "must_be_non_negative");
    }
    if (!IsFiniteNonNegative(job.shared_work)) {
        violations.Add(field + ".sharedWork", "must_be_non_negative");
    }
    if (job.demand.pieces < 0 || job.demand.volume < 0) {
        violations.Add(field + ".demand", "must_be_non_negative");
    }
    double previous_end = -1.0;
    for (std::size_t w = 0; w < job.windows.size(); ++w) {
        const TimeWindow& window = job.windows[w];
        if (!std::isfinite(window.start) || !std::isfinite(window.end) ||
            window.start > window.end || window.start <= previous_end) {
            violations.Add(fmt::format("{}.windows[{}]", field, w), "must_be_sorted_and_disjoint");
        }
        previous_end = window.end;
    }
}

void ValidateVehicle(const Problem& problem, std::size_t index, Violations& violations) {
    const Vehicle& vehicle = problem.vehicles[index];
    const std::string field = fmt::format("vehicles[{}]", index);
    if (vehicle.start_location >= problem.matrix.size()) {
        violations.Add(field + ".start", "out_of_range");
    }
    if (vehicle.end_location >= problem.matrix.size()) {
        violations.Add(field + ".end", "out_of_range");
    }
    if (vehicle.capacity.pieces < 0 || vehicle.capacity.volume < 0) {
        violations.Add(field + ".capacity", "must_be_non_negative");
    }
    if (!std::isfinite(vehicle.shift.start) || !std::isfinite(vehicle.shift.end) ||
        vehicle.shift.start > vehicle.shift.end) {
        violations.Add(field + ".shift", "must_be_ordered");
    }
    if (!IsFiniteNonNegative(vehicle.cost_per_distance) ||
        !IsFiniteNonNegative(vehicle.fixed_cost)) {
        violations.Add(field + ".cost", "must_be_non_negative");
    }
    if (vehicle.workers < 1) {
        violations.Add(field + ".workers", "must_be_positive");
    }
}

}  // namespace

Result<void> ValidateProblem(const Problem& problem) {
    Violations violations;
    for (std::size_t j = 0; j < problem.jobs.size(); ++j) {
        ValidateJob(problem, j, violations);
    }
    for (std::size_t v = 0; v < problem.vehicles.size(); ++v) {
        ValidateVehicle(problem, v, violations);
    }
    return violations.ToResult("invalid planning problem");
}

}  // namespace kefu::planner
