// HTTP routes of the vehicle trip records report (R-RPT-4) as PDF and XLSX.
#pragma once

#include "fleet/trip_log_service.hpp"
#include "fleet/vehicle_service.hpp"
#include "http/router.hpp"

namespace kefu::fleet {

/// Registers GET /api/v1/trip-logs/report.pdf and /report.xlsx (?from=&to=&vehicleId=).
/// Register before /api/v1/trip-logs/{id}.
void RegisterTripReportRoutes(http::Router& router,
                              TripLogService& trips,
                              VehicleService& vehicles,
                              const Clock& clock);

}  // namespace kefu::fleet
