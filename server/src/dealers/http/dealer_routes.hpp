// HTTP routes of dealers and their contacts.
#pragma once

#include "dealers/dealer.hpp"
#include "http/router.hpp"

namespace kefu::dealers {

/// Registers /api/v1/dealers (list, create), /api/v1/dealers/{id} and its contacts (GET, PUT).
void RegisterDealerRoutes(http::Router& router, DealerService& dealers);

}  // namespace kefu::dealers
