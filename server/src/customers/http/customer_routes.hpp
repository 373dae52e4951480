// HTTP routes of end customers and sites.
#pragma once

#include <nlohmann/json.hpp>

#include "customers/customer_service.hpp"
#include "customers/site_service.hpp"
#include "http/router.hpp"

namespace kefu::customers {

/// Registers /api/v1/customers (list, create), /api/v1/customers/{id} (get, update),
/// /api/v1/sites (list, create) and /api/v1/sites/{id} (get, update).
void RegisterCustomerRoutes(http::Router& router, CustomerService& customers, SiteService& sites);

/// A customer with its contacts as the API sends it.
nlohmann::json CustomerToJson(const Customer& customer);
/// A site with its division's name, place class and local flag as the API sends it.
nlohmann::json SiteToJson(const LocatedSite& located);

}  // namespace kefu::customers
