// What the accounts capability (login accounts and sessions) lets users do, and what it audits.
#pragma once

#include "audit/audit_record.hpp"
#include "auth/action.hpp"

namespace kefu::auth {

namespace actions {
/// List login accounts.
inline constexpr Action kUserRead{"user.read"};
/// Create accounts, change their roles, disable and enable them (as the grant table allows).
inline constexpr Action kUserWrite{"user.write"};
/// Give an account a new password shown once (the administrator).
inline constexpr Action kResetPassword{"user.reset_password"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kLogin{"user", "login"};
inline constexpr audit::AuditEvent kLoginFailed{"user", "login_failed"};
inline constexpr audit::AuditEvent kLogout{"user", "logout"};
inline constexpr audit::AuditEvent kCreate{"user", "create"};
inline constexpr audit::AuditEvent kSetRoles{"user", "set_roles"};
inline constexpr audit::AuditEvent kResetPassword{"user", "reset_password"};
inline constexpr audit::AuditEvent kPasswordChanged{"user", "change_password"};
inline constexpr audit::AuditEvent kDisable{"user", "disable"};
inline constexpr audit::AuditEvent kEnable{"user", "enable"};
}  // namespace events

}  // namespace kefu::auth
