// The product catalogue as a capability module (R-JOB-1).
#pragma once

#include "app/module.hpp"
#include "catalog/product_service.hpp"
#include "catalog/series_warranty_service.hpp"
#include "catalog/sql/sql_product_repository.hpp"
#include "catalog/sql/sql_series_warranty_repository.hpp"

namespace kefu::catalog {

/// Owns the products and the series' warranties; the jobs capability reads products through them.
class CatalogModule final : public app::Module {
public:
    explicit CatalogModule(const app::Core& core);
    std::string_view name() const override { return "catalog"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<void> LoadDemo(app::DemoContext& context) override;

    ProductService& products() { return service_; }
    ProductRepository& repository() { return repository_; }

private:
    /// A warranty for each demo series without one, in force from today.
    Result<void> LoadDemoWarranties(app::DemoContext& context);

    app::Core core_;
    SqlProductRepository repository_;
    ProductService service_;
    SqlSeriesWarrantyRepository warranty_repository_;
    SeriesWarrantyService warranties_;
};

}  // namespace kefu::catalog
