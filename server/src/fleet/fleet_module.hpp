// Vehicles as a capability module: what the jobs need of the fleet (issue 9; issue 12 adds the
// rest).
#pragma once

#include "app/module.hpp"
#include "fleet/sql/sql_vehicle_repository.hpp"
#include "fleet/vehicle_service.hpp"
#include "staff/staff_module.hpp"

namespace kefu::fleet {

/// Owns the vehicle repository and service; dispatch checks status and capacity through them.
class FleetModule final : public app::Module {
public:
    FleetModule(const app::Core& core, staff::StaffModule& staff);
    std::string_view name() const override { return "fleet"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<void> LoadDemo(app::DemoContext& context) override;

    VehicleService& vehicles() { return service_; }
    VehicleRepository& repository() { return repository_; }

private:
    app::Core core_;
    staff::StaffModule& staff_;
    SqlVehicleRepository repository_;
    VehicleService service_;
};

}  // namespace kefu::fleet
