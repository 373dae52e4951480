// HTTP routes of the division tree (reference data: any logged-in user may read it).
#pragma once

#include "geo/division_service.hpp"
#include "http/router.hpp"

namespace kefu::geo {

/// Registers GET /api/v1/divisions (provinces, ?parent= children, ?q= search) and
/// GET /api/v1/divisions/{code}.
void RegisterDivisionRoutes(http::Router& router, DivisionService& divisions);

}  // namespace kefu::geo
