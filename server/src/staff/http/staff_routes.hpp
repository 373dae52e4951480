// HTTP routes of staff, grades and training.
#pragma once

#include "http/router.hpp"
#include "staff/staff_service.hpp"
#include "staff/training_service.hpp"

namespace kefu::staff {

/// Registers /api/v1/staff*, /api/v1/training/*.
void RegisterStaffRoutes(http::Router& router, StaffService& staff, TrainingService& training);

}  // namespace kefu::staff
