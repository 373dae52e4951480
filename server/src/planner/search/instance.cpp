#include "planner/search/instance.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace kefu::planner {

namespace {

constexpr std::int64_t kOpen = std::int64_t{1} << 50;  // an unbounded window end, in search units

std::int64_t Up(double value) { return static_cast<std::int64_t>(std::ceil(value * kScale)); }
std::int64_t Down(double value) { return static_cast<std::int64_t>(std::floor(value * kScale)); }

Result<std::uint64_t> SkillMask(const std::vector<SkillId>& skills,
                                std::map<SkillId, unsigned>& bits) {
    std::uint64_t mask = 0;
    for (SkillId skill : skills) {
        auto [it, inserted] = bits.try_emplace(skill, static_cast<unsigned>(bits.size()));
        if (it->second >= 64) {
            return Fail(Error::InvalidArgument("the planner supports at most 64 distinct skills"));
        }
        mask |= std::uint64_t{1} << it->second;
    }
    return mask;
}

}  // namespace

Result<Instance> Instance::Create(const Problem& problem, Objective objective) {
    KEFU_TRY(ValidateProblem(problem));
    Instance instance;
    const std::size_t size = problem.matrix.size();
    instance.size_ = size;
    instance.time_.resize(size * size);
    instance.distance_.resize(size * size);
    instance.time_to_.resize(size * size);
    instance.distance_to_.resize(size * size);
    std::vector<std::int64_t> max_out(size, 0);
    for (std::size_t a = 0; a < size; ++a) {
        for (std::size_t b = 0; b < size; ++b) {
            instance.time_[a * size + b] = Up(problem.matrix.duration(a, b));
            const std::int64_t d = std::llround(problem.matrix.distance(a, b) * kScale);
            instance.distance_[a * size + b] = d;
            instance.time_to_[b * size + a] = instance.time_[a * size + b];
            instance.distance_to_[b * size + a] = d;
            max_out[a] = std::max(max_out[a], d);
        }
    }

    std::map<SkillId, unsigned> bits;
    std::int64_t distance_bound = 1;
    for (const Job& job : problem.jobs) {
        JobData data;
        data.location = job.location;
        data.pieces = job.demand.pieces;
        data.volume = job.demand.volume;
        KEFU_ASSIGN_OR_RETURN(data.skills, SkillMask(job.skills, bits));
        data.window_begin = instance.window_start_.size();
        if (job.windows.empty()) {
            instance.window_start_.push_back(-kOpen);
            instance.window_end_.push_back(kOpen);
        }
        for (const TimeWindow& window : job.windows) {
            instance.window_start_.push_back(Up(window.start));
            instance.window_end_.push_back(Down(window.end));
        }
        data.window_end = instance.window_start_.size();
        data.last_end = instance.window_end_.back();
        data.first_start = *std::min_element(
            instance.window_start_.begin() + static_cast<std::ptrdiff_t>(data.window_begin),
            instance.window_start_.end());
        distance_bound += max_out[job.location];
        instance.jobs_.push_back(data);
    }

    // One row of rounded service times per crew size, not per vehicle: rows are compared by
    // offset, and a day's 30 crews have only a handful of sizes.
    std::map<int, std::size_t> service_rows;  // workers -> row offset
    std::int64_t max_weight = 1;
    std::int64_t fixed_sum = 0;
    for (const Vehicle& vehicle : problem.vehicles) {
        VehicleData data;
        auto [row, added] = service_rows.try_emplace(vehicle.workers, instance.service_.size());
        if (added) {
            for (const Job& job : problem.jobs) {
                instance.service_.push_back(Up(ServiceOn(job, vehicle)));
            }
        }
        data.service_offset = row->second;
        data.start = vehicle.start_location;
        data.end = vehicle.end_location;
        data.shift_start = Up(vehicle.shift.start);
        data.shift_end = Down(vehicle.shift.end);
        data.pieces = vehicle.capacity.pieces;
        data.volume = vehicle.capacity.volume;
        KEFU_ASSIGN_OR_RETURN(data.skills, SkillMask(vehicle.skills, bits));
        if (objective == Objective::kCost) {
            data.arc_weight = std::llround(vehicle.cost_per_distance * 100.0);
            data.fixed = std::llround(vehicle.fixed_cost * 100.0 * kScale);
        }
        max_weight = std::max(max_weight, data.arc_weight);
        fixed_sum += data.fixed;
        distance_bound += max_out[vehicle.start_location];
        instance.vehicles_.push_back(data);
    }
    // Weights make the objective lexicographic: any change in served jobs outweighs every route
    // cost, and under kVehicles one vehicle outweighs any distance.
    const double route_bound =
        static_cast<double>(distance_bound) * static_cast<double>(max_weight);
    if (objective == Objective::kVehicles) {
        for (VehicleData& vehicle : instance.vehicles_) {
            vehicle.fixed = distance_bound + 1;
        }
        fixed_sum = (distance_bound + 1) * static_cast<std::int64_t>(instance.vehicles_.size());
    }
    const double unassigned_unit = route_bound + static_cast<double>(fixed_sum) + 1.0;
    double penalty_sum = 0.0;
    for (std::size_t j = 0; j < problem.jobs.size(); ++j) {
        const double penalty = unassigned_unit * (problem.jobs[j].priority + 1.0);
        penalty_sum += penalty;
        instance.jobs_[j].penalty = static_cast<std::int64_t>(penalty);
    }
    if (penalty_sum + unassigned_unit > 1e18) {
        return Fail(Error::InvalidArgument("problem too large for the planner's integer costs"));
    }

    // Vehicle types: interchangeable vehicles need only one empty route tried per insertion.
    std::map<std::tuple<std::size_t,
                        std::size_t,
                        std::int64_t,
                        std::int64_t,
                        std::int64_t,
                        std::int64_t,
                        std::uint64_t,
                        std::int64_t,
                        std::int64_t,
                        std::size_t>,
             std::size_t>
        types;
    for (VehicleData& v : instance.vehicles_) {
        auto key = std::make_tuple(v.start,
                                   v.end,
                                   v.shift_start,
                                   v.shift_end,
                                   v.pieces,
                                   v.volume,
                                   v.skills,
                                   v.arc_weight,
                                   v.fixed,
                                   v.service_offset);
        v.type = types.try_emplace(key, types.size()).first->second;
    }
    instance.vehicle_types_ = types.size();

    const std::size_t n = instance.jobs_.size();
    instance.blocked_.assign(n, std::nullopt);
    for (std::size_t j = 0; j < n; ++j) {
        const JobData& jd = instance.jobs_[j];
        bool skilled = false;
        bool fits = false;
        bool reachable = false;
        for (std::size_t v = 0; v < instance.vehicles_.size(); ++v) {
            const VehicleData& vd = instance.vehicles_[v];
            if ((jd.skills & ~vd.skills) != 0) continue;
            skilled = true;
            if (jd.pieces > vd.pieces || jd.volume > vd.volume) continue;
            fits = true;
            const std::int64_t start =
                instance.StartTime(j, vd.shift_start + instance.Time(vd.start, jd.location));
            if (start != kNever &&
                start + instance.Service(v, j) + instance.Time(jd.location, vd.end) <=
                    vd.shift_end) {
                reachable = true;
                break;
            }
        }
        if (!skilled) {
            instance.blocked_[j] = UnassignedReason::kSkills;
        } else if (!fits) {
            instance.blocked_[j] = UnassignedReason::kCapacity;
        } else if (!reachable) {
            instance.blocked_[j] = UnassignedReason::kTimeWindow;
        }
    }

    instance.neighbours_.resize(n);
    double arc_sum = 0.0;
    std::size_t arc_count = 0;
    for (std::size_t j = 0; j < n; ++j) {
        std::vector<std::size_t>& list = instance.neighbours_[j];
        list.reserve(n - 1);
        for (std::size_t k = 0; k < n; ++k) {
            if (k != j) list.push_back(k);
        }
        const std::size_t from = instance.jobs_[j].location;
        std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
            return instance.Distance(from, instance.jobs_[a].location) <
                   instance.Distance(from, instance.jobs_[b].location);
        });
        for (std::size_t k = 0; k < list.size() && k < 10; ++k) {
            arc_sum +=
                static_cast<double>(instance.Distance(from, instance.jobs_[list[k]].location));
            ++arc_count;
        }
    }
    if (arc_count > 0 && arc_sum > 0.0) {
        instance.typical_arc_ = arc_sum / static_cast<double>(arc_count);
    }
    return instance;
}

}  // namespace kefu::planner
