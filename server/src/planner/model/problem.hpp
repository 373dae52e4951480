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
    double service = 0.0;  // duration on site, in the matrix's time unit
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
};

/// A complete planning problem; locations are indices into `matrix`.
struct Problem {
    std::vector<Job> jobs;
    std::vector<Vehicle> vehicles;
    TravelMatrix matrix;
};

/// Checks indices, windows and amounts. INVALID_ARGUMENT lists every bad field.
Result<void> ValidateProblem(const Problem& problem);

}  // namespace kefu::planner
