// What the dispatch capability lets users do, what it writes to the audit trail, and the policy
// keys the planning assistant reads (R-DSP-4). The roles holding each action are declared in
// dispatch_module.cpp.
#pragma once

#include <string_view>

#include "audit/audit_record.hpp"
#include "auth/action.hpp"

namespace kefu::dispatch {

namespace actions {
/// Ask the planning assistant for a proposal for a day (R-DSP-4): those who assign crews.
inline constexpr auth::Action kPlan{"dispatch.plan"};
}  // namespace actions

namespace events {
/// A day's line-up saved (R-DSP-3): the crews before and after, one text line per crew.
inline constexpr audit::AuditEvent kLineupSaved{"day_crews", "update"};
}  // namespace events

/// The policy keys of the planning assistant.
namespace policy_keys {
/// The factory, where every route starts and ends: millionths of a degree (GCJ-02).
inline constexpr std::string_view kDepotLat = "dispatch.depot_lat_e6";
inline constexpr std::string_view kDepotLng = "dispatch.depot_lng_e6";
/// Arcs with both ends this close to the factory use the city's detour factor and speed.
inline constexpr std::string_view kCityRadiusKm = "dispatch.city_radius_km";
inline constexpr std::string_view kCityDetour = "dispatch.city_detour_permille";
inline constexpr std::string_view kCitySpeed = "dispatch.city_speed_kmh";
inline constexpr std::string_view kOutsideDetour = "dispatch.outside_detour_permille";
inline constexpr std::string_view kOutsideSpeed = "dispatch.outside_speed_kmh";
/// Working hours: routes leave no earlier than the start; a route back after the end is
/// overtime, and none may run past the end plus the longest overtime.
inline constexpr std::string_view kDayStart = "dispatch.day_start_minute";
inline constexpr std::string_view kDayEnd = "dispatch.day_end_minute";
inline constexpr std::string_view kOvertimeMax = "dispatch.overtime_max_minutes";
/// Minutes added to every visit: unloading, unpacking, clearing up.
inline constexpr std::string_view kSetup = "dispatch.setup_minutes";
}  // namespace policy_keys

}  // namespace kefu::dispatch
