// Use cases of violations and damage (R-VEH-3): record one against a driver, list them. Only the
// head, finance and leadership see them.
#pragma once

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "fleet/vehicle_repository.hpp"
#include "fleet/violation_repository.hpp"
#include "platform/clock.hpp"
#include "staff/staff_repository.hpp"

namespace kefu::fleet {

/// The violation service: every path to violations goes through its permission checks.
class ViolationService {
public:
    ViolationService(ViolationRepository& violations,
                     VehicleRepository& vehicles,
                     staff::StaffRepository& staff,
                     TransactionRunner& transactions,
                     audit::AuditLog& audit,
                     const Clock& clock)
        : violations_(violations),
          vehicles_(vehicles),
          staff_(staff),
          transactions_(transactions),
          audit_(audit),
          clock_(clock) {}

    /// PERMISSION_DENIED without vehicle_violation.read.
    Result<std::vector<Violation>> List(const auth::Principal& principal,
                                        std::optional<VehicleId> vehicle);
    /// The field checks alone (CheckViolationFields on today's date).
    Result<void> ValidateFields(const ViolationFields& fields) const;
    /// Records one, decided by the principal. PERMISSION_DENIED without vehicle_violation.write;
    /// INVALID_ARGUMENT with the fields' violations, vehicleId / driverStaffId invalid_value.
    Result<Violation> Create(const auth::Principal& principal, const ViolationFields& fields);

private:
    ViolationRepository& violations_;
    VehicleRepository& vehicles_;
    staff::StaffRepository& staff_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

}  // namespace kefu::fleet
