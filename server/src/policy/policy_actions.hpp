// What the policy store lets users do, and what it writes to the audit trail.
#pragma once

#include "audit/audit_record.hpp"
#include "auth/action.hpp"

namespace kefu::policy {

namespace actions {
/// Read every policy value and its history.
inline constexpr auth::Action kRead{"policy.read"};
/// Set a new version of a department policy value (allowances, times, crew size).
inline constexpr auth::Action kWrite{"policy.write"};
/// Set a new version of a value the system administrator owns (e.g. the grade tenure rules).
inline constexpr auth::Action kWriteSystem{"policy.write_system"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kSet{"policy", "create"};
}  // namespace events

}  // namespace kefu::policy
