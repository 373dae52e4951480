// Jobs as a capability module (R-JOB-1..5, R-DSP-1/2/5): owns the repository and the service,
// carries out leadership's crew-size decisions, and adds the head's day to the home page.
#pragma once

#include "app/module.hpp"
#include "approvals/approval_service.hpp"
#include "jobs/job_service.hpp"
#include "jobs/sql/sql_job_references.hpp"
#include "jobs/sql/sql_job_repository.hpp"
#include "policy/policy_service.hpp"

namespace kefu::jobs {

/// The jobs capability; other modules (field work, dispatch, claims) use its service.
class JobsModule final : public app::Module, private approvals::ApprovalHandler {
public:
    JobsModule(const app::Core& core,
               policy::PolicyReader& policy,
               approvals::ApprovalService& approvals);
    std::string_view name() const override { return "jobs"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<void> LoadDemo(app::DemoContext& context) override;
    Result<std::vector<app::HomeItem>> HomeItems(const auth::Principal& principal) override;

    JobService& service() { return service_; }

private:
    Result<void> OnApproved(Tx& tx,
                            const auth::Principal& decider,
                            const approvals::ApprovalRequest& request) override;
    Result<void> OnRejected(Tx& tx,
                            const auth::Principal& decider,
                            const approvals::ApprovalRequest& request) override;

    /// The demo's one dealer job waiting for leadership's approval of five people.
    Result<void> RaiseWaitingDealerJob(const auth::Principal& system, Date day);

    app::Core core_;
    SqlJobRepository repository_;
    SqlJobReferences references_;
    JobService service_;
};

}  // namespace kefu::jobs
