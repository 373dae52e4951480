// Administrative divisions (GB/T 2260) as a capability module: reference data for job sites and
// travel allowances, loaded from the dataset the binary carries.
#pragma once

#include "app/module.hpp"
#include "geo/division_service.hpp"
#include "geo/sql/sql_division_repository.hpp"

namespace kefu::geo {

/// Owns the division repository and service; `kefu migrate` loads the embedded dataset.
class GeoModule final : public app::Module {
public:
    explicit GeoModule(const app::Core& core);
    std::string_view name() const override { return "geo"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<std::vector<std::string>> LoadReferenceData() override;
    Result<void> CheckReferenceData(std::string_view database) override;

    DivisionService& divisions() { return service_; }
    DivisionRepository& repository() { return repository_; }

private:
    app::Core core_;
    SqlDivisionRepository repository_;
    DivisionService service_;
};

}  // namespace kefu::geo
