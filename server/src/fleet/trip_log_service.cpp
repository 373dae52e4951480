#include "fleet/trip_log_service.hpp"

#include <algorithm>
#include <map>

#include "fleet/fleet_actions.hpp"

namespace kefu::fleet {
namespace {

using auth::Require;

std::string IdText(TripLogId id) { return std::to_string(id.value()); }

Result<void> AsInvalid(std::vector<FieldViolation> violations) {
    if (violations.empty()) return {};
    return Fail(Error::InvalidArgument("invalid trip log", std::move(violations)));
}

std::vector<std::string> JobIdTexts(const std::vector<std::int64_t>& ids) {
    std::vector<std::string> out;
    out.reserve(ids.size());
    for (std::int64_t id : ids) out.push_back(std::to_string(id));
    return out;
}

}  // namespace

audit::Snapshot SnapshotOf(const TripLog& t) {
    return {{"vehicleId", t.vehicle_id.value()},
            {"driverStaffId", t.driver_staff_id.value()},
            {"departedAt", FormatTimestamp(t.departed_at)},
            {"returnedAt", FormatTimestamp(t.returned_at)},
            {"odometerOutKm", t.odometer_out_km},
            {"odometerInKm", t.odometer_in_km},
            {"jobIds", JobIdTexts(t.job_ids)},
            {"destinations", t.destinations},
            {"purpose", t.purpose},
            {"fuelCl", t.fuel_cl},
            {"fuelFen", t.fuel_cost.fen()},
            {"tollFen", t.toll.fen()},
            {"parkingFen", t.parking.fen()},
            {"version", static_cast<std::int64_t>(t.version)}};
}

Result<Page<TripLog>> TripLogService::List(const auth::Principal& principal,
                                           const TripLogFilter& filter,
                                           const PageRequest& page) {
    KEFU_TRY(Require(principal, actions::kTripRead));
    return transactions_.Run<Page<TripLog>>(TxMode::kRead,
                                            [&](Tx& tx) { return trips_.List(tx, filter, page); });
}

Result<std::vector<TripLog>> TripLogService::All(const auth::Principal& principal,
                                                 const TripLogFilter& filter) {
    KEFU_TRY(Require(principal, actions::kTripRead));
    return transactions_.Run<std::vector<TripLog>>(TxMode::kRead,
                                                   [&](Tx& tx) { return trips_.All(tx, filter); });
}

Result<TripLog> TripLogService::Get(const auth::Principal& principal, TripLogId id) {
    KEFU_TRY(Require(principal, actions::kTripRead));
    return transactions_.Run<TripLog>(TxMode::kRead, [&](Tx& tx) -> Result<TripLog> {
        KEFU_ASSIGN_OR_RETURN(auto found, trips_.Find(tx, id));
        if (!found) return Fail(Error::NotFound("no such trip log"));
        return std::move(*found);
    });
}

Result<void> TripLogService::ValidateFields(const TripLogFields& fields) const {
    auto violations = CheckTripFields(fields);
    for (FieldViolation& v : CheckTripNotAhead(fields, clock_.Now()))
        violations.push_back(std::move(v));
    return AsInvalid(std::move(violations));
}

Result<void> TripLogService::CheckDriver(const auth::Principal& principal, StaffId driver) const {
    if (principal.Can(actions::kTripManage)) return {};
    if (principal.staff_id && *principal.staff_id == driver) return {};
    return Fail(Error::PermissionDenied("a driver records only his own trips"));
}

Result<void> TripLogService::Resolve(Tx& tx,
                                     const TripLogFields& fields,
                                     std::optional<TripLogId> self,
                                     TripLog& trip) {
    std::vector<FieldViolation> violations;
    KEFU_ASSIGN_OR_RETURN(auto vehicle, vehicles_.FindById(tx, fields.vehicle_id));
    if (!vehicle) violations.push_back({"vehicleId", "invalid_value"});
    KEFU_ASSIGN_OR_RETURN(auto driver, staff_.FindById(tx, fields.driver_staff_id));
    if (!driver) {
        violations.push_back({"driverStaffId", "invalid_value"});
    } else if (driver->status == staff::StaffStatus::kLeft) {
        violations.push_back({"driverStaffId", "staff_left", driver->name});
    }
    KEFU_ASSIGN_OR_RETURN(auto existing, trips_.ExistingJobs(tx, fields.job_ids));
    for (std::size_t i = 0; i < fields.job_ids.size(); ++i) {
        if (!std::binary_search(existing.begin(), existing.end(), fields.job_ids[i])) {
            violations.push_back({"jobIds[" + std::to_string(i) + "]", "invalid_value"});
        }
    }
    if (vehicle) {
        KEFU_ASSIGN_OR_RETURN(auto others, trips_.Neighbours(tx, fields, self));
        auto against = CheckTripAgainst(fields, others);
        violations.insert(violations.end(), against.begin(), against.end());
    }
    KEFU_TRY(AsInvalid(std::move(violations)));
    trip.vehicle_id = fields.vehicle_id;
    trip.vehicle_plate = vehicle->plate;
    trip.driver_staff_id = fields.driver_staff_id;
    trip.driver_name = driver->name;
    trip.departed_at = fields.departed_at;
    trip.returned_at = fields.returned_at;
    trip.odometer_out_km = fields.odometer_out_km;
    trip.odometer_in_km = fields.odometer_in_km;
    trip.job_ids = fields.job_ids;
    std::sort(trip.job_ids.begin(), trip.job_ids.end());
    trip.destinations = fields.destinations;
    trip.purpose = fields.purpose;
    trip.fuel_cl = fields.fuel_cl;
    trip.fuel_cost = fields.fuel_cost;
    trip.toll = fields.toll;
    trip.parking = fields.parking;
    return {};
}

Result<TripLog> TripLogService::Create(const auth::Principal& principal, TripLogFields fields) {
    KEFU_TRY(Require(principal, actions::kTripWrite));
    KEFU_TRY(CheckDriver(principal, fields.driver_staff_id));
    KEFU_TRY(ValidateFields(fields));
    return transactions_.Run<TripLog>(TxMode::kWrite, [&](Tx& tx) -> Result<TripLog> {
        TripLog trip;
        KEFU_TRY(Resolve(tx, fields, std::nullopt, trip));
        trip.created_by_user_id = principal.user_id;
        if (!principal.user_id.valid()) trip.created_by_user_id.reset();
        trip.created_by_name = principal.display_name;
        trip.created_at = clock_.Now();
        KEFU_ASSIGN_OR_RETURN(TripLog stored, trips_.Insert(tx, trip));
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kTripCreate, IdText(stored.id), std::nullopt, SnapshotOf(stored)}));
        return stored;
    });
}

Result<TripLog> TripLogService::Update(const auth::Principal& principal,
                                       TripLogId id,
                                       TripLogFields fields,
                                       int version) {
    KEFU_TRY(Require(principal, actions::kTripWrite));
    KEFU_TRY(CheckDriver(principal, fields.driver_staff_id));
    KEFU_TRY(ValidateFields(fields));
    return transactions_.Run<TripLog>(TxMode::kWrite, [&](Tx& tx) -> Result<TripLog> {
        KEFU_ASSIGN_OR_RETURN(auto before, trips_.Find(tx, id));
        if (!before) return Fail(Error::NotFound("no such trip log"));
        KEFU_TRY(CheckDriver(principal, before->driver_staff_id));
        if (before->version != version) {
            return Fail(Error::Aborted("someone else changed this trip; reload and try again"));
        }
        TripLog after = *before;
        KEFU_TRY(Resolve(tx, fields, id, after));
        KEFU_ASSIGN_OR_RETURN(TripLog stored, trips_.Update(tx, after, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kTripUpdate, IdText(id), SnapshotOf(*before), SnapshotOf(stored)}));
        return stored;
    });
}

Result<TripDay> TripLogService::Day(const auth::Principal& principal, Date day) {
    KEFU_TRY(Require(principal, actions::kTripWrite));
    if (!principal.staff_id) {
        return Fail(Error::FailedPrecondition("this account is not a staff member's"));
    }
    const StaffId me = *principal.staff_id;
    return transactions_.Run<TripDay>(TxMode::kRead, [&](Tx& tx) -> Result<TripDay> {
        TripDay out;
        out.date = day;
        KEFU_ASSIGN_OR_RETURN(out.jobs, trips_.JobsOfDay(tx, me, day));
        for (const DayJob& job : out.jobs) {
            if (job.vehicle_id) {
                out.vehicle = VehicleRef{*job.vehicle_id, job.vehicle_plate};
                break;
            }
        }
        if (!out.vehicle) {
            KEFU_ASSIGN_OR_RETURN(out.vehicle, trips_.UsualVehicleOf(tx, me));
        }
        return out;
    });
}

Result<std::vector<TripFlag>> TripLogService::Flags(const auth::Principal& principal,
                                                    Date from,
                                                    Date to) {
    KEFU_TRY(Require(principal, actions::kTripFlags));
    const Timestamp now = clock_.Now();
    return transactions_.Run<std::vector<TripFlag>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<TripFlag>> {
            KEFU_ASSIGN_OR_RETURN(auto jobs, trips_.DispatchedJobs(tx, from, to));
            // A trip of days around the range may cover a job in it (a two-day trip).
            TripLogFilter filter;
            filter.from = from.AddDays(-14);
            filter.to = to.AddDays(1);
            KEFU_ASSIGN_OR_RETURN(auto trips, trips_.All(tx, filter));
            // The cut-off in force the morning after each day (a policy change applies from its
            // date on).
            std::map<Date, Timestamp> deadlines;
            for (const DispatchedJob& job : jobs) {
                if (deadlines.contains(job.date)) continue;
                KEFU_ASSIGN_OR_RETURN(
                    std::int64_t minute,
                    policy_.ValueOn(tx, policy_keys::kTripLogDeadlineMinute, job.date.AddDays(1)));
                deadlines[job.date] = NextMorning(job.date, minute);
            }
            auto out = MissingLogs(
                jobs, trips, [&](Date d) { return deadlines.at(d); }, now);
            std::vector<TripLog> in_range;
            for (const TripLog& t : trips) {
                const Date d = ChinaDateOf(t.departed_at);
                if (from <= d && d <= to) in_range.push_back(t);
            }
            auto gaps = OdometerGaps(in_range);
            out.insert(out.end(), gaps.begin(), gaps.end());
            return out;
        });
}

}  // namespace kefu::fleet
