// HTTP routes of leave records.
#pragma once

#include <nlohmann/json.hpp>

#include "http/router.hpp"
#include "platform/clock.hpp"
#include "staff/leave_service.hpp"

namespace kefu::staff {

/// Registers /api/v1/staff/{id}/leave (list, record), /api/v1/staff/{id}/leave/{leaveId}
/// (delete) and /api/v1/leave (who is away between two days; today by default).
void RegisterLeaveRoutes(http::Router& router, LeaveService& leave, const Clock& clock);

/// A leave record as the API sends it.
nlohmann::json LeaveToJson(const LeaveRecord& record);

}  // namespace kefu::staff
