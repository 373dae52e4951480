// The trip log (出车记录登记表, R-VEH-1): one outing of a vehicle as its driver records it, and the
// checks against the same vehicle's other trips (odometer backwards or overlapping, times
// overlapping, a return before the departure).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "fleet/vehicle.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/money.hpp"
#include "platform/strong_id.hpp"

namespace kefu::fleet {

struct TripLogTag {};
using TripLogId = StrongId<TripLogTag>;  ///< one recorded trip

/// A trip as stored. Job ids are plain integers: the fleet does not depend on the jobs module.
struct TripLog {
    TripLogId id;
    VehicleId vehicle_id;
    std::string vehicle_plate;  ///< joined on read
    StaffId driver_staff_id;
    std::string driver_name;  ///< joined on read
    Timestamp departed_at{};
    Timestamp returned_at{};
    std::int64_t odometer_out_km = 0;
    std::int64_t odometer_in_km = 0;
    std::vector<std::int64_t> job_ids;  ///< the jobs served (trip_log_jobs), ascending
    std::string destinations;           ///< places visited, free text
    std::string purpose;
    std::int64_t fuel_cl = 0;  ///< fuel put in, centilitres (litres with two decimals)
    Money fuel_cost;
    Money toll;
    Money parking;
    std::optional<UserId> created_by_user_id;  ///< the account that recorded it
    std::string created_by_name;
    Timestamp created_at{};
    int version = 1;
};

/// Limits of a trip's fields (inclusive).
namespace trip_limits {
inline constexpr std::int64_t kOdometerMaxKm = 9'999'999;
inline constexpr std::int64_t kTripMaxKm = 5'000;    ///< one outing; more is a typing error
inline constexpr std::int64_t kFuelMaxCl = 100'000;  ///< 1,000 litres
inline constexpr std::size_t kTextMax = 200;
inline constexpr std::size_t kJobsMax = 20;
inline constexpr std::int64_t kTripMaxHours =
    std::int64_t{24} * 14;  ///< a two-week trip out of province
/// How far a phone's clock may run ahead of the server's before a time counts as the future.
inline constexpr std::int64_t kClockSkewMinutes = 5;
}  // namespace trip_limits

/// A trip as the API receives it (already type-checked); the driver and jobs are resolved later.
struct TripLogFields {
    VehicleId vehicle_id;
    StaffId driver_staff_id;
    Timestamp departed_at{};
    Timestamp returned_at{};
    std::int64_t odometer_out_km = 0;
    std::int64_t odometer_in_km = 0;
    std::vector<std::int64_t> job_ids;
    std::string destinations;
    std::string purpose;
    std::int64_t fuel_cl = 0;
    Money fuel_cost;
    Money toll;
    Money parking;
};

/// The violations of a trip's own fields: returnedAt before_departure (equal counts as before)
/// or too_long; odometerInKm below_odometer_out or too_far (more than kTripMaxKm);
/// destinations required when no job is ticked.
std::vector<FieldViolation> CheckTripFields(const TripLogFields& fields);

/// A trip is logged once it is over: departedAt and returnedAt in_future when later than `now`
/// by more than kClockSkewMinutes.
std::vector<FieldViolation> CheckTripNotAhead(const TripLogFields& fields, Timestamp now);

/// The violations of a trip against the same vehicle's other trips (`others` excludes the trip
/// itself): departedAt time_overlap (detail: the other trip's id) when the periods share more
/// than an instant; odometerOutKm odometer_backwards when an earlier-departed trip came back
/// with more km than this one leaves with, odometerInKm odometer_backwards when a later trip
/// leaves with fewer km than this one returns with; odometerOutKm odometer_overlap when the km
/// ranges share more than a point. Touching ends (returned = next departed, in = next out) pass.
std::vector<FieldViolation> CheckTripAgainst(const TripLogFields& fields,
                                             std::span<const TripLog> others);

}  // namespace kefu::fleet
