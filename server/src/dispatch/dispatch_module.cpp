#include "dispatch/dispatch_module.hpp"

#include "dispatch/dispatch_actions.hpp"
#include "dispatch/http/dispatch_routes.hpp"
#include "planner/osrm/osrm_table_provider.hpp"

namespace kefu::dispatch {

namespace {

/// The travel provider `kefu serve --osrm-url` asks for; none keeps the straight-line model.
std::unique_ptr<planner::MatrixProvider> TravelFrom(const std::string& osrm_url) {
    if (osrm_url.empty()) return nullptr;
    return std::make_unique<planner::OsrmTableProvider>(osrm_url);
}

}  // namespace

// One provider for every proposal; an OSRM failure fails the proposal with its error (the API
// answers UNAVAILABLE or FAILED_PRECONDITION), never a silent straight-line plan.
DispatchModule::DispatchModule(const app::Core& core,
                               policy::PolicyReader& policy,
                               jobs::JobService& jobs,
                               const std::string& osrm_url,
                               std::size_t planner_threads)
    : travel_(TravelFrom(osrm_url)),
      service_(plans_,
               lineups_,
               core.transactions,
               policy,
               jobs,
               core.clock,
               travel_.get(),
               planner_threads),
      lineup_(lineups_, core.transactions, jobs, core.audit, core.clock) {}

app::ModuleDeclarations DispatchModule::Declarations() const {
    using R = auth::Role;
    using policy::PolicyOwner;
    using policy::Unit;
    app::ModuleDeclarations d;
    d.actions = {{actions::kPlan,
                  {R::kHead, R::kSupervisor},
                  "R-DSP-4: those who assign crews ask the planning assistant for a proposal"}};
    d.audit_events = {events::kLineupSaved};
    d.enums = {{"UnplannedReason", kUnplannedReasonNames.Names(), {}}};
    // Ranges: a point in China; detours from a straight line to three times it; speeds a van
    // keeps; the working day inside the day.
    d.policy_keys = {
        {policy_keys::kDepotLat, Unit::kMicrodegrees, 3'000'000, 54'000'000, PolicyOwner::kSystem},
        {policy_keys::kDepotLng,
         Unit::kMicrodegrees,
         73'000'000,
         136'000'000,
         PolicyOwner::kSystem},
        {policy_keys::kCityRadiusKm, Unit::kKm, 0, 200, PolicyOwner::kDepartment},
        {policy_keys::kCityDetour, Unit::kPermille, 1000, 3000, PolicyOwner::kDepartment},
        {policy_keys::kCitySpeed, Unit::kKmPerHour, 5, 120, PolicyOwner::kDepartment},
        {policy_keys::kOutsideDetour, Unit::kPermille, 1000, 3000, PolicyOwner::kDepartment},
        {policy_keys::kOutsideSpeed, Unit::kKmPerHour, 5, 120, PolicyOwner::kDepartment},
        {policy_keys::kDayStart, Unit::kMinuteOfDay, 0, 1439, PolicyOwner::kDepartment},
        {policy_keys::kDayEnd, Unit::kMinuteOfDay, 0, 1439, PolicyOwner::kDepartment},
        {policy_keys::kOvertimeMax, Unit::kMinutes, 0, 600, PolicyOwner::kDepartment},
        {policy_keys::kSetup, Unit::kMinutes, 0, 240, PolicyOwner::kDepartment}};
    return d;
}

void DispatchModule::RegisterRoutes(http::Router& router) {
    RegisterDispatchRoutes(router, service_, lineup_);
}

}  // namespace kefu::dispatch
