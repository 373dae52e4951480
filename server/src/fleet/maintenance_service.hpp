// Use cases of vehicle maintenance (R-VEH-2): record a maintenance (moving the due item of its
// kind), read a vehicle's due items and records, list the reminders (overdue and due soon).
#pragma once

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "fleet/maintenance_repository.hpp"
#include "fleet/vehicle_repository.hpp"
#include "platform/clock.hpp"
#include "policy/policy_service.hpp"

namespace kefu::fleet {

/// A due item with where it stands today.
struct DueReminder {
    DueItem item;
    std::optional<std::int64_t> current_km;
    DueStatus status = DueStatus::kNotDue;
};

/// One vehicle's maintenance: its due items (with status) and its records.
struct VehicleMaintenance {
    std::vector<DueReminder> due;
    std::vector<MaintenanceRecord> records;
};

/// The maintenance service: writes need vehicle.write (head, admin), reads vehicle.read.
class MaintenanceService {
public:
    MaintenanceService(MaintenanceRepository& maintenance,
                       VehicleRepository& vehicles,
                       policy::PolicyReader& policy,
                       TransactionRunner& transactions,
                       audit::AuditLog& audit,
                       const Clock& clock)
        : maintenance_(maintenance),
          vehicles_(vehicles),
          policy_(policy),
          transactions_(transactions),
          audit_(audit),
          clock_(clock) {}

    /// Overdue and due-soon items of all vehicles, overdue first. PERMISSION_DENIED without
    /// vehicle.read.
    Result<std::vector<DueReminder>> Reminders(const auth::Principal& principal);
    /// The vehicle's due items and records; NOT_FOUND for an unknown vehicle.
    Result<VehicleMaintenance> OfVehicle(const auth::Principal& principal, VehicleId vehicle);
    /// The field checks alone (CheckMaintenanceFields on today's date).
    Result<void> ValidateFields(const MaintenanceFields& fields) const;
    /// Records one and, when it names a next due, sets the vehicle's due item of its kind; one
    /// transaction with its audit record. PERMISSION_DENIED without vehicle.write; NOT_FOUND for
    /// an unknown vehicle; INVALID_ARGUMENT with the fields' violations.
    Result<MaintenanceRecord> Record(const auth::Principal& principal,
                                     VehicleId vehicle,
                                     const MaintenanceFields& fields);

private:
    Result<std::vector<DueReminder>> Classified(Tx& tx, std::optional<VehicleId> vehicle);

    MaintenanceRepository& maintenance_;
    VehicleRepository& vehicles_;
    policy::PolicyReader& policy_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

}  // namespace kefu::fleet
