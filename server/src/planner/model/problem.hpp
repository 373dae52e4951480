// The planner's input: jobs, vehicles (each with its crew) and the travel matrix between locations.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "planner/matrix/travel_matrix.hpp"
#include "platform/error.hpp"

namespace kefu::planner {

/// Identifier of a skill (e.g. "gas fitting"); adapters map names to these numbers.
using SkillId = std::uint32_t;

/// An interval for the start of service, in the matrix's time unit; both ends inclusive.
struct TimeWindow {
    double start = 0.0;
    double end = 0.0;
};

/// Quantities carried by a vehicle: pieces and, optionally, volume (e.g. litres).
struct Amount {
    std::int64_t pieces = 0;
    std::int64_t volume = 0;
};

/// A visit to make: a delivery or an installation at one location.
struct Job {
    std::int64_t id = 0;
    std::size_t location = 0;  // index into Problem::matrix
    /// Allowed service starts, sorted and disjoint; empty means "any time".
    std::vector<TimeWindow> windows;
    /// Fixed time on site (set-up, clearing up), in the matrix's time unit, whatever the crew.
    double service = 0.0;
    /// Work on site that the crew shares (R-DSP-4), in the matrix's time unit: it takes
    /// shared_work / workers of the vehicle that does the job.
    double shared_work = 0.0;
    Amount demand;
    std::vector<SkillId> skills;  // all of them are required from the crew
    std::uint32_t priority = 0;   // higher is more important; weight is priority + 1
};

/// A vehicle and its crew. Routes start at `start_location` no earlier than the shift start and
/// must reach `end_location` no later than the shift end.
struct Vehicle {
    std::int64_t id = 0;
    Amount capacity;
    TimeWindow shift{0.0, 1e9};
    std::size_t start_location = 0;
    std::size_t end_location = 0;
    std::vector<SkillId> skills;
    double cost_per_distance = 1.0;
    double fixed_cost = 0.0;  // paid once if the vehicle is used
    int workers = 1;          // people in the crew (>= 1): they share a job's shared_work
};

/// Time on site of `job` when `vehicle`'s crew does it: the fixed part plus the shared work
/// divided among the crew. The search, the checker and the adapters all use this one rule.
inline double ServiceOn(const Job& job, const Vehicle& vehicle) {
    return job.service + job.shared_work / static_cast<double>(vehicle.workers);
}

/// A complete planning problem; locations are indices into `matrix`.
struct Problem {
    std::vector<Job> jobs;
    std::vector<Vehicle> vehicles;
    TravelMatrix matrix;
};

/// Checks indices, windows, amounts, service times and crew sizes. INVALID_ARGUMENT lists every
/// bad field.
Result<void> ValidateProblem(const Problem& problem);

}  // namespace kefu::planner
