// HTTP routes of field work: records from the phone, a job's field work, incidents, conflicts.
#pragma once

#include "field/field_service.hpp"
#include "http/router.hpp"

namespace kefu::field {

/// Registers /api/v1/field/*.
void RegisterFieldRoutes(http::Router& router, FieldService& field);

}  // namespace kefu::field
