// Series warranties on SQL.
#pragma once

#include "catalog/series_warranty_repository.hpp"

namespace kefu::catalog {

/// SeriesWarrantyRepository over SOCI.
class SqlSeriesWarrantyRepository final : public SeriesWarrantyRepository {
public:
    Result<std::vector<SeriesWarranty>> List(Tx& tx) override;
    Result<std::vector<std::string>> Series(Tx& tx) override;
    Result<std::int64_t> Insert(Tx& tx, const SeriesWarranty& warranty) override;
};

}  // namespace kefu::catalog
