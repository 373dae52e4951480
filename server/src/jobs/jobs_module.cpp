#include "jobs/jobs_module.hpp"

#include "jobs/http/job_routes.hpp"
#include "jobs/job_actions.hpp"

namespace kefu::jobs {

using R = auth::Role;

JobsModule::JobsModule(const app::Core& core,
                       policy::PolicyReader& policy,
                       approvals::ApprovalService& approvals)
    : core_(core),
      service_(
          repository_, references_, core.transactions, policy, approvals, core.audit, core.clock) {
    approvals.RegisterHandler(std::string(JobService::kCrewKind), this);
}

Result<void> JobsModule::OnApproved(Tx& tx,
                                    const auth::Principal& decider,
                                    const approvals::ApprovalRequest& request) {
    return service_.ApplyCrewDecision(tx, decider, request, true);
}

Result<void> JobsModule::OnRejected(Tx& tx,
                                    const auth::Principal& decider,
                                    const approvals::ApprovalRequest& request) {
    return service_.ApplyCrewDecision(tx, decider, request, false);
}

Result<std::vector<app::HomeItem>> JobsModule::HomeItems(const auth::Principal& principal) {
    std::vector<app::HomeItem> items;
    if (principal.Can(actions::kAssign)) {
        // The head's day: what waits for a crew, for leadership, and for a call (R-DSP-5).
        const std::pair<JobFlag, std::string_view> flags[] = {
            {JobFlag::kUnassigned, "jobsUnassigned"},
            {JobFlag::kAwaitingApproval, "jobsAwaitingApproval"},
            {JobFlag::kMissingEtaCall, "jobsMissingEtaCall"},
            {JobFlag::kMissingAddressCall, "jobsMissingAddressCall"},
        };
        for (const auto& [flag, key] : flags) {
            KEFU_ASSIGN_OR_RETURN(std::int64_t n, service_.CountFlagged(principal, flag));
            items.push_back(
                {std::string(key), n, "/jobs?flag=" + std::string(kJobFlagNames.Name(flag))});
        }
    } else if (principal.Can(actions::kRead) && principal.staff_id) {
        // An installer's or a driver's jobs of today.
        KEFU_ASSIGN_OR_RETURN(std::int64_t n, service_.CountToday(principal));
        items.push_back({"jobsToday", n, "/my-jobs"});
    }
    return items;
}

app::ModuleDeclarations JobsModule::Declarations() const {
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kReadAll,
         {R::kHead, R::kSupervisor, R::kWarehouse, R::kClerk, R::kLeadership},
         "R-JOB-2, R-DSP-1, R-SEC-2: the head follows every job, supervisors assign, the "
         "warehouse loads, the clerk files, leadership oversees"},
        {actions::kRead,
         {R::kHead,
          R::kSupervisor,
          R::kTechnician,
          R::kIntern,
          R::kDriver,
          R::kWarehouse,
          R::kSales,
          R::kDealer,
          R::kClerk,
          R::kLeadership},
         "R-SEC-2: installers and drivers see their crews' jobs, sales the jobs they raised, a "
         "dealer its own; read_all widens it to every job"},
        {actions::kCreate,
         {R::kHead, R::kSales, R::kDealer, R::kClerk},
         "R-JOB-1/2/4: sales fill in feedback forms, dealers ask for deliveries, the clerk enters "
         "after-sales notices"},
        {actions::kImport, {R::kHead, R::kClerk}, "R-JOB-4: the clerk imports notices and plans"},
        {actions::kAssign,
         {R::kHead, R::kSupervisor},
         "R-DSP-1: the head (or a supervisor) assigns crews"},
        {actions::kProgress,
         {R::kHead, R::kSupervisor},
         "R-JOB-5: the office moves a job through the field states"},
        {actions::kClose, {R::kHead}, "R-JOB-5: the head closes an accepted job"},
        {actions::kCancel, {R::kHead}, "R-JOB-5: the head cancels, with a reason"},
        {actions::kCall,
         {R::kHead, R::kSupervisor, R::kTechnician, R::kDriver, R::kClerk},
         "R-DSP-5: the office or the crew calls the customer before loading and arrival"},
    };
    d.audit_events = {events::kCreate,
                      events::kUpdate,
                      events::kAssign,
                      events::kTransition,
                      events::kCall,
                      events::kImport,
                      events::kCrewApproved};
    d.enums = {
        {"JobKind", kJobKindNames.Names(), {{"jobs", "kind"}}},
        {"JobStatus", kJobStatusNames.Names(), {{"jobs", "status"}}},
        {"JobEvent", kJobEventNames.Names(), {{"job_transitions", "event"}}},
        {"Priority", kPriorityNames.Names(), {{"jobs", "priority"}}},
        {"CrewApproval", kCrewApprovalNames.Names(), {{"jobs", "crew_approval"}}},
        {"CallKind", kCallKindNames.Names(), {{"job_calls", "kind"}}},
        {"CallOutcome", kCallOutcomeNames.Names(), {{"job_calls", "outcome"}}},
        {"JobFlag", kJobFlagNames.Names(), {}},
    };
    return d;
}

void JobsModule::RegisterRoutes(http::Router& router) { RegisterJobRoutes(router, service_); }

}  // namespace kefu::jobs
