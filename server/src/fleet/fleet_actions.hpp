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
/// List and open trip logs, and print the trip records report (R-VEH-1, R-RPT-4).
inline constexpr auth::Action kTripRead{"trip_log.read"};
/// Record one's own trips (a driver) and see one's jobs of the day to tick.
inline constexpr auth::Action kTripWrite{"trip_log.write"};
/// Record and correct anyone's trips (the head keeps the log complete).
inline constexpr auth::Action kTripManage{"trip_log.manage"};
/// See the flags of the trip logs: missing logs, odometer gaps.
inline constexpr auth::Action kTripFlags{"trip_log.flags"};
/// See violations and damage with the compensation decided (R-VEH-3: head, finance, leadership).
inline constexpr auth::Action kViolationRead{"vehicle_violation.read"};
/// Record a violation or damage against a driver and decide the compensation.
inline constexpr auth::Action kViolationWrite{"vehicle_violation.write"};
}  // namespace actions

namespace events {
inline constexpr audit::AuditEvent kCreate{"vehicle", "create"};
inline constexpr audit::AuditEvent kUpdate{"vehicle", "update"};
inline constexpr audit::AuditEvent kTripCreate{"trip_log", "create"};
inline constexpr audit::AuditEvent kTripUpdate{"trip_log", "update"};
inline constexpr audit::AuditEvent kViolationCreate{"vehicle_violation", "create"};
inline constexpr audit::AuditEvent kMaintenanceCreate{"vehicle_maintenance", "create"};
}  // namespace events

/// The policy keys the fleet reads.
namespace policy_keys {
/// Minute of the day after a dispatch by which its trip log must be in (09:00 = 540).
inline constexpr std::string_view kTripLogDeadlineMinute = "fleet.trip_log.deadline_minute";
/// A due item is listed as due soon this many days before its date (R-VEH-2).
inline constexpr std::string_view kMaintenanceSoonDays = "fleet.maintenance.soon_days";
/// ... or this many km before its reading (R-VEH-2).
inline constexpr std::string_view kMaintenanceSoonKm = "fleet.maintenance.soon_km";
}  // namespace policy_keys

}  // namespace kefu::fleet
