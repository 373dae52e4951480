// Use cases of trip logs (R-VEH-1): record and correct a trip with its checks, list them, the
// driver's jobs of a day to tick, and the flags for the head.
#pragma once

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "fleet/trip_flags.hpp"
#include "fleet/trip_log_repository.hpp"
#include "fleet/vehicle_repository.hpp"
#include "platform/clock.hpp"
#include "policy/policy_service.hpp"
#include "staff/staff_repository.hpp"

namespace kefu::fleet {

/// A driver's day as the trip form needs it: his jobs and the vehicle to propose.
struct TripDay {
    Date date;
    std::optional<VehicleRef> vehicle;  ///< of his first job with one, else his usual vehicle
    std::vector<DayJob> jobs;
};

/// The trip log service: every path to trip logs goes through its permission checks.
class TripLogService {
public:
    TripLogService(TripLogRepository& trips,
                   VehicleRepository& vehicles,
                   staff::StaffRepository& staff,
                   policy::PolicyReader& policy,
                   TransactionRunner& transactions,
                   audit::AuditLog& audit,
                   const Clock& clock)
        : trips_(trips),
          vehicles_(vehicles),
          staff_(staff),
          policy_(policy),
          transactions_(transactions),
          audit_(audit),
          clock_(clock) {}

    /// PERMISSION_DENIED without trip_log.read.
    Result<Page<TripLog>> List(const auth::Principal& principal,
                               const TripLogFilter& filter,
                               const PageRequest& page);
    /// Every trip of the filter, oldest first (the report). PERMISSION_DENIED without
    /// trip_log.read.
    Result<std::vector<TripLog>> All(const auth::Principal& principal, const TripLogFilter& filter);
    /// PERMISSION_DENIED without trip_log.read; NOT_FOUND.
    Result<TripLog> Get(const auth::Principal& principal, TripLogId id);
    /// The field checks alone: INVALID_ARGUMENT with every violation (see CheckTripFields and
    /// CheckTripNotAhead).
    Result<void> ValidateFields(const TripLogFields& fields) const;
    /// Records a trip. PERMISSION_DENIED without trip_log.write, or for another driver's trip
    /// without trip_log.manage; INVALID_ARGUMENT with every violation: the fields' own, vehicleId
    /// / driverStaffId invalid_value, driverStaffId staff_left, jobIds[i] invalid_value, and the
    /// checks against the vehicle's other trips (CheckTripAgainst).
    Result<TripLog> Create(const auth::Principal& principal, TripLogFields fields);
    /// Rewrites a trip. As Create, plus NOT_FOUND and ABORTED (stale version); a driver without
    /// trip_log.manage may change only his own trips.
    Result<TripLog> Update(const auth::Principal& principal,
                           TripLogId id,
                           TripLogFields fields,
                           int version);
    /// The principal's jobs on `day` and the vehicle to propose. PERMISSION_DENIED without
    /// trip_log.write; FAILED_PRECONDITION when the account is not a staff member's.
    Result<TripDay> Day(const auth::Principal& principal, Date day);
    /// Missing logs of the jobs of days [from, to] and odometer gaps between trips departed in
    /// those days. PERMISSION_DENIED without trip_log.flags.
    Result<std::vector<TripFlag>> Flags(const auth::Principal& principal, Date from, Date to);

private:
    /// The driver of a new or changed trip: the principal's own unless he may manage trips.
    Result<void> CheckDriver(const auth::Principal& principal, StaffId driver) const;
    /// The database checks of a trip (vehicle, driver, jobs, other trips); fills the names.
    Result<void> Resolve(Tx& tx,
                         const TripLogFields& fields,
                         std::optional<TripLogId> self,
                         TripLog& trip);

    TripLogRepository& trips_;
    VehicleRepository& vehicles_;
    staff::StaffRepository& staff_;
    policy::PolicyReader& policy_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

/// The audit snapshot of a trip.
audit::Snapshot SnapshotOf(const TripLog& trip);

}  // namespace kefu::fleet
