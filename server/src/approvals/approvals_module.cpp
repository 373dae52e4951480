#include "approvals/approvals_module.hpp"

#include "approvals/approval_actions.hpp"
#include "approvals/http/approval_routes.hpp"

namespace kefu::approvals {

ApprovalsModule::ApprovalsModule(const app::Core& core)
    : service_(repository_, core.transactions, core.audit, core.clock) {}

app::ModuleDeclarations ApprovalsModule::Declarations() const {
    using R = auth::Role;
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kRead,
         {R::kHead, R::kLeadership},
         "R-ORG-2, R-JOB-3: the head follows what he asked; leadership decides"},
        {actions::kDecide,
         {R::kLeadership},
         "R-ORG-2, R-JOB-3: leadership (主管领导) approves exceptions, recorded"},
    };
    d.audit_events = {events::kRequest, events::kApprove, events::kReject};
    d.enums = {{"ApprovalStatus", kApprovalStatusNames.Names(), {{"approval_requests", "status"}}}};
    return d;
}

void ApprovalsModule::RegisterRoutes(http::Router& router) {
    RegisterApprovalRoutes(router, service_);
}

Result<std::vector<app::HomeItem>> ApprovalsModule::HomeItems(const auth::Principal& principal) {
    if (!principal.Can(actions::kDecide)) return std::vector<app::HomeItem>();
    KEFU_ASSIGN_OR_RETURN(std::int64_t pending, service_.CountPending(principal));
    return std::vector<app::HomeItem>{{"approvalsPending", pending, "/approvals"}};
}

}  // namespace kefu::approvals
