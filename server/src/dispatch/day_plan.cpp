#include "dispatch/day_plan.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <thread>

#include "planner/check/checker.hpp"
#include "planner/search/solver.hpp"

namespace kefu::dispatch {

namespace {

constexpr double kSecondsPerMinute = 60.0;

/// Skill ids: 2..kGateSkills-1 mean "a crew of at least that many people" (the crew-size gate
/// as a skill the planner already enforces); product skills are numbered after them.
constexpr planner::SkillId kGateSkills = 64;

std::int64_t KgUp(std::int64_t grams) { return (grams + 999) / 1000; }

}  // namespace

std::size_t PlannerThreadsFor(unsigned cores) { return std::clamp(cores, 1U, 2U); }

std::size_t DefaultPlannerThreads() {
    return PlannerThreadsFor(std::thread::hardware_concurrency());
}

int ServiceMinutes(const PlanJob& job, int people, int setup_minutes) {
    const int sharers = std::max(1, people);
    return (job.install_minutes + sharers - 1) / sharers + setup_minutes;
}

Stretch VisitBooking(const CrewRoute& route, std::size_t k) {
    const PlannedVisit& visit = route.visits[k];
    int until = std::min(visit.arrival + visit.service_minutes, 24 * 60);
    if (k + 1 < route.visits.size()) until = std::min(until, route.visits[k + 1].arrival);
    return {visit.arrival, std::max(visit.arrival, until)};
}

Stretch LongestFreeStretch(std::span<const Stretch> busy, int from, int until) {
    std::vector<Stretch> taken(busy.begin(), busy.end());
    std::ranges::sort(taken, {}, &Stretch::from);
    Stretch best{from, from};
    int cursor = from;  // the end of everything taken so far
    for (const Stretch& window : taken) {
        if (window.until <= cursor) continue;
        const int gap_end = std::min(window.from, until);
        if (gap_end - cursor > best.until - best.from) best = {cursor, gap_end};
        cursor = window.until;  // later than the cursor: earlier ends were skipped above
        if (cursor >= until) return best;
    }
    if (until - cursor > best.until - best.from) best = {cursor, until};
    return best;
}

CrewStart StartAfter(std::span<const KeptVisit> kept, int now, int delay) {
    if (kept.empty()) return {now + delay, std::nullopt};
    const KeptVisit& last = kept.back();
    switch (last.progress) {
        case VisitProgress::kLoading:
            return {now + delay, std::nullopt};
        case VisitProgress::kUnderWay:
            return {std::max(now, last.end + delay), last.site};
        case VisitProgress::kDone:
            break;
    }
    return {now + delay, last.site};
}

namespace {

/// The travel matrix over `points` with the plan's model. A configured road service's error
/// (UNAVAILABLE, FAILED_PRECONDITION) is the plan's: a straight-line plan in its place would
/// look like a road plan to the head, and mislead.
Result<planner::TravelMatrix> MatrixOf(const std::vector<planner::Coordinates>& points,
                                       const PlanSettings& settings) {
    if (settings.travel != nullptr) return settings.travel->Build(points);
    return planner::HaversineMatrixProvider(settings.outside, settings.city).Build(points);
}

}  // namespace

Result<std::vector<double>> RoutesKm(std::span<const std::vector<planner::Coordinates>> routes,
                                     const PlanSettings& settings) {
    std::vector<planner::Coordinates> points{settings.depot};
    for (const auto& route : routes) points.insert(points.end(), route.begin(), route.end());
    KEFU_ASSIGN_OR_RETURN(planner::TravelMatrix matrix, MatrixOf(points, settings));
    std::vector<double> out;
    out.reserve(routes.size());
    std::size_t next = 1;
    for (const auto& route : routes) {
        double km = 0.0;
        std::size_t here = 0;
        for (std::size_t k = 0; k < route.size(); ++k, ++next) {
            km += matrix.distance(here, next);
            here = next;
        }
        out.push_back(km + matrix.distance(here, 0));
    }
    return out;
}

Result<planner::Problem> BuildProblem(std::span<const PlanJob> jobs,
                                      std::span<const PlanCrew> crews,
                                      const PlanSettings& settings) {
    std::vector<planner::Coordinates> points{settings.depot};
    std::map<std::string, planner::SkillId, std::less<>> skill_ids;
    auto skill_id = [&](const std::string& name) {
        auto [it, inserted] = skill_ids.try_emplace(
            name, kGateSkills + static_cast<planner::SkillId>(skill_ids.size()));
        return it->second;
    };
    planner::Problem problem;
    std::vector<FieldViolation> violations;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        const PlanJob& job = jobs[i];
        if (job.window_end < job.window_start) {
            violations.push_back({fmt::format("jobs[{}].window", i),
                                  "invalid_value",
                                  "the window ends before it starts"});
            continue;
        }
        planner::Job planned;
        planned.id = job.job_id;
        planned.location = points.size();
        points.push_back(job.site);
        planned.windows = {
            {job.window_start * kSecondsPerMinute, job.window_end * kSecondsPerMinute}};
        // The crew that does the job shares the installation (R-DSP-4): the planner divides
        // shared_work by each vehicle's workers, so a bigger crew than needed finishes sooner.
        planned.service = settings.setup_minutes * kSecondsPerMinute;
        planned.shared_work = job.install_minutes * kSecondsPerMinute;
        planned.demand = {KgUp(job.weight_g), job.volume_l};
        for (const std::string& skill : job.skills) planned.skills.push_back(skill_id(skill));
        if (job.people_needed >= 2) {
            planned.skills.push_back(
                std::min(static_cast<planner::SkillId>(job.people_needed), kGateSkills - 1));
        }
        planned.priority = (job.committed ? 2U : 0U) + (job.urgent ? 1U : 0U);
        problem.jobs.push_back(std::move(planned));
    }
    if (!violations.empty()) {
        return Fail(Error::InvalidArgument("some jobs cannot be planned", std::move(violations)));
    }
    for (const PlanCrew& crew : crews) {
        planner::Vehicle vehicle;
        vehicle.id = crew.vehicle_id;
        vehicle.capacity = {crew.payload_kg, crew.volume_l};
        vehicle.workers = std::max(1, crew.people);
        // Other jobs of the day keep the crew outside its free stretch (R-DSP-4).
        const int start = std::max(settings.day_start, crew.free_from);
        const int end =
            std::max(start, std::min(settings.day_end + settings.overtime_max, crew.free_until));
        vehicle.shift = {start * kSecondsPerMinute, end * kSecondsPerMinute};
        // A re-plan sets out from where the crew is; it still comes back to the factory.
        if (crew.start_site) {
            vehicle.start_location = points.size();
            points.push_back(*crew.start_site);
        }
        for (int people = 2; people <= crew.people && people < static_cast<int>(kGateSkills);
             ++people) {
            vehicle.skills.push_back(static_cast<planner::SkillId>(people));
        }
        for (const std::string& skill : crew.skills) vehicle.skills.push_back(skill_id(skill));
        problem.vehicles.push_back(std::move(vehicle));
    }
    KEFU_ASSIGN_OR_RETURN(problem.matrix, MatrixOf(points, settings));
    return problem;
}

namespace {

UnplannedReason ReasonOf(const PlanJob& job,
                         std::span<const PlanCrew> crews,
                         planner::UnassignedReason reason) {
    switch (reason) {
        case planner::UnassignedReason::kSkills: {
            const bool big_enough = std::ranges::any_of(
                crews, [&](const PlanCrew& crew) { return crew.people >= job.people_needed; });
            return big_enough ? UnplannedReason::kSkills : UnplannedReason::kCrewGate;
        }
        case planner::UnassignedReason::kCapacity:
            return UnplannedReason::kCapacity;
        case planner::UnassignedReason::kTimeWindow:
            return UnplannedReason::kTimeWindow;
        case planner::UnassignedReason::kNoVehicleLeft:
            return UnplannedReason::kNoCrew;
    }
    return UnplannedReason::kNoCrew;
}

int MinutesOf(double seconds) { return static_cast<int>(std::lround(seconds / kSecondsPerMinute)); }

}  // namespace

Proposal ReadSolution(const planner::Solution& solution,
                      std::span<const PlanJob> jobs,
                      std::span<const PlanCrew> crews,
                      const PlanSettings& settings) {
    Proposal proposal;
    for (const planner::PlannedRoute& route : solution.routes) {
        CrewRoute out;
        out.crew = route.vehicle;
        const int people = crews[route.vehicle].people;
        for (std::size_t k = 0; k < route.jobs.size(); ++k) {
            const PlanJob& job = jobs[route.jobs[k]];
            // Shown rounded up to whole minutes; the plan itself runs on planner::ServiceOn.
            out.visits.push_back({job.job_id,
                                  MinutesOf(route.service_starts[k]),
                                  ServiceMinutes(job, people, settings.setup_minutes)});
        }
        out.km = route.distance;
        out.back_at = static_cast<int>(std::ceil(route.end_time / kSecondsPerMinute - 1e-9));
        out.overtime = out.back_at > settings.day_end;
        proposal.km += route.distance;
        proposal.routes.push_back(std::move(out));
    }
    std::ranges::sort(proposal.routes, {}, &CrewRoute::crew);
    for (const planner::UnassignedJob& left : solution.unassigned) {
        const PlanJob& job = jobs[left.job];
        proposal.unplanned.push_back({job.job_id, ReasonOf(job, crews, left.reason)});
    }
    std::ranges::sort(proposal.unplanned, {}, &UnplannedJob::job_id);
    return proposal;
}

namespace {

/// The earliest service starts of a route and its arrival back, replayed from the start of the
/// shift with the crew's own time on site, exactly as the planner and the checker count it.
planner::PlannedRoute Replay(const planner::Problem& problem,
                             std::size_t vehicle,
                             std::vector<std::size_t> order) {
    planner::PlannedRoute route;
    route.vehicle = vehicle;
    const planner::Vehicle& v = problem.vehicles[vehicle];
    double clock = v.shift.start;
    std::size_t here = v.start_location;
    for (std::size_t j : order) {
        const planner::Job& job = problem.jobs[j];
        const double arrival = clock + problem.matrix.duration(here, job.location);
        double begin = arrival;
        for (const planner::TimeWindow& window : job.windows) {
            if (arrival <= window.end) {
                begin = std::max(arrival, window.start);
                break;
            }
        }
        route.distance += problem.matrix.distance(here, job.location);
        route.service_starts.push_back(begin);
        clock = begin + planner::ServiceOn(job, v);
        here = job.location;
    }
    route.distance += problem.matrix.distance(here, v.end_location);
    route.end_time = clock + problem.matrix.duration(here, v.end_location);
    route.jobs = std::move(order);
    return route;
}

std::string_view CheckReason(planner::ViolationKind kind) {
    switch (kind) {
        case planner::ViolationKind::kCapacity:
            return "capacity";
        case planner::ViolationKind::kSkills:
            return "skills";
        case planner::ViolationKind::kTimeWindow:
            return "time_window";
        case planner::ViolationKind::kShiftEnd:
            return "shift_end";
        case planner::ViolationKind::kDuplicateJob:
            return "duplicate";
        default:
            return "invalid_value";
    }
}

}  // namespace

Result<Proposal> CheckPlan(std::span<const PlanJob> jobs,
                           std::span<const PlanCrew> crews,
                           const PlanSettings& settings,
                           std::span<const CrewOrder> orders) {
    KEFU_ASSIGN_OR_RETURN(planner::Problem problem, BuildProblem(jobs, crews, settings));
    std::map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < jobs.size(); ++i) index[jobs[i].job_id] = i;
    std::vector<FieldViolation> violations;
    std::vector<bool> crew_taken(crews.size(), false);
    std::vector<bool> job_taken(jobs.size(), false);
    planner::Solution solution;
    for (std::size_t r = 0; r < orders.size(); ++r) {
        const CrewOrder& order = orders[r];
        if (order.crew >= crews.size() || crew_taken[order.crew]) {
            violations.push_back({fmt::format("routes[{}]", r), "invalid_value"});
            continue;
        }
        crew_taken[order.crew] = true;
        std::vector<std::size_t> route;
        for (std::size_t k = 0; k < order.job_ids.size(); ++k) {
            const std::string field = fmt::format("routes[{}].jobs[{}]", r, k);
            auto it = index.find(order.job_ids[k]);
            if (it == index.end()) {
                violations.push_back({field, "not_open"});
            } else if (job_taken[it->second]) {
                violations.push_back({field, "duplicate"});
            } else {
                job_taken[it->second] = true;
                route.push_back(it->second);
            }
        }
        if (!route.empty())
            solution.routes.push_back(Replay(problem, order.crew, std::move(route)));
    }
    if (!violations.empty()) {
        return Fail(Error::InvalidArgument("the plan names jobs or crews it cannot", violations));
    }
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        if (!job_taken[j])
            solution.unassigned.push_back({j, planner::UnassignedReason::kNoVehicleLeft});
    }
    for (const planner::PlannedRoute& route : solution.routes) solution.distance += route.distance;
    // The routes of `solution` follow `orders` minus the empty ones: map back to the request.
    std::vector<std::size_t> request_route;
    for (std::size_t r = 0; r < orders.size(); ++r) {
        if (!orders[r].job_ids.empty()) request_route.push_back(r);
    }
    const planner::CheckReport report = planner::CheckSolution(problem, solution);
    for (const planner::CheckViolation& v : report.violations) {
        const std::size_t r = request_route[v.route];
        std::string reason(CheckReason(v.kind));
        if (v.kind == planner::ViolationKind::kSkills &&
            crews[orders[r].crew].people < jobs[v.job].people_needed) {
            reason = "crew_gate";
        }
        if (v.kind == planner::ViolationKind::kCapacity ||
            v.kind == planner::ViolationKind::kShiftEnd) {
            violations.push_back({fmt::format("routes[{}]", r), reason});
            continue;
        }
        const auto& ids = orders[r].job_ids;
        const auto at = std::find(ids.begin(), ids.end(), jobs[v.job].job_id) - ids.begin();
        violations.push_back({fmt::format("routes[{}].jobs[{}]", r, at), reason});
    }
    if (!violations.empty()) {
        return Fail(Error::InvalidArgument("the plan breaks a constraint", std::move(violations)));
    }
    solution.unassigned.clear();
    Proposal proposal = ReadSolution(solution, jobs, crews, settings);
    return proposal;
}

Result<Proposal> ProposeDay(std::span<const PlanJob> jobs,
                            std::span<const PlanCrew> crews,
                            const PlanSettings& settings) {
    KEFU_ASSIGN_OR_RETURN(planner::Problem problem, BuildProblem(jobs, crews, settings));
    if (crews.empty() || jobs.empty()) {
        Proposal nobody;
        for (const PlanJob& job : jobs)
            nobody.unplanned.push_back({job.job_id, UnplannedReason::kNoCrew});
        return nobody;
    }
    planner::SolveOptions options;
    options.objective = planner::Objective::kDistance;
    options.time_limit_seconds = settings.time_limit_seconds;
    options.max_iterations = settings.max_iterations;
    options.seed = settings.seed;
    options.threads = settings.threads;
    options.exchanges = settings.meetings;
    KEFU_ASSIGN_OR_RETURN(planner::Solution solution, planner::Solve(problem, options));
    return ReadSolution(solution, jobs, crews, settings);
}

}  // namespace kefu::dispatch
