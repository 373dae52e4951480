// Dispatch as a capability module: the day's line-up of crews (R-DSP-3) and the planning
// assistant (R-DSP-4), which proposes crews, order and arrival times for a day's open jobs.
#pragma once

#include <memory>
#include <string>

#include "app/module.hpp"
#include "dispatch/dispatch_service.hpp"
#include "dispatch/lineup_service.hpp"
#include "dispatch/sql/sql_lineup_repository.hpp"
#include "dispatch/sql/sql_plan_repository.hpp"
#include "jobs/job_service.hpp"
#include "planner/matrix/travel_matrix.hpp"
#include "policy/policy_service.hpp"

namespace kefu::dispatch {

class DispatchModule final : public app::Module {
public:
    /// With `osrm_url` (e.g. http://127.0.0.1:5000) every plan takes its travel times from that
    /// OSRM-compatible /table service; empty keeps the straight-line model. Every proposal runs
    /// `planner_threads` annealing runs (PlanSettings::threads).
    DispatchModule(const app::Core& core,
                   policy::PolicyReader& policy,
                   jobs::JobService& jobs,
                   const std::string& osrm_url = {},
                   std::size_t planner_threads = 1);
    std::string_view name() const override { return "dispatch"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    /// The days from today on keep the crews of their scheduled jobs as their line-up.
    Result<void> LoadDemo(app::DemoContext& context) override;

private:
    SqlPlanRepository plans_;
    SqlLineupRepository lineups_;
    std::unique_ptr<planner::MatrixProvider> travel_;  ///< before service_, which points to it
    DispatchService service_;
    LineupService lineup_;
};

}  // namespace kefu::dispatch
