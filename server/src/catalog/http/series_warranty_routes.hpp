// Routes of the series' warranties (R-FLD-4).
#pragma once

#include <nlohmann/json.hpp>

#include "catalog/series_warranty_service.hpp"
#include "http/router.hpp"

namespace kefu::catalog {

/// A version as the contract (SeriesWarranty) names it.
nlohmann::json SeriesWarrantyToJson(const SeriesWarranty& warranty);

/// Registers /api/v1/product-series/warranties.
void RegisterSeriesWarrantyRoutes(http::Router& router, SeriesWarrantyService& warranties);

}  // namespace kefu::catalog
