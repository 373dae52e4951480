#include "auth/permission.hpp"

#include <fmt/core.h>

namespace kefu::auth {

bool Principal::Can(Action action) const {
    if (system) return true;
    return permissions != nullptr && permissions->Allows(roles, action);
}

std::vector<std::string> Principal::PermittedActions() const {
    if (permissions == nullptr) return {};
    if (system) return permissions->ActionNames();
    return permissions->ActionNamesFor(roles);
}

Result<void> Require(const Principal& principal, Action action) {
    if (principal.Can(action)) return {};
    return Fail(Error::PermissionDenied(fmt::format("your roles do not allow {}", action.name())));
}

bool IsExternal(const Principal& principal) { return principal.roles.Has(Role::kDealer); }

Principal SystemPrincipal() {
    Principal p;
    p.username = "system";
    p.display_name = "system";
    for (Role r : kAllRoles) p.roles.Add(r);
    p.system = true;
    return p;
}

}  // namespace kefu::auth
