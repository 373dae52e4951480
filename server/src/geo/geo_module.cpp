#include "geo/geo_module.hpp"

#include <fmt/core.h>

#include <chrono>

#include "geo/division_importer.hpp"
#include "geo/embedded_divisions.hpp"
#include "geo/geo_actions.hpp"
#include "geo/http/division_routes.hpp"

namespace kefu::geo {

GeoModule::GeoModule(const app::Core& core)
    : core_(core), service_(repository_, core.transactions) {}

app::ModuleDeclarations GeoModule::Declarations() const {
    using R = auth::Role;
    app::ModuleDeclarations d;
    d.actions = {{actions::kRead,
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
                  "R-JOB-1: everyone who enters or reads an address picks its division"}};
    d.enums = {{"DivisionLevel", kDivisionLevelNames.Names(), {{"divisions", "level"}}},
               {"DivisionKind", kDivisionKindNames.Names(), {{"divisions", "kind"}}},
               {"PlaceClass", kPlaceClassNames.Names(), {}}};
    return d;
}

void GeoModule::RegisterRoutes(http::Router& router) { RegisterDivisionRoutes(router, service_); }

Result<std::vector<std::string>> GeoModule::LoadReferenceData() {
    const auto started = std::chrono::steady_clock::now();
    KEFU_ASSIGN_OR_RETURN(DivisionDataset dataset, EmbeddedDivisions());
    DivisionImporter importer(repository_, core_.transactions, core_.clock);
    KEFU_ASSIGN_OR_RETURN(ImportOutcome outcome, importer.ImportIfChanged(dataset));
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    if (!outcome.changed) return std::vector<std::string>{"administrative divisions up to date"};
    return std::vector<std::string>{
        fmt::format("administrative divisions loaded ({} in the data, {} written, {} retired) "
                    "from {} in {} ms",
                    outcome.divisions,
                    outcome.written,
                    outcome.retired,
                    dataset.source,
                    took.count())};
}

Result<void> GeoModule::CheckReferenceData(std::string_view database) {
    DivisionImporter importer(repository_, core_.transactions, core_.clock);
    return importer.CheckUpToDate(EmbeddedDivisionVersion(), database);
}

}  // namespace kefu::geo
