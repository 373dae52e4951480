#include "policy/policy_module.hpp"

#include "policy/http/policy_routes.hpp"
#include "policy/policy_actions.hpp"
#include "policy/regulation_keys.hpp"

namespace kefu::policy {

using R = auth::Role;

PolicyModule::PolicyModule(const app::Core& core)
    : core_(core), service_(repository_, catalog_, core.transactions, core.audit) {}

app::ModuleDeclarations PolicyModule::Declarations() const {
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kRead,
         {R::kHead, R::kFinance, R::kLeadership, R::kAdmin},
         "R-EXP, R-ORG-2: the office reads the numbers in force; finance applies them"},
        {actions::kWrite,
         {R::kHead, R::kLeadership, R::kAdmin},
         "the head sets the department's numbers (allowances, times, crew size)"},
        {actions::kWriteSystem,
         {R::kLeadership, R::kAdmin},
         "leadership and the administrator set the rest (e.g. grade tenure)"},
    };
    d.audit_events = {events::kSet};
    d.enums = {{"PolicyUnit", kUnitNames.Names(), {{"policy_values", "unit"}}},
               {"PolicyOwner", kPolicyOwnerNames.Names(), {}}};
    d.policy_keys.assign(kRegulationKeys.begin(), kRegulationKeys.end());
    return d;
}

std::vector<std::string> PolicyModule::Assemble(std::span<const app::NamedDeclarations> all) {
    for (const app::NamedDeclarations& named : all) {
        catalog_.Declare(named.module, named.declarations.policy_keys);
    }
    return catalog_.problems();
}

Result<std::vector<app::HomeItem>> PolicyModule::HomeItems(const auth::Principal& principal) {
    if (!principal.Can(actions::kRead)) return std::vector<app::HomeItem>();
    KEFU_ASSIGN_OR_RETURN(auto values, service_.List(principal));
    const Date today = core_.clock.Today();
    std::int64_t pending = 0;
    for (const PolicyValue& v : values) {
        if (v.valid_from > today) ++pending;
    }
    return std::vector<app::HomeItem>{{"policyChangesPending", pending, "/policies"}};
}

void PolicyModule::RegisterRoutes(http::Router& router) {
    RegisterPolicyRoutes(router, service_, core_.clock);
}

}  // namespace kefu::policy
