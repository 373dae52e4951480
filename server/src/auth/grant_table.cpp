#include "auth/grant_table.hpp"

namespace kefu::auth {

RoleSet DepartmentRoles() {
    return {Role::kSupervisor,
            Role::kTechnician,
            Role::kIntern,
            Role::kDriver,
            Role::kWarehouse,
            Role::kClerk};
}

RoleSet GrantableBy(const RoleSet& granter_roles) {
    RoleSet out;
    if (granter_roles.Has(Role::kAdmin)) {
        for (Role r : kAllRoles) out.Add(r);
        return out;
    }
    if (granter_roles.Has(Role::kHead)) {
        out = DepartmentRoles();
        out.Add(Role::kDealer);
    }
    return out;
}

bool IsConsistentAccount(const RoleSet& roles) {
    if (!roles.Has(Role::kDealer)) return true;
    return roles == RoleSet{Role::kDealer};
}

}  // namespace kefu::auth
