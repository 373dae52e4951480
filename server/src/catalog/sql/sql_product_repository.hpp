// The product catalogue on SQL.
#pragma once

#include "catalog/product_repository.hpp"

namespace kefu::catalog {

/// ProductRepository over SOCI.
class SqlProductRepository final : public ProductRepository {
public:
    Result<std::optional<Product>> FindById(Tx& tx, ProductId id) override;
    Result<std::optional<Product>> FindByModel(Tx& tx, std::string_view model) override;
    Result<Page<Product>> List(Tx& tx,
                               const ProductFilter& filter,
                               const PageRequest& page) override;
    Result<std::vector<Product>> All(Tx& tx) override;
    Result<Product> Insert(Tx& tx, const Product& product, Timestamp at) override;
    Result<Product> Update(Tx& tx, const Product& product, Timestamp at) override;
};

}  // namespace kefu::catalog
