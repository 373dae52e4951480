// HTTP routes of the product catalogue.
#pragma once

#include <nlohmann/json.hpp>

#include "catalog/product_service.hpp"
#include "http/router.hpp"

namespace kefu::catalog {

/// Registers /api/v1/products (list, create), /api/v1/products/{id} (get, update) and
/// /api/v1/products/import.
void RegisterProductRoutes(http::Router& router, ProductService& products);

/// A product as the API sends it (camelCase keys).
nlohmann::json ProductToJson(const Product& product);

}  // namespace kefu::catalog
