// HTTP routes of rework (R-FLD-8).
#pragma once

#include "field/rework_service.hpp"
#include "http/router.hpp"

namespace kefu::field {

/// Registers /api/v1/field/reworks* and /api/v1/field/jobs/{id}/reworks.
void RegisterReworkRoutes(http::Router& router, ReworkService& reworks, const Clock& clock);

}  // namespace kefu::field
