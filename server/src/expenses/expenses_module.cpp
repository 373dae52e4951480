#include "expenses/expenses_module.hpp"

#include "expenses/expense_actions.hpp"
#include "expenses/expense_policy.hpp"
#include "expenses/http/claim_routes.hpp"

namespace kefu::expenses {

using R = auth::Role;

ExpensesModule::ExpensesModule(const app::Core& core,
                               fleet::TripLogRepository& trips,
                               policy::PolicyReader& policy,
                               geo::DivisionService& divisions,
                               approvals::ApprovalService& approvals)
    : core_(core),
      divisions_(divisions),
      approvals_(approvals),
      service_(repository_,
               trips,
               policy,
               divisions,
               approvals,
               core.transactions,
               core.audit,
               core.clock),
      documents_(service_, core.clock) {
    approvals.RegisterHandler(std::string(ClaimService::kLineApprovalKind), this);
}

Result<void> ExpensesModule::OnApproved(Tx& tx,
                                        const auth::Principal& decider,
                                        const approvals::ApprovalRequest& request) {
    return service_.ApplyApproval(tx, decider, request, true);
}

Result<void> ExpensesModule::OnRejected(Tx& tx,
                                        const auth::Principal& decider,
                                        const approvals::ApprovalRequest& request) {
    return service_.ApplyApproval(tx, decider, request, false);
}

app::ModuleDeclarations ExpensesModule::Declarations() const {
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kRead,
         {R::kHead,
          R::kSupervisor,
          R::kTechnician,
          R::kIntern,
          R::kDriver,
          R::kFinance,
          R::kLeadership},
         "R-EXP-7: the crew see their own claims; read_all widens it for the head, finance and "
         "leadership"},
        {actions::kReadAll,
         {R::kHead, R::kFinance, R::kLeadership},
         "R-EXP-7: the head approves, finance pays, leadership oversees every claim"},
        {actions::kClaim,
         {R::kHead, R::kSupervisor, R::kTechnician, R::kIntern, R::kDriver},
         "R-EXP-1..6: whoever travels for the department claims fares, meals and lodging"},
        {actions::kApprove, {R::kHead}, "R-EXP-7: the department head approves claims"},
        {actions::kPay, {R::kFinance}, "R-EXP-7: finance pays approved claims and exports them"},
    };
    d.audit_events = {events::kSubmit,
                      events::kAddLine,
                      events::kRemoveLine,
                      events::kAddReceipt,
                      events::kRemoveReceipt,
                      events::kRequestApproval,
                      events::kApprovalDecided,
                      events::kRejectLine,
                      events::kTransition};
    d.enums = {
        {"ClaimStatus", kClaimStatusNames.Names(), {{"expense_claims", "status"}}},
        {"ClaimEvent", kClaimEventNames.Names(), {}},
        {"ClaimLineKind", kLineKindNames.Names(), {{"expense_claim_lines", "kind"}}},
        {"ClaimLineStatus", kLineStatusNames.Names(), {{"expense_claim_lines", "status"}}},
        {"FareClass", kFareClassNames.Names(), {{"expense_claim_lines", "fare_class"}}},
        {"Meal", kMealNames.Names(), {{"expense_claim_lines", "meal"}}},
        {"ReceiptType", kReceiptTypeNames.Names(), {{"expense_claim_receipts", "content_type"}}},
        {"AllowanceRule", kAllowanceRuleNames.Names(), {{"expense_claim_lines", "rule"}}},
    };
    d.policy_keys.assign(policy_keys::kKeys.begin(), policy_keys::kKeys.end());
    return d;
}

Result<std::vector<app::HomeItem>> ExpensesModule::HomeItems(const auth::Principal& principal) {
    std::vector<app::HomeItem> items;
    // The head's inbox of submitted claims; finance's of approved ones.
    const std::pair<auth::Action, ClaimStatus> inboxes[] = {
        {actions::kApprove, ClaimStatus::kSubmitted},
        {actions::kPay, ClaimStatus::kHeadApproved},
    };
    for (const auto& [action, status] : inboxes) {
        if (!principal.Can(action)) continue;
        KEFU_ASSIGN_OR_RETURN(auto page, service_.List(principal, status, PageRequest{1, 1}));
        items.push_back({status == ClaimStatus::kSubmitted ? "claimsToApprove" : "claimsToPay",
                         page.total,
                         "/expenses?status=" + std::string(kClaimStatusNames.Name(status))});
    }
    return items;
}

void ExpensesModule::RegisterRoutes(http::Router& router) {
    RegisterClaimRoutes(router, service_, documents_);
}

}  // namespace kefu::expenses
