// Dispatch as a capability module: the planning assistant (R-DSP-4), which proposes crews, order
// and arrival times for a day's open jobs.
#pragma once

#include "app/module.hpp"
#include "dispatch/dispatch_service.hpp"
#include "dispatch/sql/sql_plan_repository.hpp"
#include "jobs/job_service.hpp"
#include "policy/policy_service.hpp"

namespace kefu::dispatch {

class DispatchModule final : public app::Module {
public:
    DispatchModule(const app::Core& core, policy::PolicyReader& policy, jobs::JobService& jobs);
    std::string_view name() const override { return "dispatch"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;

private:
    SqlPlanRepository plans_;
    DispatchService service_;
};

}  // namespace kefu::dispatch
