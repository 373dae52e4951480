#include "fleet/trip_flags.hpp"

#include <algorithm>
#include <chrono>
#include <map>

namespace kefu::fleet {

bool TripCovers(const TripLog& trip, const DispatchedJob& job) {
    if (std::find(trip.job_ids.begin(), trip.job_ids.end(), job.id) != trip.job_ids.end()) {
        return true;
    }
    return trip.vehicle_id == job.vehicle_id && ChinaDateOf(trip.departed_at) <= job.date &&
           job.date <= ChinaDateOf(trip.returned_at);
}

std::vector<TripFlag> MissingLogs(std::span<const DispatchedJob> jobs,
                                  std::span<const TripLog> trips,
                                  const std::function<Timestamp(Date)>& deadline_of,
                                  Timestamp now) {
    std::vector<TripFlag> out;
    for (const DispatchedJob& job : jobs) {
        if (now < deadline_of(job.date)) continue;  // the driver still has time
        const bool covered = std::any_of(
            trips.begin(), trips.end(), [&](const TripLog& t) { return TripCovers(t, job); });
        if (covered) continue;
        TripFlag flag;
        flag.kind = TripFlagKind::kMissingLog;
        flag.vehicle_id = job.vehicle_id;
        flag.vehicle_plate = job.vehicle_plate;
        flag.date = job.date;
        flag.job_id = job.id;
        flag.job_number = job.number;
        out.push_back(std::move(flag));
    }
    return out;
}

std::vector<TripFlag> OdometerGaps(std::span<const TripLog> trips) {
    std::map<VehicleId, std::vector<const TripLog*>> by_vehicle;
    for (const TripLog& t : trips) by_vehicle[t.vehicle_id].push_back(&t);
    std::vector<TripFlag> out;
    for (auto& [vehicle, list] : by_vehicle) {
        std::sort(list.begin(), list.end(), [](const TripLog* a, const TripLog* b) {
            return a->departed_at != b->departed_at ? a->departed_at < b->departed_at
                                                    : a->id < b->id;
        });
        for (std::size_t i = 1; i < list.size(); ++i) {
            const TripLog& before = *list[i - 1];
            const TripLog& after = *list[i];
            if (after.odometer_out_km <= before.odometer_in_km) continue;
            TripFlag flag;
            flag.kind = TripFlagKind::kOdometerGap;
            flag.vehicle_id = vehicle;
            flag.vehicle_plate = after.vehicle_plate;
            flag.date = ChinaDateOf(after.departed_at);
            flag.trip_log_id = after.id;
            flag.previous_trip_log_id = before.id;
            flag.gap_km = after.odometer_out_km - before.odometer_in_km;
            out.push_back(std::move(flag));
        }
    }
    return out;
}

Timestamp NextMorning(Date day, std::int64_t minute_of_day) {
    // China midnight is 16:00 UTC the day before.
    return Timestamp(day.AddDays(1).days()) - std::chrono::hours(8) +
           std::chrono::minutes(minute_of_day);
}

}  // namespace kefu::fleet
