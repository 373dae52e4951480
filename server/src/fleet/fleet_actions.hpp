// What the fleet capability lets users do and what it audits. The roles holding each action are
// declared in fleet_module.cpp.
#pragma once

#include "audit/audit_record.hpp"
#include "auth/action.hpp"

namespace kefu::fleet {

namespace actions {
/// List and open vehicles: who plans, drives, loads or pays for them.
inline constexpr auth::Action kRead{"vehicle.read"};
/// Add vehicles, change their status (maintenance, retired) and fixed driver.
inline constexpr auth::Action kWrite{"vehicle.write"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kCreate{"vehicle", "create"};
inline constexpr audit::AuditEvent kUpdate{"vehicle", "update"};
}  // namespace events

}  // namespace kefu::fleet
