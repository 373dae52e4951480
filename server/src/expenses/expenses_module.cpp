#include "expenses/expenses_module.hpp"

#include "expenses/expense_actions.hpp"
#include "expenses/expense_policy.hpp"
#include "expenses/http/claim_routes.hpp"

namespace kefu::expenses {

using R = auth::Role;

ExpensesModule::ExpensesModule(const app::Core& core,
                               fleet::TripLogRepository& trips,
                               policy::PolicyReader& policy,
                               geo::DivisionService& divisions)
    : core_(core),
      divisions_(divisions),
      service_(repository_, trips, policy, divisions, core.transactions, core.audit, core.clock),
      documents_(service_, core.clock) {}

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
                      events::kRejectLine,
                      events::kTransition};
    d.enums = {
        {"ClaimStatus", kClaimStatusNames.Names(), {{"expense_claims", "status"}}},
        {"ClaimEvent", kClaimEventNames.Names(), {}},
        {"ClaimLineKind", kLineKindNames.Names(), {{"expense_claim_lines", "kind"}}},
        {"ClaimLineStatus", kLineStatusNames.Names(), {{"expense_claim_lines", "status"}}},
        {"FareClass", kFareClassNames.Names(), {{"expense_claim_lines", "fare_class"}}},
        {"Meal", kMealNames.Names(), {{"expense_claim_lines", "meal"}}},
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
