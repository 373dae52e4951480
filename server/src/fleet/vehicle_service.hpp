// Use cases of vehicles: list, read, create, update (status and usual driver included).
#pragma once

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "fleet/vehicle_repository.hpp"
#include "platform/clock.hpp"
#include "staff/staff_repository.hpp"

namespace kefu::fleet {

/// The vehicle service: every path to vehicles goes through its permission checks.
class VehicleService {
public:
    VehicleService(VehicleRepository& vehicles,
                   staff::StaffRepository& staff,
                   TransactionRunner& transactions,
                   audit::AuditLog& audit,
                   const Clock& clock)
        : vehicles_(vehicles),
          staff_(staff),
          transactions_(transactions),
          audit_(audit),
          clock_(clock) {}

    /// PERMISSION_DENIED without vehicle.read.
    Result<Page<Vehicle>> List(const auth::Principal& principal,
                               const VehicleFilter& filter,
                               const PageRequest& page);
    /// PERMISSION_DENIED without vehicle.read; NOT_FOUND.
    Result<Vehicle> Get(const auth::Principal& principal, VehicleId id);
    /// The field checks alone: INVALID_ARGUMENT with every violation (see CheckVehicleFields).
    Result<void> ValidateFields(const VehicleFields& fields) const;
    /// Adds a vehicle. PERMISSION_DENIED without vehicle.write; INVALID_ARGUMENT with every
    /// violation, driverStaffId invalid_value (no such staff), staff_left or not_driver (the
    /// person holds no driver role); ALREADY_EXISTS (plate: duplicate, detail: the plate).
    Result<Vehicle> Create(const auth::Principal& principal, const VehicleFields& fields);
    /// Replaces the vehicle's fields. As Create, plus NOT_FOUND and ABORTED (stale version).
    Result<Vehicle> Update(const auth::Principal& principal,
                           VehicleId id,
                           const VehicleFields& fields,
                           int version);

private:
    /// The checked vehicle from `fields` into `vehicle` (id and version untouched), with the
    /// driver and plate checked against the database.
    Result<void> Resolve(Tx& tx,
                         const VehicleFields& fields,
                         std::optional<VehicleId> self,
                         Vehicle& vehicle);

    VehicleRepository& vehicles_;
    staff::StaffRepository& staff_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

/// The audit snapshot of a vehicle.
audit::Snapshot SnapshotOf(const Vehicle& vehicle);

}  // namespace kefu::fleet
