#include "catalog/catalog_module.hpp"

#include "catalog/catalog_actions.hpp"
#include "catalog/http/product_routes.hpp"
#include "catalog/http/series_warranty_routes.hpp"

namespace kefu::catalog {

using R = auth::Role;

CatalogModule::CatalogModule(const app::Core& core)
    : core_(core),
      service_(repository_, core.transactions, core.audit, core.clock),
      warranties_(warranty_repository_, core.transactions, core.audit, core.clock) {}

app::ModuleDeclarations CatalogModule::Declarations() const {
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kRead,
         {R::kHead,
          R::kSupervisor,
          R::kTechnician,
          R::kIntern,
          R::kDriver,
          R::kWarehouse,
          R::kSales,
          R::kDealer,
          R::kClerk,
          R::kFinance,
          R::kLeadership,
          R::kAdmin},
         "R-JOB-1: every job item names a product; dealers order by model"},
        {actions::kWrite,
         {R::kHead, R::kClerk, R::kAdmin},
         "R-JOB-1, R-JOB-4: the office keeps the catalogue and imports it"},
    };
    d.audit_events = {events::kCreate, events::kUpdate, events::kWarrantySet};
    return d;
}

void CatalogModule::RegisterRoutes(http::Router& router) {
    RegisterProductRoutes(router, service_);
    RegisterSeriesWarrantyRoutes(router, warranties_);
}

}  // namespace kefu::catalog
