// Storage of the series' warranty versions (R-FLD-4).
#pragma once

#include <string>
#include <vector>

#include "catalog/series_warranty.hpp"
#include "platform/error.hpp"
#include "platform/transaction.hpp"

namespace kefu::catalog {

/// Warranty versions and the series of the catalogue.
class SeriesWarrantyRepository {
public:
    virtual ~SeriesWarrantyRepository() = default;
    /// Every version, by series then newest first.
    virtual Result<std::vector<SeriesWarranty>> List(Tx& tx) = 0;
    /// The distinct non-empty series of the products, by name.
    virtual Result<std::vector<std::string>> Series(Tx& tx) = 0;
    /// Stores `warranty` and returns its id; ALREADY_EXISTS when the series has a version
    /// starting that day.
    virtual Result<std::int64_t> Insert(Tx& tx, const SeriesWarranty& warranty) = 0;
};

}  // namespace kefu::catalog
