// Trip logs on SQL.
#pragma once

#include "fleet/trip_log_repository.hpp"

namespace kefu::fleet {

/// TripLogRepository over SOCI (SQLite and PostgreSQL share the queries).
class SqlTripLogRepository final : public TripLogRepository {
public:
    Result<std::optional<TripLog>> Find(Tx& tx, TripLogId id) override;
    Result<Page<TripLog>> List(Tx& tx,
                               const TripLogFilter& filter,
                               const PageRequest& page) override;
    Result<std::vector<TripLog>> All(Tx& tx, const TripLogFilter& filter) override;
    Result<std::vector<TripLog>> Neighbours(Tx& tx,
                                            const TripLogFields& fields,
                                            std::optional<TripLogId> self) override;
    Result<TripLog> Insert(Tx& tx, const TripLog& trip) override;
    Result<TripLog> Update(Tx& tx, const TripLog& trip, Timestamp at) override;
    Result<std::vector<std::int64_t>> ExistingJobs(
        Tx& tx, const std::vector<std::int64_t>& job_ids) override;
    Result<std::vector<DayJob>> JobsOfDay(Tx& tx, StaffId staff, Date day) override;
    Result<std::optional<VehicleRef>> UsualVehicleOf(Tx& tx, StaffId staff) override;
    Result<std::vector<DispatchedJob>> DispatchedJobs(Tx& tx, Date from, Date to) override;
};

}  // namespace kefu::fleet
