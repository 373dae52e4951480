#include "fleet/trip_log.hpp"

#include <chrono>

namespace kefu::fleet {

std::vector<FieldViolation> CheckTripFields(const TripLogFields& f) {
    std::vector<FieldViolation> out;
    if (f.returned_at <= f.departed_at) {
        out.push_back({"returnedAt", "before_departure"});
    } else if (f.returned_at - f.departed_at > std::chrono::hours(trip_limits::kTripMaxHours)) {
        out.push_back({"returnedAt", "too_long"});
    }
    if (f.odometer_in_km < f.odometer_out_km) {
        out.push_back({"odometerInKm", "below_odometer_out"});
    } else if (f.odometer_in_km - f.odometer_out_km > trip_limits::kTripMaxKm) {
        out.push_back({"odometerInKm", "too_far"});
    }
    // A trip serves jobs or names where it went: one of the two says why the vehicle moved.
    if (f.job_ids.empty() && f.destinations.empty()) out.push_back({"destinations", "required"});
    return out;
}

std::vector<FieldViolation> CheckTripNotAhead(const TripLogFields& f, Timestamp now) {
    std::vector<FieldViolation> out;
    const Timestamp latest = now + std::chrono::minutes(trip_limits::kClockSkewMinutes);
    if (f.departed_at > latest) out.push_back({"departedAt", "in_future"});
    if (f.returned_at > latest) out.push_back({"returnedAt", "in_future"});
    return out;
}

std::vector<FieldViolation> CheckTripAgainst(const TripLogFields& f,
                                             std::span<const TripLog> others) {
    std::vector<FieldViolation> out;
    auto add_once = [&out](FieldViolation v) {
        for (const FieldViolation& seen : out) {
            if (seen.field == v.field && seen.reason == v.reason) return;
        }
        out.push_back(std::move(v));
    };
    for (const TripLog& o : others) {
        const std::string other = std::to_string(o.id.value());
        if (o.departed_at < f.returned_at && f.departed_at < o.returned_at) {
            add_once({"departedAt", "time_overlap", other});
        }
        if (o.departed_at < f.departed_at && o.odometer_in_km > f.odometer_out_km) {
            add_once({"odometerOutKm", "odometer_backwards", std::to_string(o.odometer_in_km)});
        }
        if (o.departed_at > f.departed_at && o.odometer_out_km < f.odometer_in_km) {
            add_once({"odometerInKm", "odometer_backwards", std::to_string(o.odometer_out_km)});
        }
        if (o.odometer_out_km < f.odometer_in_km && f.odometer_out_km < o.odometer_in_km) {
            add_once({"odometerOutKm", "odometer_overlap", other});
        }
    }
    return out;
}

}  // namespace kefu::fleet
