// HTTP routes of vehicles.
#pragma once

#include <nlohmann/json.hpp>

#include "fleet/vehicle_service.hpp"
#include "http/router.hpp"

namespace kefu::fleet {

/// Registers /api/v1/vehicles (list, create) and /api/v1/vehicles/{id} (get, update).
void RegisterVehicleRoutes(http::Router& router, VehicleService& vehicles);

/// A vehicle as the API sends it.
nlohmann::json VehicleToJson(const Vehicle& vehicle);

}  // namespace kefu::fleet
