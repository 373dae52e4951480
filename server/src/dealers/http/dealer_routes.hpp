// HTTP route of the dealer list.
#pragma once

#include "dealers/dealer.hpp"
#include "http/router.hpp"

namespace kefu::dealers {

/// Registers GET /api/v1/dealers.
void RegisterDealerRoutes(http::Router& router, DealerService& dealers);

}  // namespace kefu::dealers
