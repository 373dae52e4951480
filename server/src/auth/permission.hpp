// The principal (the logged-in user as services see it) and the permission check against it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/action.hpp"
#include "auth/permission_table.hpp"
#include "auth/role.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"

namespace kefu::auth {

/// The logged-in user as the services see it.
struct Principal {
    UserId user_id;
    std::string username;
    std::string display_name;
    RoleSet roles;
    std::optional<StaffId> staff_id;
    std::optional<DealerId> dealer_id;
    std::string csrf_token;
    /// The table the roles are read against; set by the authenticator. Without one, nothing is
    /// allowed (fail closed).
    const PermissionTable* permissions = nullptr;
    /// The CLI and demo loader act as the system, which may do everything (never from HTTP).
    bool system = false;

    bool Can(Action action) const;
    /// Names of every action this user may perform (sent to the UI), sorted.
    std::vector<std::string> PermittedActions() const;
};

/// PERMISSION_DENIED unless the principal may perform `action`.
Result<void> Require(const Principal& principal, Action action);

/// True when the principal is an external account (a dealer's), which sees only its own
/// dealer's records and never holds an internal role (R-SEC-2).
bool IsExternal(const Principal& principal);

/// A principal with every role that may do everything, for the CLI and the demo loader.
Principal SystemPrincipal();

}  // namespace kefu::auth
