#include "catalog/product_service.hpp"

#include <fmt/core.h>

#include "catalog/catalog_actions.hpp"

namespace kefu::catalog {
namespace {

using auth::Require;

std::string IdText(ProductId id) { return std::to_string(id.value()); }

}  // namespace

audit::Snapshot SnapshotOf(const Product& p) {
    return {{"model", p.model},
            {"name", p.name},
            {"series", p.series},
            {"piecesPerUnit", static_cast<std::int64_t>(p.pieces_per_unit)},
            {"volumeL", p.volume_l},
            {"weightG", p.weight_g},
            {"installMinutesPerUnit", static_cast<std::int64_t>(p.install_minutes_per_unit)},
            {"installersNeeded", static_cast<std::int64_t>(p.installers_needed)},
            {"skill", p.skill ? audit::FieldValue(*p.skill) : audit::FieldValue()},
            {"active", p.active},
            {"version", static_cast<std::int64_t>(p.version)}};
}

Result<Page<Product>> ProductService::List(const auth::Principal& principal,
                                           const ProductFilter& filter,
                                           const PageRequest& page) {
    KEFU_TRY(Require(principal, actions::kRead));
    return transactions_.Run<Page<Product>>(
        TxMode::kRead, [&](Tx& tx) { return products_.List(tx, filter, page); });
}

Result<Product> ProductService::Get(const auth::Principal& principal, ProductId id) {
    KEFU_TRY(Require(principal, actions::kRead));
    return transactions_.Run<Product>(TxMode::kRead, [&](Tx& tx) -> Result<Product> {
        KEFU_ASSIGN_OR_RETURN(auto found, products_.FindById(tx, id));
        if (!found) return Fail(Error::NotFound("no such product"));
        return std::move(*found);
    });
}

Result<void> ProductService::ValidateFields(const ProductFields& fields) const {
    std::vector<FieldViolation> violations;
    CheckProductFields(fields, "", violations);
    if (violations.empty()) return {};
    return Fail(Error::InvalidArgument("invalid product", std::move(violations)));
}

Result<void> ProductService::CheckModelFree(Tx& tx,
                                            const std::string& model,
                                            std::optional<ProductId> self) {
    // Looked up before writing: after a failed INSERT, PostgreSQL refuses further statements in
    // the transaction, so the holder could not be named. The unique index still settles races.
    KEFU_ASSIGN_OR_RETURN(auto holder, products_.FindByModel(tx, model));
    if (!holder || (self && holder->id == *self)) return {};
    return Fail(Error::AlreadyExists(
        fmt::format("the model {} is already in the catalogue as {}", model, holder->model),
        {{"model", "duplicate", holder->model}}));
}

Result<Product> ProductService::Create(const auth::Principal& principal,
                                       const ProductFields& fields) {
    KEFU_TRY(Require(principal, actions::kWrite));
    KEFU_TRY(ValidateFields(fields));
    Product product;
    ApplyFields(fields, product);
    return transactions_.Run<Product>(TxMode::kWrite, [&](Tx& tx) -> Result<Product> {
        KEFU_TRY(CheckModelFree(tx, product.model, std::nullopt));
        KEFU_ASSIGN_OR_RETURN(Product stored, products_.Insert(tx, product, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kCreate, IdText(stored.id), std::nullopt, SnapshotOf(stored)}));
        return stored;
    });
}

Result<Product> ProductService::Update(const auth::Principal& principal,
                                       ProductId id,
                                       const ProductFields& fields,
                                       int version) {
    KEFU_TRY(Require(principal, actions::kWrite));
    KEFU_TRY(ValidateFields(fields));
    return transactions_.Run<Product>(TxMode::kWrite, [&](Tx& tx) -> Result<Product> {
        KEFU_ASSIGN_OR_RETURN(auto before, products_.FindById(tx, id));
        if (!before) return Fail(Error::NotFound("no such product"));
        if (before->version != version) {
            return Fail(Error::Aborted("someone else changed this product; reload and try again"));
        }
        Product after = *before;
        ApplyFields(fields, after);
        KEFU_TRY(CheckModelFree(tx, after.model, id));
        KEFU_ASSIGN_OR_RETURN(Product stored, products_.Update(tx, after, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kUpdate, IdText(id), SnapshotOf(*before), SnapshotOf(stored)}));
        return stored;
    });
}

Result<std::vector<FieldViolation>> ProductService::CheckAgainstCatalogue(
    Tx& tx, std::span<const ProductFields> rows, std::map<std::string, Product>& stored) {
    KEFU_ASSIGN_OR_RETURN(auto all, products_.All(tx));
    for (Product& p : all) {
        std::string key = ModelKey(p.model);
        stored.emplace(std::move(key), std::move(p));
    }
    return CheckImport(rows, stored);
}

Result<void> ProductService::ValidateImport(const auth::Principal& principal,
                                            std::span<const ProductFields> rows) {
    KEFU_TRY(Require(principal, actions::kWrite));
    return transactions_.Run(TxMode::kRead, [&](Tx& tx) -> Result<void> {
        std::map<std::string, Product> stored;
        KEFU_ASSIGN_OR_RETURN(auto violations, CheckAgainstCatalogue(tx, rows, stored));
        if (violations.empty()) return {};
        return Fail(Error::InvalidArgument("the import has bad rows", std::move(violations)));
    });
}

Result<ImportOutcome> ProductService::Import(const auth::Principal& principal,
                                             std::span<const ProductFields> rows) {
    KEFU_TRY(Require(principal, actions::kWrite));
    if (rows.size() > limits::kImportRowsMax) {
        return Fail(Error::InvalidArgument(
            fmt::format("at most {} rows per import", limits::kImportRowsMax),
            {{"rows", "too_many_items"}}));
    }
    return transactions_.Run<ImportOutcome>(TxMode::kWrite, [&](Tx& tx) -> Result<ImportOutcome> {
        std::map<std::string, Product> stored;
        KEFU_ASSIGN_OR_RETURN(auto violations, CheckAgainstCatalogue(tx, rows, stored));
        if (!violations.empty()) {
            // The message first: the arguments of one call may be evaluated in any order.
            std::string message =
                fmt::format("{} problems in the import; nothing was changed", violations.size());
            return Fail(Error::InvalidArgument(std::move(message), std::move(violations)));
        }
        const std::vector<ImportAction> plan = PlanImport(rows, stored);
        const Timestamp now = clock_.Now();
        ImportOutcome outcome;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            switch (plan[i]) {
                case ImportAction::kUnchanged:
                    ++outcome.unchanged;
                    break;
                case ImportAction::kCreate: {
                    Product product;
                    ApplyFields(rows[i], product);
                    KEFU_ASSIGN_OR_RETURN(Product created, products_.Insert(tx, product, now));
                    KEFU_TRY(audit_.Record(
                        tx,
                        principal,
                        {events::kCreate, IdText(created.id), std::nullopt, SnapshotOf(created)}));
                    ++outcome.created;
                    break;
                }
                case ImportAction::kUpdate: {
                    const Product& before = stored.at(ModelKey(rows[i].model));
                    Product after = before;
                    ApplyFields(rows[i], after);
                    KEFU_ASSIGN_OR_RETURN(Product updated, products_.Update(tx, after, now));
                    KEFU_TRY(audit_.Record(tx,
                                           principal,
                                           {events::kUpdate,
                                            IdText(before.id),
                                            SnapshotOf(before),
                                            SnapshotOf(updated)}));
                    ++outcome.updated;
                    break;
                }
            }
        }
        return outcome;
    });
}

}  // namespace kefu::catalog
