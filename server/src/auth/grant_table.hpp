// Who may grant which role to an account (administration from the browser, issue 7; R-SEC-1).
#pragma once

#include "auth/role.hpp"

namespace kefu::auth {

/// The roles that a user holding `granter_roles` may grant or remove:
/// - the administrator grants every role;
/// - the department head grants the department's roles (supervisor, technician, intern,
///   driver, warehouse, clerk) and makes dealer accounts;
/// - head, leadership, finance, sales and admin are granted by the administrator only;
/// - every other role grants nothing.
RoleSet GrantableBy(const RoleSet& granter_roles);

/// The roles of the department: what the head may grant to internal accounts.
RoleSet DepartmentRoles();

/// True when `roles` is a valid set for one account: an external (dealer) account holds the
/// dealer role and nothing else; an internal account never holds the dealer role (R-SEC-2).
bool IsConsistentAccount(const RoleSet& roles);

}  // namespace kefu::auth
