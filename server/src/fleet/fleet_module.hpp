// Vehicles as a capability module: what the jobs need of the fleet (issue 9), the trip logs with
// their flags (issue 12, R-VEH-1).
#pragma once

#include "app/module.hpp"
#include "fleet/maintenance_service.hpp"
#include "fleet/sql/sql_maintenance_repository.hpp"
#include "fleet/sql/sql_trip_log_repository.hpp"
#include "fleet/sql/sql_vehicle_repository.hpp"
#include "fleet/sql/sql_violation_repository.hpp"
#include "fleet/trip_log_service.hpp"
#include "fleet/vehicle_service.hpp"
#include "fleet/violation_service.hpp"
#include "policy/policy_service.hpp"
#include "staff/staff_module.hpp"

namespace kefu::fleet {

/// Owns the vehicle repository and service; dispatch checks status and capacity through them.
class FleetModule final : public app::Module {
public:
    FleetModule(const app::Core& core, staff::StaffModule& staff, policy::PolicyReader& policy);
    std::string_view name() const override { return "fleet"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<void> LoadDemo(app::DemoContext& context) override;

    VehicleService& vehicles() { return service_; }
    VehicleRepository& repository() { return repository_; }
    TripLogService& trips() { return trips_service_; }
    /// Trip logs as stored, for modules that read a trip inside their own transaction (claims).
    TripLogRepository& trip_logs() { return trip_logs_; }

private:
    /// Three days of trip logs of two vans (one odometer gap), once.
    Result<void> LoadDemoTrips(app::DemoContext& context);
    /// Maintenance records of two vans: one item overdue, one due soon, once.
    Result<void> LoadDemoMaintenance(app::DemoContext& context);

    app::Core core_;
    staff::StaffModule& staff_;
    SqlVehicleRepository repository_;
    VehicleService service_;
    SqlTripLogRepository trip_logs_;
    TripLogService trips_service_;
    SqlViolationRepository violation_repository_;
    ViolationService violations_;
    SqlMaintenanceRepository maintenance_repository_;
    MaintenanceService maintenance_;
};

}  // namespace kefu::fleet
