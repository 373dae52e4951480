// The problem translated once into the search's scaled-integer units (scale kScale), with the
// travel matrices flattened and the per-job neighbour lists precomputed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "planner/model/problem.hpp"
#include "planner/model/solution.hpp"
#include "planner/search/solve_options.hpp"

namespace kefu::planner {

/// Internal units per matrix unit. Travel times are rounded up and windows inwards, so a route
/// feasible in integers is feasible when replayed in double precision.
inline constexpr double kScale = 10000.0;
/// A service start that does not exist.
inline constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max() / 4;
/// A latest start that does not exist.
inline constexpr std::int64_t kTooLate = std::numeric_limits<std::int64_t>::min() / 4;
/// "No index".
inline constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

/// One job in search units. Its time on site depends on the crew: Instance::Service(v, j).
struct JobData {
    std::size_t location = 0;
    std::int64_t pieces = 0;
    std::int64_t volume = 0;
    std::uint64_t skills = 0;      // bit set over the problem's distinct skills
    std::int64_t penalty = 0;      // cost of leaving it unassigned
    std::int64_t last_end = 0;     // end of the last window
    std::int64_t first_start = 0;  // no service starts earlier
    std::size_t window_begin = 0;
    std::size_t window_end = 0;  // windows are [window_begin, window_end) in the flat arrays
};

/// One vehicle in search units.
struct VehicleData {
    std::size_t start = 0;
    std::size_t end = 0;
    std::int64_t shift_start = 0;
    std::int64_t shift_end = 0;
    std::int64_t pieces = 0;
    std::int64_t volume = 0;
    std::uint64_t skills = 0;
    std::int64_t arc_weight = 1;  // cost per scaled distance unit
    std::int64_t fixed = 0;       // cost of using the vehicle at all
    std::size_t type = 0;         // vehicles of one type are interchangeable
    /// Where its crew size's row of service times starts in the flat service table: vehicles
    /// with as many workers share a row.
    std::size_t service_offset = 0;
};

/// The search's read-only view of a problem.
class Instance {
public:
    /// Builds the scaled data; INVALID_ARGUMENT if the problem uses more than 64 skills.
    static Result<Instance> Create(const Problem& problem, Objective objective);

    std::size_t job_count() const { return jobs_.size(); }
    std::size_t vehicle_count() const { return vehicles_.size(); }
    const JobData& job(std::size_t j) const { return jobs_[j]; }
    const VehicleData& vehicle(std::size_t v) const { return vehicles_[v]; }
    /// Number of distinct vehicle types (VehicleData::type runs from 0 to this).
    std::size_t vehicle_types() const { return vehicle_types_; }
    /// Time on site of job j when vehicle v's crew does it (ServiceOn, rounded up).
    std::int64_t Service(std::size_t v, std::size_t j) const {
        return service_[vehicles_[v].service_offset + j];
    }
    /// Vehicle v's times on site indexed by job, for loops over one route's jobs.
    const std::int64_t* ServicesOf(std::size_t v) const {
        return service_.data() + vehicles_[v].service_offset;
    }
    std::int64_t Time(std::size_t from, std::size_t to) const { return time_[from * size_ + to]; }
    std::int64_t Distance(std::size_t from, std::size_t to) const {
        return distance_[from * size_ + to];
    }
    /// Distances from `from` to every location (a row of the matrix).
    const std::int64_t* DistancesFrom(std::size_t from) const { return &distance_[from * size_]; }
    /// Distances from every location to `to` (a column, stored transposed for locality).
    const std::int64_t* DistancesTo(std::size_t to) const { return &distance_to_[to * size_]; }
    /// Travel times from `from` to every location.
    const std::int64_t* TimesFrom(std::size_t from) const { return &time_[from * size_]; }
    /// Travel times from every location to `to`.
    const std::int64_t* TimesTo(std::size_t to) const { return &time_to_[to * size_]; }
    /// Other jobs by increasing distance from j.
    const std::vector<std::size_t>& Neighbours(std::size_t j) const { return neighbours_[j]; }
    /// Why j can never be served, or nothing when some vehicle could serve it alone.
    std::optional<UnassignedReason> Blocked(std::size_t j) const { return blocked_[j]; }
    bool CanServe(std::size_t v, std::size_t j) const {
        const JobData& jd = jobs_[j];
        const VehicleData& vd = vehicles_[v];
        return (jd.skills & ~vd.skills) == 0 && jd.pieces <= vd.pieces && jd.volume <= vd.volume;
    }

    /// Earliest service start at j when arriving at `arrival`, or kNever.
    std::int64_t StartTime(std::size_t j, std::int64_t arrival) const {
        const JobData& jd = jobs_[j];
        for (std::size_t w = jd.window_begin; w < jd.window_end; ++w) {
            if (arrival <= window_end_[w]) {
                return arrival > window_start_[w] ? arrival : window_start_[w];
            }
        }
        return kNever;
    }
    /// Latest service start at j that is not after `bound`, or kTooLate.
    std::int64_t LatestStart(std::size_t j, std::int64_t bound) const {
        const JobData& jd = jobs_[j];
        for (std::size_t w = jd.window_end; w > jd.window_begin; --w) {
            if (window_start_[w - 1] <= bound) {
                return bound < window_end_[w - 1] ? bound : window_end_[w - 1];
            }
        }
        return kTooLate;
    }
    /// Mean distance from a job to its nearest other jobs; sets the annealing temperature scale.
    double typical_arc() const { return typical_arc_; }

private:
    std::size_t size_ = 0;
    std::vector<std::int64_t> time_;
    std::vector<std::int64_t> distance_;
    std::vector<std::int64_t> time_to_;      // transposed time_
    std::vector<std::int64_t> distance_to_;  // transposed distance_
    std::vector<JobData> jobs_;
    std::vector<std::int64_t> window_start_;
    std::vector<std::int64_t> window_end_;
    std::vector<VehicleData> vehicles_;
    // Times on site, one row of job_count() per distinct crew size: a Solomon instance (one
    // worker everywhere) has one row, a day of crews of 1 to 4 people four.
    std::vector<std::int64_t> service_;
    std::vector<std::vector<std::size_t>> neighbours_;
    std::vector<std::optional<UnassignedReason>> blocked_;
    double typical_arc_ = 1.0;
    std::size_t vehicle_types_ = 0;
};

}  // namespace kefu::planner
