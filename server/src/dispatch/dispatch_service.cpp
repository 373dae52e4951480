#include "dispatch/dispatch_service.hpp"

#include <fmt/core.h>

#include <set>

#include "dispatch/dispatch_actions.hpp"

namespace kefu::dispatch {

namespace {

constexpr double kMicro = 1e-6;
constexpr double kPermille = 1e-3;

/// Violations of the crews that need no storage: a person or a vehicle in two places.
std::vector<FieldViolation> RepeatedInCrews(const std::vector<CrewInput>& crews) {
    std::vector<FieldViolation> out;
    std::set<std::int64_t> people;
    std::set<std::int64_t> vehicles;
    for (std::size_t i = 0; i < crews.size(); ++i) {
        const CrewInput& crew = crews[i];
        if (!vehicles.insert(crew.vehicle_id).second) {
            out.push_back({fmt::format("crews[{}].vehicleId", i), "duplicate"});
        }
        if (!people.insert(crew.lead.value()).second) {
            out.push_back({fmt::format("crews[{}].leadId", i), "duplicate"});
        }
        for (std::size_t j = 0; j < crew.members.size(); ++j) {
            if (!people.insert(crew.members[j].value()).second) {
                out.push_back({fmt::format("crews[{}].memberIds[{}]", i, j), "duplicate"});
            }
        }
    }
    return out;
}

}  // namespace

Result<PlanSettings> DispatchService::SettingsOn(Tx& tx, Date day) {
    auto value = [&](std::string_view key) { return policy_.ValueOn(tx, key, day); };
    PlanSettings s;
    KEFU_ASSIGN_OR_RETURN(std::int64_t lat, value(policy_keys::kDepotLat));
    KEFU_ASSIGN_OR_RETURN(std::int64_t lng, value(policy_keys::kDepotLng));
    s.depot = {static_cast<double>(lng) * kMicro, static_cast<double>(lat) * kMicro};
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
    return s;
}

Result<DayProposal> DispatchService::Propose(const auth::Principal& principal,
                                             const ProposeInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kPlan));
    std::vector<FieldViolation> violations = RepeatedInCrews(input.crews);
    if (input.date < clock_.Today()) violations.push_back({"date", "in_past"});
    if (!(input.time_limit_seconds >= kMinTimeLimit && input.time_limit_seconds <= kMaxTimeLimit)) {
        violations.push_back({"timeLimitSeconds", "out_of_range"});
    }
    struct Loaded {
        std::vector<OpenJob> jobs;
        std::vector<PlanCrew> crews;
        PlanSettings settings;
    };
    KEFU_ASSIGN_OR_RETURN(
        Loaded loaded, transactions_.Run<Loaded>(TxMode::kRead, [&](Tx& tx) -> Result<Loaded> {
            Loaded out;
            for (std::size_t i = 0; i < input.crews.size(); ++i) {
                const CrewInput& crew = input.crews[i];
                KEFU_ASSIGN_OR_RETURN(auto vehicle, plans_.Vehicle(tx, crew.vehicle_id));
                const std::string field = fmt::format("crews[{}].vehicleId", i);
                if (!vehicle) {
                    violations.push_back({field, "not_found"});
                    continue;
                }
                if (!vehicle->in_service) violations.push_back({field, "not_in_service"});
                out.crews.push_back({crew.vehicle_id,
                                     1 + static_cast<int>(crew.members.size()),
                                     {},
                                     vehicle->volume_l,
                                     vehicle->payload_kg});
            }
            if (!violations.empty()) {
                return Fail(Error::InvalidArgument("the proposal cannot be made", violations));
            }
            KEFU_ASSIGN_OR_RETURN(out.jobs, plans_.OpenJobs(tx, input.date));
            KEFU_ASSIGN_OR_RETURN(out.settings, SettingsOn(tx, input.date));
            return out;
        }));
    // The search runs outside the transaction: it takes seconds and needs no row.
    loaded.settings.time_limit_seconds = input.time_limit_seconds;
    std::vector<PlanJob> jobs;
    jobs.reserve(loaded.jobs.size());
    for (const OpenJob& job : loaded.jobs) jobs.push_back(job.plan);
    KEFU_ASSIGN_OR_RETURN(Proposal proposal, ProposeDay(jobs, loaded.crews, loaded.settings));
    return DayProposal{input.date, input.crews, std::move(loaded.jobs), std::move(proposal)};
}

}  // namespace kefu::dispatch
