// Use cases of the product catalogue: list, read, create, update and import (R-JOB-1).
#pragma once

#include <span>

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "catalog/product_repository.hpp"
#include "platform/clock.hpp"

namespace kefu::catalog {

/// What an import did: products created, updated and left as they were.
struct ImportOutcome {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
};

/// The catalogue's service: every path to products goes through its permission checks.
class ProductService {
public:
    ProductService(ProductRepository& products,
                   TransactionRunner& transactions,
                   audit::AuditLog& audit,
                   const Clock& clock)
        : products_(products), transactions_(transactions), audit_(audit), clock_(clock) {}

    /// PERMISSION_DENIED without product.read.
    Result<Page<Product>> List(const auth::Principal& principal,
                               const ProductFilter& filter,
                               const PageRequest& page);
    /// PERMISSION_DENIED without product.read; NOT_FOUND.
    Result<Product> Get(const auth::Principal& principal, ProductId id);
    /// The field checks of Create/Update alone (no permission or database): INVALID_ARGUMENT
    /// with every violation (see CheckProductFields).
    Result<void> ValidateFields(const ProductFields& fields) const;
    /// Adds a product. PERMISSION_DENIED without product.write; INVALID_ARGUMENT with every
    /// violation; ALREADY_EXISTS (model: duplicate, detail: the stored model).
    Result<Product> Create(const auth::Principal& principal, const ProductFields& fields);
    /// Replaces the product's fields. As Create, plus NOT_FOUND and ABORTED (stale version).
    Result<Product> Update(const auth::Principal& principal,
                           ProductId id,
                           const ProductFields& fields,
                           int version);
    /// The checks of Import without writing (a read transaction): INVALID_ARGUMENT naming every
    /// bad row's fields (see CheckImport). PERMISSION_DENIED without product.write.
    Result<void> ValidateImport(const auth::Principal& principal,
                                std::span<const ProductFields> rows);
    /// Creates or updates (by exact model) every row in one transaction, or nothing at all:
    /// INVALID_ARGUMENT naming every violation of every row, duplicates within the file and
    /// against the catalogue included. Each created or changed product is audited.
    Result<ImportOutcome> Import(const auth::Principal& principal,
                                 std::span<const ProductFields> rows);

private:
    /// ALREADY_EXISTS (model: duplicate, detail: the stored model) when a product other than
    /// `self` has the model's key.
    Result<void> CheckModelFree(Tx& tx, const std::string& model, std::optional<ProductId> self);
    Result<std::vector<FieldViolation>> CheckAgainstCatalogue(
        Tx& tx, std::span<const ProductFields> rows, std::map<std::string, Product>& stored);

    ProductRepository& products_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

/// The audit snapshot of a product.
audit::Snapshot SnapshotOf(const Product& product);

}  // namespace kefu::catalog
