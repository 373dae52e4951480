// What the head must look at in the trip logs (R-VEH-1): a dispatched vehicle with no trip log by
// the next morning's deadline, and a gap in a vehicle's odometer between two trips.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "fleet/trip_log.hpp"
#include "fleet/trip_log_repository.hpp"
#include "platform/enum_names.hpp"

namespace kefu::fleet {

/// The kind of a flag.
enum class TripFlagKind { kMissingLog, kOdometerGap };

inline constexpr auto kTripFlagKindNames = MakeEnumNames<TripFlagKind>(
    {{TripFlagKind::kMissingLog, "missing_log"}, {TripFlagKind::kOdometerGap, "odometer_gap"}});

/// One flag. A missing log names the job; a gap names the two trips and the km between them.
struct TripFlag {
    TripFlagKind kind = TripFlagKind::kMissingLog;
    VehicleId vehicle_id;
    std::string vehicle_plate;
    Date date;  ///< the job's day, or the China date the later trip departed
    std::optional<std::int64_t> job_id;
    std::string job_number;
    std::optional<TripLogId> trip_log_id;           ///< the later trip of a gap
    std::optional<TripLogId> previous_trip_log_id;  ///< the earlier trip of a gap
    std::int64_t gap_km = 0;
};

/// Whether a trip covers a job: it lists the job, or it is the job's vehicle out on the job's
/// (China) day.
bool TripCovers(const TripLog& trip, const DispatchedJob& job);

/// The dispatched jobs no trip covers once their deadline has passed. `deadline_of(day)` is the
/// instant by which a trip for a job on `day` must be logged (the next morning's cut-off).
std::vector<TripFlag> MissingLogs(std::span<const DispatchedJob> jobs,
                                  std::span<const TripLog> trips,
                                  const std::function<Timestamp(Date)>& deadline_of,
                                  Timestamp now);

/// The gaps between consecutive trips of each vehicle (next odometer out above the previous
/// odometer in). `trips` in any order.
std::vector<TripFlag> OdometerGaps(std::span<const TripLog> trips);

/// The instant at minute `minute_of_day` (China time) of the day after `day`.
Timestamp NextMorning(Date day, std::int64_t minute_of_day);

}  // namespace kefu::fleet
