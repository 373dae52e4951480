#include "dispatch/dispatch_service.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <functional>
#include <set>

#include "dispatch/dispatch_actions.hpp"

namespace kefu::dispatch {

namespace {

constexpr double kPermille = 1e-3;

/// Violations of the crews that need no storage: a person or a vehicle in two crews, or one
/// person twice in a crew. The driver may also be the crew's lead or a member (a technician who
/// drives). `crew` names crew i.
std::vector<FieldViolation> RepeatedInCrews(const std::vector<CrewInput>& crews,
                                            const std::function<std::string(std::size_t)>& crew) {
    std::vector<FieldViolation> out;
    std::set<std::int64_t> earlier;  // everyone of the crews before this one
    std::set<std::int64_t> vehicles;
    for (std::size_t i = 0; i < crews.size(); ++i) {
        const CrewInput& c = crews[i];
        if (!vehicles.insert(c.vehicle_id).second)
            out.push_back({crew(i) + ".vehicleId", "duplicate"});
        std::set<std::int64_t> installers;
        auto installer = [&](StaffId person, const std::string& field) {
            if (earlier.contains(person.value()) || !installers.insert(person.value()).second) {
                out.push_back({field, "duplicate"});
            }
        };
        installer(c.lead, crew(i) + ".leadId");
        for (std::size_t j = 0; j < c.members.size(); ++j) {
            installer(c.members[j], fmt::format("{}.memberIds[{}]", crew(i), j));
        }
        if (c.driver && earlier.contains(c.driver->value())) {
            out.push_back({crew(i) + ".driverId", "duplicate"});
        }
        earlier.insert(installers.begin(), installers.end());
        if (c.driver) earlier.insert(c.driver->value());
    }
    return out;
}

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
    return s;
}

Result<Stretch> DispatchService::FreeStretchOf(Tx& tx,
                                               Date date,
                                               const CrewInput& crew,
                                               const PlanSettings& settings) {
    std::vector<StaffId> people{crew.lead};
    people.insert(people.end(), crew.members.begin(), crew.members.end());
    if (crew.driver) people.push_back(*crew.driver);
    KEFU_ASSIGN_OR_RETURN(auto slots, jobs_.BusyIn(tx, date, people, crew.vehicle_id));
    std::vector<Stretch> busy;
    busy.reserve(slots.size());
    for (const jobs::BusySlot& slot : slots) busy.push_back({slot.window.start, slot.window.end});
    return LongestFreeStretch(busy, settings.day_start, settings.day_end + settings.overtime_max);
}

Result<DispatchService::DayFacts> DispatchService::LoadDay(
    Date date,
    const std::vector<CrewInput>& crews,
    const std::function<std::string(std::size_t)>& crew_field,
    std::vector<FieldViolation> violations) {
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
            PlanCrew planned{crew.vehicle_id,
                             1 + static_cast<int>(crew.members.size()),
                             {},
                             vehicle->volume_l,
                             vehicle->payload_kg};
            // A skilled product needs someone on the crew who holds the skill (R-DSP-4).
            std::vector<StaffId> installers{crew.lead};
            installers.insert(installers.end(), crew.members.begin(), crew.members.end());
            KEFU_ASSIGN_OR_RETURN(planned.skills, plans_.SkillsOf(tx, installers));
            KEFU_ASSIGN_OR_RETURN(Stretch free, FreeStretchOf(tx, date, crew, out.settings));
            planned.free_from = free.from;
            planned.free_until = free.until;
            out.crews.push_back(std::move(planned));
        }
        if (!violations.empty()) {
            return Fail(Error::InvalidArgument("the plan cannot be made", violations));
        }
        KEFU_ASSIGN_OR_RETURN(out.jobs, plans_.OpenJobs(tx, date));
        return out;
    });
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
    return DayProposal{
        input.date, input.crews, std::move(day.jobs), std::move(proposal), day.settings.depot};
}

Result<AcceptedPlan> DispatchService::Accept(const auth::Principal& principal,
                                             const AcceptInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kPlan));
    std::vector<FieldViolation> violations;
    if (input.routes.size() != input.crews.size())
        violations.push_back({"routes", "invalid_value"});
    KEFU_ASSIGN_OR_RETURN(DayFacts day,
                          LoadDay(
                              input.date,
                              input.crews,
                              [](std::size_t i) { return fmt::format("routes[{}].crew", i); },
                              std::move(violations)));
    std::vector<CrewOrder> orders;
    for (std::size_t i = 0; i < input.routes.size(); ++i) {
        CrewOrder order{i, {}};
        for (const AcceptedJob& job : input.routes[i]) order.job_ids.push_back(job.job_id);
        orders.push_back(std::move(order));
    }
    KEFU_ASSIGN_OR_RETURN(Proposal plan,
                          CheckPlan(PlanJobsOf(day.jobs), day.crews, day.settings, orders));
    // The checked plan's arrival times become the assignments' windows, route by route.
    std::vector<jobs::JobAssignment> assignments;
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
            assign.assignment.window = {visit.arrival,
                                        std::min(visit.arrival + visit.service_minutes, 24 * 60)};
            assign.version = input.routes[route.crew][k].version;
            assignments.push_back({jobs::JobId(visit.job_id), std::move(assign)});
        }
    }
    KEFU_ASSIGN_OR_RETURN(auto scheduled, jobs_.AssignAll(principal, assignments));
    return AcceptedPlan{std::move(scheduled), std::move(plan)};
}

}  // namespace kefu::dispatch
