// An independent replay of a plan: deliberately shares no code with the search, so that a bug
// in the search's incremental bookkeeping cannot hide itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "planner/model/problem.hpp"
#include "planner/model/solution.hpp"

namespace kefu::planner {

/// The kinds of broken constraint the checker reports.
enum class ViolationKind : std::uint8_t {
    kBadIndex,         // a vehicle or job index outside the problem
    kVehicleReused,    // two routes for one vehicle
    kDuplicateJob,     // a job visited twice, or both visited and reported unassigned
    kMissingJob,       // a job neither visited nor reported unassigned
    kCapacity,         // pieces or volume above the vehicle's capacity
    kSkills,           // the crew lacks a skill the job requires
    kTimeWindow,       // service cannot start inside one of the job's windows
    kShiftEnd,         // the vehicle is back after its shift ends
    kDistanceMismatch  // the reported distance differs from the replayed one
};

/// One broken constraint, with where it happened.
struct CheckViolation {
    ViolationKind kind = ViolationKind::kBadIndex;
    std::size_t route = 0;  // index into Solution::routes, when relevant
    std::size_t job = 0;    // index into Problem::jobs, when relevant
    std::string detail;
};

/// What the replay found; the solution is feasible when `violations` is empty.
struct CheckReport {
    std::vector<CheckViolation> violations;
    double distance = 0.0;  // replayed total distance
    std::size_t served = 0;
    bool ok() const { return violations.empty(); }
};

/// Replays every route in double precision (waiting is allowed, a tolerance of 1e-6 applies)
/// and lists every violation it finds.
CheckReport CheckSolution(const Problem& problem, const Solution& solution);

}  // namespace kefu::planner
