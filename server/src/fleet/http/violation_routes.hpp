// HTTP routes of violations and damage.
#pragma once

#include "fleet/violation_service.hpp"
#include "http/router.hpp"

namespace kefu::fleet {

/// Registers /api/v1/vehicle-violations (list, create).
void RegisterViolationRoutes(http::Router& router, ViolationService& violations);

}  // namespace kefu::fleet
