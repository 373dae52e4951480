// Port: storage of the product catalogue.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/product.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::catalog {

/// Filters of the product list; empty fields match everything.
struct ProductFilter {
    std::string query;                  ///< part of the model or the name
    std::optional<std::string> series;  ///< exactly this series ("" for products without one)
    std::optional<bool> active;
};

/// The catalogue's storage.
class ProductRepository {
public:
    virtual ~ProductRepository() = default;
    virtual Result<std::optional<Product>> FindById(Tx& tx, ProductId id) = 0;
    /// The product whose model has this ModelKey (so "bt-1608" finds BT-1608), if any.
    virtual Result<std::optional<Product>> FindByModel(Tx& tx, std::string_view model) = 0;
    /// By series, then model.
    virtual Result<Page<Product>> List(Tx& tx,
                                       const ProductFilter& filter,
                                       const PageRequest& page) = 0;
    /// The whole catalogue, active or not (hundreds to a few thousand rows), by id.
    virtual Result<std::vector<Product>> All(Tx& tx) = 0;
    /// ALREADY_EXISTS {model, duplicate} when another product has the same ModelKey.
    virtual Result<Product> Insert(Tx& tx, const Product& product, Timestamp at) = 0;
    /// Writes every field if the version is still `product.version` (ABORTED otherwise);
    /// ALREADY_EXISTS {model, duplicate} as Insert. Returns the stored product (version + 1).
    virtual Result<Product> Update(Tx& tx, const Product& product, Timestamp at) = 0;
};

}  // namespace kefu::catalog
