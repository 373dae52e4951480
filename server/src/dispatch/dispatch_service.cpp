#include "dispatch/dispatch_service.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <set>

#include "dispatch/dispatch_actions.hpp"
#include "dispatch/lineup.hpp"

namespace kefu::dispatch {

namespace {

constexpr double kPermille = 1e-3;

}  // namespace

Result<PlanSettings> DispatchService::SettingsOn(Tx& tx, Date day) {
    auto value = [&](std::string_view key) { return policy_.ValueOn(tx, key, day); };
    PlanSettings s;
    KEFU_ASSIGN_OR_RETURN(std::int64_t lat, value(policy_keys::kDepotLat));
    KEFU_ASSIGN_OR_RETURN(std::int64_t lng, value(policy_keys::kDepotLng));
    s.depot = FromMicrodegrees(lat, lng);
    KEFU_ASSIGN_OR_RETURN(std::int64_t radius, value(policy_keys::kCityRadiusKm));
    KEFU_ASSIGN_OR_RETURN(std::int64_t city_detour, value(policy_keys::kCityDetour));
    KEFU_ASSIGN_OR_RETURN(std::int64_t city_speed, value(policy_keys::kCitySpeed));
    KEFU_ASSIGN_OR_RETURN(std::int64_t outside_detour, value(policy_keys::kOutsideDetour));
    KEFU_ASSIGN_OR_RETURN(std::int64_t outside_speed, value(policy_keys::kOutsideSpeed));
    s.city = planner::CityZone{
        s.depot,
        static_cast<double>(radius),
        {static_cast<double>(city_detour) * kPermille, static_cast<double>(city_speed)}};
    s.outside = {static_cast<double>(outside_detour) * kPermille,
                 static_cast<double>(outside_speed)};
    KEFU_ASSIGN_OR_RETURN(std::int64_t start, value(policy_keys::kDayStart));
    KEFU_ASSIGN_OR_RETURN(std::int64_t end, value(policy_keys::kDayEnd));
    KEFU_ASSIGN_OR_RETURN(std::int64_t overtime, value(policy_keys::kOvertimeMax));
    KEFU_ASSIGN_OR_RETURN(std::int64_t setup, value(policy_keys::kSetup));
    s.day_start = static_cast<int>(start);
    s.day_end = static_cast<int>(end);
    s.overtime_max = static_cast<int>(overtime);
    s.setup_minutes = static_cast<int>(setup);
    // A failing road service fails the proposal with its error (the API answers it) rather than
    // planning silently on straight lines.
    s.travel = travel_;
    s.threads = planner_threads_;
    return s;
}

Result<Stretch> DispatchService::FreeStretchOf(Tx& tx,
                                               Date date,
                                               const CrewInput& crew,
                                               const PlanSettings& settings,
                                               std::optional<int> from,
                                               const std::set<std::int64_t>& moving) {
    std::vector<StaffId> people{crew.lead};
    people.insert(people.end(), crew.members.begin(), crew.members.end());
    if (crew.driver) people.push_back(*crew.driver);
    KEFU_ASSIGN_OR_RETURN(auto slots, jobs_.BusyIn(tx, date, people, crew.vehicle_id));
    std::vector<Stretch> busy;
    busy.reserve(slots.size());
    for (const jobs::BusySlot& slot : slots) {
        if (!moving.contains(slot.job_id)) busy.push_back({slot.window.start, slot.window.end});
    }
    const int until = settings.day_end + settings.overtime_max;
    const int earliest = std::min(std::max(settings.day_start, from.value_or(0)), until);
    return LongestFreeStretch(busy, earliest, until);
}

Result<DispatchService::DayFacts> DispatchService::LoadDay(
    Date date,
    const std::vector<CrewInput>& crews,
    const std::function<std::string(std::size_t)>& crew_field,
    std::vector<FieldViolation> violations,
    bool replan) {
    for (FieldViolation& v : RepeatedInCrews(crews, crew_field)) violations.push_back(std::move(v));
    if (date < clock_.Today()) violations.push_back({"date", "in_past"});
    return transactions_.Run<DayFacts>(TxMode::kRead, [&](Tx& tx) -> Result<DayFacts> {
        DayFacts out;
        KEFU_ASSIGN_OR_RETURN(out.settings, SettingsOn(tx, date));
        for (std::size_t i = 0; i < crews.size(); ++i) {
            const CrewInput& crew = crews[i];
            KEFU_ASSIGN_OR_RETURN(auto vehicle, plans_.Vehicle(tx, crew.vehicle_id));
            const std::string field = crew_field(i) + ".vehicleId";
            if (!vehicle) {
                violations.push_back({field, "not_found"});
                continue;
            }
            if (!vehicle->in_service) violations.push_back({field, "not_in_service"});
            PlanCrew planned;
            planned.vehicle_id = crew.vehicle_id;
            planned.people = 1 + static_cast<int>(crew.members.size());
            planned.volume_l = vehicle->volume_l;
            planned.payload_kg = vehicle->payload_kg;
            // A skilled product needs someone on the crew who holds the skill (R-DSP-4).
            std::vector<StaffId> installers{crew.lead};
            installers.insert(installers.end(), crew.members.begin(), crew.members.end());
            KEFU_ASSIGN_OR_RETURN(planned.skills, plans_.SkillsOf(tx, installers));
            out.crews.push_back(std::move(planned));
        }
        if (!violations.empty()) {
            return Fail(Error::InvalidArgument("the plan cannot be made", violations));
        }
        KEFU_ASSIGN_OR_RETURN(out.jobs, plans_.OpenJobs(tx, date));
        if (replan) {
            KEFU_TRY(LoadReplan(tx, date, crews, out));
            return out;
        }
        for (std::size_t i = 0; i < crews.size(); ++i) {
            KEFU_ASSIGN_OR_RETURN(Stretch free, FreeStretchOf(tx, date, crews[i], out.settings));
            out.crews[i].free_from = free.from;
            out.crews[i].free_until = free.until;
        }
        return out;
    });
}

namespace {

/// How far a crew has got with a job of the day that is under way or done.
VisitProgress ProgressOf(jobs::JobStatus status) {
    switch (status) {
        case jobs::JobStatus::kLoading:
            return VisitProgress::kLoading;
        case jobs::JobStatus::kEnRoute:
        case jobs::JobStatus::kOnSite:
            return VisitProgress::kUnderWay;
        default:
            return VisitProgress::kDone;
    }
}

/// The minutes since midnight in China at `at`.
int ChinaMinuteOfDay(Timestamp at) {
    const auto local = at + std::chrono::hours(8);
    return static_cast<int>(std::chrono::floor<std::chrono::minutes>(
                                local - std::chrono::floor<std::chrono::days>(local))
                                .count());
}

}  // namespace

Result<void> DispatchService::LoadReplan(Tx& tx,
                                         Date date,
                                         const std::vector<CrewInput>& crews,
                                         DayFacts& out) {
    KEFU_ASSIGN_OR_RETURN(std::vector<CrewJob> day, plans_.CrewJobs(tx, date));
    // Days after today have not begun: every crew sets out at the start of the working day.
    const int now = date == clock_.Today() ? ChinaMinuteOfDay(clock_.Now()) : 0;
    out.kept.assign(crews.size(), {});
    std::set<std::int64_t> replanned;  // kept or moved: neither is a clash for its own crew
    for (CrewJob& job : day) {
        // A job waiting for leadership's decision on its crew keeps its place.
        if (job.status == jobs::JobStatus::kNew) continue;
        const auto crew = std::ranges::find(crews, job.crew.lead, &CrewInput::lead);
        if (crew == crews.end()) continue;
        replanned.insert(job.job.plan.job_id);
        if (job.status == jobs::JobStatus::kScheduled) {
            job.job.plan.committed = true;
            out.jobs.push_back(job.job);
            out.movable.push_back(std::move(job));
        } else {
            out.kept[static_cast<std::size_t>(crew - crews.begin())].push_back(std::move(job));
        }
    }
    for (std::size_t i = 0; i < crews.size(); ++i) {
        std::vector<KeptVisit> visits;
        for (const CrewJob& job : out.kept[i]) {
            visits.push_back({job.job.plan.site, job.end, ProgressOf(job.status)});
        }
        const CrewStart start = StartAfter(visits, now, crews[i].delay_minutes);
        KEFU_ASSIGN_OR_RETURN(
            Stretch free, FreeStretchOf(tx, date, crews[i], out.settings, start.from, replanned));
        out.crews[i].free_from = free.from;
        out.crews[i].free_until = free.until;
        out.crews[i].start_site = start.site;
    }
    return {};
}

namespace {

std::vector<PlanJob> PlanJobsOf(const std::vector<OpenJob>& open) {
    std::vector<PlanJob> jobs;
    jobs.reserve(open.size());
    for (const OpenJob& job : open) jobs.push_back(job.plan);
    return jobs;
}

}  // namespace

Result<DayProposal> DispatchService::Propose(const auth::Principal& principal,
                                             const ProposeInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kPlan));
    std::vector<FieldViolation> violations;
    if (!(input.time_limit_seconds >= kMinTimeLimit && input.time_limit_seconds <= kMaxTimeLimit)) {
        violations.push_back({"timeLimitMs", "out_of_range"});
    }
    KEFU_ASSIGN_OR_RETURN(DayFacts day,
                          LoadDay(
                              input.date,
                              input.crews,
                              [](std::size_t i) { return fmt::format("crews[{}]", i); },
                              std::move(violations)));
    // The search runs outside the transaction: it takes seconds and needs no row.
    day.settings.time_limit_seconds = input.time_limit_seconds;
    KEFU_ASSIGN_OR_RETURN(Proposal proposal,
                          ProposeDay(PlanJobsOf(day.jobs), day.crews, day.settings));
    return DayProposal{input.date,
                       input.crews,
                       std::move(day.jobs),
                       std::move(proposal),
                       day.settings.depot,
                       {},
                       {}};
}

Result<std::pair<DispatchService::DayFacts, Proposal>> DispatchService::CheckedPlan(
    const AcceptInput& input) {
    std::vector<FieldViolation> violations;
    if (input.routes.size() != input.crews.size())
        violations.push_back({"routes", "invalid_value"});
    KEFU_ASSIGN_OR_RETURN(DayFacts day,
                          LoadDay(
                              input.date,
                              input.crews,
                              [](std::size_t i) { return fmt::format("routes[{}].crew", i); },
                              std::move(violations),
                              input.replan));
    std::vector<CrewOrder> orders;
    for (std::size_t i = 0; i < input.routes.size(); ++i) {
        CrewOrder order{i, {}};
        for (const AcceptedJob& job : input.routes[i]) order.job_ids.push_back(job.job_id);
        orders.push_back(std::move(order));
    }
    KEFU_ASSIGN_OR_RETURN(Proposal plan,
                          CheckPlan(PlanJobsOf(day.jobs), day.crews, day.settings, orders));
    return std::pair{std::move(day), std::move(plan)};
}

Result<Proposal> DispatchService::Check(const auth::Principal& principal,
                                        const AcceptInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kPlan));
    KEFU_ASSIGN_OR_RETURN(auto checked, CheckedPlan(input));
    return std::move(checked.second);
}

Result<AcceptedPlan> DispatchService::Accept(const auth::Principal& principal,
                                             const AcceptInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kPlan));
    KEFU_ASSIGN_OR_RETURN(auto checked, CheckedPlan(input));
    auto& [day, plan] = checked;
    // The checked plan's arrival times become the assignments' windows, route by route.
    std::vector<jobs::JobAssignment> assignments;
    std::set<std::int64_t> placed;
    for (const CrewRoute& route : plan.routes) {
        const CrewInput& crew = input.crews[route.crew];
        for (std::size_t k = 0; k < route.visits.size(); ++k) {
            const PlannedVisit& visit = route.visits[k];
            jobs::AssignInput assign;
            assign.assignment.lead = crew.lead;
            assign.assignment.members = crew.members;
            assign.assignment.vehicle_id = crew.vehicle_id;
            assign.assignment.driver = crew.driver;
            assign.assignment.date = input.date;
            const Stretch booked = VisitBooking(route, k);
            assign.assignment.window = {booked.from, booked.until};
            assign.version = input.routes[route.crew][k].version;
            assignments.push_back({jobs::JobId(visit.job_id), std::move(assign)});
            placed.insert(visit.job_id);
        }
    }
    // A re-plan's scheduled job it no longer places goes back to the open jobs: left on its crew
    // at its old time, it could clash with the new routes.
    std::vector<jobs::JobRelease> releases;
    for (const CrewJob& job : day.movable) {
        if (!placed.contains(job.job.plan.job_id)) {
            releases.push_back({jobs::JobId(job.job.plan.job_id), job.job.version});
        }
    }
    KEFU_ASSIGN_OR_RETURN(auto scheduled, jobs_.AssignAll(principal, assignments, releases));
    return AcceptedPlan{std::move(scheduled), std::move(plan)};
}

namespace {

/// The jobs of a day grouped by lead, the leads in the order they first appear (the jobs come
/// by scheduled start, so each group is too).
std::vector<std::vector<CrewJob>> ByLead(std::vector<CrewJob> day) {
    std::vector<std::vector<CrewJob>> groups;
    for (CrewJob& job : day) {
        auto group = std::ranges::find_if(
            groups, [&](const auto& g) { return g.front().crew.lead == job.crew.lead; });
        if (group == groups.end()) {
            groups.emplace_back().push_back(std::move(job));
        } else {
            group->push_back(std::move(job));
        }
    }
    return groups;
}

/// The crews of a scheduled day: per lead, the crew of the lead's latest job (by start), in the
/// order the leads first appear, then the crews of the day's line-up (`formed`) that have no job
/// yet. Jobs waiting for leadership and jobs without a vehicle form no crew; a crew sharing a
/// person or the vehicle with an earlier one is left out, since the planner cannot give one van
/// two routes (its jobs keep their places).
std::vector<CrewInput> CrewsOfDay(std::vector<CrewJob> day, std::vector<CrewInput> formed) {
    std::erase_if(day, [](const CrewJob& job) {
        return job.status == jobs::JobStatus::kNew || job.crew.vehicle_id == 0;
    });
    std::vector<CrewInput> candidates;
    for (std::vector<CrewJob>& group : ByLead(std::move(day))) {
        candidates.push_back(std::move(group.back().crew));
    }
    for (CrewInput& crew : formed) candidates.push_back(std::move(crew));
    std::vector<CrewInput> out;
    std::set<std::int64_t> people;
    std::set<std::int64_t> vehicles;
    for (CrewInput& crew : candidates) {
        std::vector<std::int64_t> mine{crew.lead.value()};
        for (StaffId m : crew.members) mine.push_back(m.value());
        if (crew.driver) mine.push_back(crew.driver->value());
        const bool shared = vehicles.contains(crew.vehicle_id) ||
                            std::ranges::any_of(mine, [&](auto p) { return people.contains(p); });
        if (shared) continue;
        vehicles.insert(crew.vehicle_id);
        people.insert(mine.begin(), mine.end());
        out.push_back(std::move(crew));
    }
    return out;
}

}  // namespace

Result<DayProposal> DispatchService::Replan(const auth::Principal& principal,
                                            const ReplanInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kPlan));
    std::vector<FieldViolation> violations;
    if (!(input.time_limit_seconds >= kMinTimeLimit && input.time_limit_seconds <= kMaxTimeLimit)) {
        violations.push_back({"timeLimitMs", "out_of_range"});
    }
    std::vector<CrewInput> crews;
    KEFU_TRY(transactions_.Run(TxMode::kRead, [&](Tx& tx) -> Result<void> {
        KEFU_ASSIGN_OR_RETURN(std::vector<CrewJob> day, plans_.CrewJobs(tx, input.date));
        KEFU_ASSIGN_OR_RETURN(auto lineup, lineups_.Find(tx, input.date));
        crews = CrewsOfDay(std::move(day),
                           lineup ? std::move(lineup->crews) : std::vector<CrewInput>{});
        return {};
    }));
    for (std::size_t i = 0; i < input.delays.size(); ++i) {
        const CrewDelay& delay = input.delays[i];
        auto crew = std::ranges::find(crews, delay.lead, &CrewInput::lead);
        if (crew == crews.end()) {
            violations.push_back({fmt::format("delays[{}].leadId", i), "not_found"});
        } else if (delay.minutes < 0 || delay.minutes > kMaxDelayMinutes) {
            violations.push_back({fmt::format("delays[{}].minutes", i), "out_of_range"});
        } else {
            crew->delay_minutes = delay.minutes;
        }
    }
    KEFU_ASSIGN_OR_RETURN(DayFacts facts,
                          LoadDay(
                              input.date,
                              crews,
                              [](std::size_t i) { return fmt::format("crews[{}]", i); },
                              std::move(violations),
                              true));
    facts.settings.time_limit_seconds = input.time_limit_seconds;
    KEFU_ASSIGN_OR_RETURN(Proposal proposal,
                          ProposeDay(PlanJobsOf(facts.jobs), facts.crews, facts.settings));
    std::vector<CrewStart> starts;
    starts.reserve(facts.crews.size());
    for (const PlanCrew& crew : facts.crews) starts.push_back({crew.free_from, crew.start_site});
    return DayProposal{input.date,
                       std::move(crews),
                       std::move(facts.jobs),
                       std::move(proposal),
                       facts.settings.depot,
                       std::move(facts.kept),
                       std::move(starts)};
}

Result<DaySchedule> DispatchService::Day(const auth::Principal& principal, Date date) {
    KEFU_TRY(auth::Require(principal, actions::kPlan));
    DaySchedule out;
    out.date = date;
    PlanSettings settings;
    KEFU_TRY(transactions_.Run(TxMode::kRead, [&](Tx& tx) -> Result<void> {
        KEFU_ASSIGN_OR_RETURN(settings, SettingsOn(tx, date));
        KEFU_ASSIGN_OR_RETURN(std::vector<CrewJob> day, plans_.CrewJobs(tx, date));
        for (std::vector<CrewJob>& group : ByLead(std::move(day))) {
            CrewInput crew = group.front().crew;
            out.routes.push_back({std::move(crew), std::move(group), 0.0});
        }
        return {};
    }));
    out.depot = settings.depot;
    std::vector<std::vector<planner::Coordinates>> sites;
    sites.reserve(out.routes.size());
    for (const ScheduledRoute& route : out.routes) {
        std::vector<planner::Coordinates>& points = sites.emplace_back();
        for (const CrewJob& visit : route.visits) points.push_back(visit.job.plan.site);
    }
    KEFU_ASSIGN_OR_RETURN(std::vector<double> km, RoutesKm(sites, settings));
    for (std::size_t r = 0; r < out.routes.size(); ++r) out.routes[r].km = km[r];
    return out;
}

}  // namespace kefu::dispatch
