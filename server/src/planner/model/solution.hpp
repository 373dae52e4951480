// The planner's output: routes per vehicle, unassigned jobs with their reason, and a summary.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kefu::planner {

/// Why a job is not in any route. The codes returned by ReasonCode are a stable public list.
enum class UnassignedReason : std::uint8_t {
    kSkills,         // no vehicle's crew has all the required skills
    kCapacity,       // the job is heavier than every suitable vehicle
    kTimeWindow,     // no suitable vehicle can reach it inside a window and get back in its shift
    kNoVehicleLeft,  // servable alone, but the fleet could not fit it with the others
};

/// The wire code of a reason, e.g. "time_window".
std::string_view ReasonCode(UnassignedReason reason);

/// One vehicle's tour; the depot visits at both ends are implicit.
struct PlannedRoute {
    std::size_t vehicle = 0;             // index into Problem::vehicles
    std::vector<std::size_t> jobs;       // indices into Problem::jobs, in visiting order
    std::vector<double> service_starts;  // earliest feasible start of each job's service
    double distance = 0.0;               // exact, in the matrix's distance unit
    double end_time = 0.0;               // arrival back at the end location
};

/// A job the planner could not serve.
struct UnassignedJob {
    std::size_t job = 0;  // index into Problem::jobs
    UnassignedReason reason = UnassignedReason::kNoVehicleLeft;
};

/// A plan with its figures; distances are recomputed in double precision.
struct Solution {
    std::vector<PlannedRoute> routes;  // only vehicles that are used
    std::vector<UnassignedJob> unassigned;
    double distance = 0.0;
    double cost = 0.0;  // fixed costs plus cost per distance of the used vehicles
    double seconds = 0.0;
    std::uint64_t iterations = 0;
};

}  // namespace kefu::planner
