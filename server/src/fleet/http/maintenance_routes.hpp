// HTTP routes of vehicle maintenance (R-VEH-2).
#pragma once

#include "fleet/maintenance_service.hpp"
#include "http/router.hpp"

namespace kefu::fleet {

/// Registers /api/v1/vehicles/{id}/maintenance (read, record) and /api/v1/maintenance-reminders.
void RegisterMaintenanceRoutes(http::Router& router, MaintenanceService& maintenance);

}  // namespace kefu::fleet
