#include "auth/permission.hpp"

#include <fmt/core.h>

namespace kefu::auth {
namespace {

struct Rule {
    Action action;
    std::string_view name;
    RoleSet roles;
};

using R = Role;

// The permission table. Reading it top to bottom answers "who may do what" (R-ORG-5, R-SEC-2).
const std::array<Rule, kActionCount>& Table() {
    static const std::array<Rule, kActionCount> table = {{
        {Action::kStaffRead,
         "staff.read",
         {R::kHead, R::kSupervisor, R::kClerk, R::kFinance, R::kLeadership, R::kAdmin}},
        {Action::kStaffWrite, "staff.write", {R::kHead, R::kAdmin}},
        {Action::kStaffPromote, "staff.promote", {R::kHead, R::kLeadership}},
        {Action::kStaffPromoteOverride, "staff.promote_override", {R::kLeadership}},
        {Action::kStaffEndInternship, "staff.end_internship", {R::kHead}},
        {Action::kStaffHrRead, "staff.hr_read", {R::kHead, R::kFinance, R::kLeadership}},
        {Action::kTrainingRead,
         "training.read",
         {R::kHead, R::kSupervisor, R::kLeadership, R::kAdmin}},
        {Action::kTrainingWrite, "training.write", {R::kHead, R::kSupervisor}},
        {Action::kAuditRead, "audit.read", {R::kHead, R::kLeadership, R::kAdmin}},
        {Action::kPolicyRead, "policy.read", {R::kHead, R::kFinance, R::kLeadership, R::kAdmin}},
        {Action::kPolicyWrite, "policy.write", {R::kLeadership, R::kAdmin}},
        {Action::kUserRead, "user.read", {R::kHead, R::kLeadership, R::kAdmin}},
        {Action::kUserWrite, "user.write", {R::kHead, R::kAdmin}},
        {Action::kDealerRead,
         "dealer.read",
         {R::kHead,
          R::kSupervisor,
          R::kSales,
          R::kDealer,
          R::kClerk,
          R::kFinance,
          R::kLeadership,
          R::kAdmin}},
    }};
    return table;
}

const Rule& RuleFor(Action action) { return Table().at(static_cast<std::size_t>(action)); }

}  // namespace

std::string_view ActionName(Action action) { return RuleFor(action).name; }

RoleSet RolesAllowed(Action action) { return RuleFor(action).roles; }

bool Principal::Can(Action action) const {
    const RoleSet allowed = RolesAllowed(action);
    for (Role r : roles.ToVector()) {
        if (allowed.Has(r)) return true;
    }
    return false;
}

std::vector<std::string> Principal::PermittedActions() const {
    std::vector<std::string> out;
    for (Action a : kAllActions) {
        if (Can(a)) out.emplace_back(ActionName(a));
    }
    return out;
}

Result<void> Require(const Principal& principal, Action action) {
    if (principal.Can(action)) return {};
    return Fail(
        Error::PermissionDenied(fmt::format("your roles do not allow {}", ActionName(action))));
}

bool CanSeeHrData(const Principal& principal) { return principal.Can(Action::kStaffHrRead); }

bool CanSeeDealer(const Principal& principal, DealerId dealer) {
    if (principal.roles.Has(Role::kDealer)) {
        return principal.dealer_id == dealer;
    }
    return principal.Can(Action::kDealerRead);
}

bool CanSeeStaff(const Principal& principal, StaffId staff) {
    return principal.Can(Action::kStaffRead) || principal.staff_id == staff;
}

Principal SystemPrincipal() {
    Principal p;
    p.username = "system";
    p.display_name = "system";
    for (Role r : kAllRoles) p.roles.Add(r);
    return p;
}

}  // namespace kefu::auth
