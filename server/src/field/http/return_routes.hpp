// Routes of quality returns (R-FLD-9): the warehouse's checks and the head's charges.
#pragma once

#include "field/return_service.hpp"
#include "http/router.hpp"

namespace kefu::field {

/// Registers /api/v1/field/returns… and /api/v1/field/charges.
void RegisterReturnRoutes(http::Router& router, ReturnService& returns, const Clock& clock);

}  // namespace kefu::field
