// HTTP routes of trip logs.
#pragma once

#include <nlohmann/json.hpp>

#include "fleet/trip_log_service.hpp"
#include "http/router.hpp"

namespace kefu::fleet {

/// Registers /api/v1/trip-logs (list, create), /{id} (get, update), /my-day and /flags.
void RegisterTripLogRoutes(http::Router& router, TripLogService& trips, const Clock& clock);

/// A trip as the API sends it.
nlohmann::json TripLogToJson(const TripLog& trip);

}  // namespace kefu::fleet
