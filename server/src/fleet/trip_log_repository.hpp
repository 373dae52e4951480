// Port: storage of trip logs, and the facts the trip checks and flags read.
#pragma once

#include <optional>
#include <vector>

#include "fleet/trip_log.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"

namespace kefu::fleet {

/// Filters of the trip list; empty fields match everything. Dates are China dates of departure.
struct TripLogFilter {
    std::optional<VehicleId> vehicle_id;
    std::optional<StaffId> driver_staff_id;
    std::optional<Date> from;
    std::optional<Date> to;
};

/// A job a driver may tick on a trip: his (as driver or crew) on one day.
struct DayJob {
    std::int64_t id = 0;
    std::string number;
    std::string status;
    std::optional<VehicleId> vehicle_id;
    std::string vehicle_plate;
    std::string site;  ///< street of the site
    int window_start = 0;
    int window_end = 0;
};

/// A vehicle named by id and plate.
struct VehicleRef {
    VehicleId id;
    std::string plate;
};

/// A job with a vehicle on a day, in a status at or after dispatch (flags for the head).
struct DispatchedJob {
    std::int64_t id = 0;
    std::string number;
    VehicleId vehicle_id;
    std::string vehicle_plate;
    Date date;
};

/// Trip logs.
class TripLogRepository {
public:
    virtual ~TripLogRepository() = default;
    /// One trip with its jobs, plate and driver's name.
    virtual Result<std::optional<TripLog>> Find(Tx& tx, TripLogId id) = 0;
    /// Newest departure first.
    virtual Result<Page<TripLog>> List(Tx& tx,
                                       const TripLogFilter& filter,
                                       const PageRequest& page) = 0;
    /// Every trip matching the filter, oldest departure first (reports and flags).
    virtual Result<std::vector<TripLog>> All(Tx& tx, const TripLogFilter& filter) = 0;
    /// The vehicle's trips a new one must be checked against (CheckTripAgainst): those sharing
    /// time or km with it, and the one departed just before and just after. `self` is left out.
    virtual Result<std::vector<TripLog>> Neighbours(Tx& tx,
                                                    const TripLogFields& fields,
                                                    std::optional<TripLogId> self) = 0;
    /// Stores a trip and its jobs; returns it with its id (version 1).
    virtual Result<TripLog> Insert(Tx& tx, const TripLog& trip) = 0;
    /// Rewrites a trip and its jobs if its version is still `trip.version` (ABORTED otherwise).
    virtual Result<TripLog> Update(Tx& tx, const TripLog& trip, Timestamp at) = 0;
    /// Which of `job_ids` exist (ascending).
    virtual Result<std::vector<std::int64_t>> ExistingJobs(
        Tx& tx, const std::vector<std::int64_t>& job_ids) = 0;
    /// The staff member's jobs on `day` (as driver or crew), not cancelled.
    virtual Result<std::vector<DayJob>> JobsOfDay(Tx& tx, StaffId staff, Date day) = 0;
    /// The vehicle the staff member usually drives (the first not retired), if any.
    virtual Result<std::optional<VehicleRef>> UsualVehicleOf(Tx& tx, StaffId staff) = 0;
    /// Jobs with a vehicle on a day in [from, to] whose status is at or after dispatch.
    virtual Result<std::vector<DispatchedJob>> DispatchedJobs(Tx& tx, Date from, Date to) = 0;
};

}  // namespace kefu::fleet
