#include "fleet/http/trip_log_routes.hpp"

#include "fleet/fleet_actions.hpp"
#include "http/json_reader.hpp"
#include "http/query_date.hpp"
#include "platform/money_text.hpp"

namespace kefu::fleet {
namespace {

using http::HttpResponse;
using http::QueryDate;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

// Fuel, tolls and parking of one outing: up to 10,000 yuan each.
constexpr http::MoneyRange kTripMoney{0, std::int64_t{10'000} * 100};

TripLogFields ReadFields(http::JsonReader& reader, const auth::Principal& principal) {
    TripLogFields f;
    f.vehicle_id = VehicleId(reader.RequiredId("vehicleId").value_or(0));
    // A driver records his own trips: without driverStaffId the trip is the caller's.
    if (auto driver = reader.OptionalId("driverStaffId")) {
        f.driver_staff_id = StaffId(*driver);
    } else if (principal.staff_id) {
        f.driver_staff_id = *principal.staff_id;
    } else {
        reader.violations().Add("driverStaffId", "required");
    }
    f.departed_at = reader.RequiredDateTime("departedAt").value_or(Timestamp{});
    f.returned_at = reader.RequiredDateTime("returnedAt").value_or(Timestamp{});
    f.odometer_out_km =
        reader.RequiredInt("odometerOutKm", 0, trip_limits::kOdometerMaxKm).value_or(0);
    f.odometer_in_km =
        reader.RequiredInt("odometerInKm", 0, trip_limits::kOdometerMaxKm).value_or(0);
    f.job_ids = reader.IdArray("jobIds", false, trip_limits::kJobsMax);
    f.destinations = reader.OptionalString("destinations", trip_limits::kTextMax).value_or("");
    f.purpose = reader.OptionalString("purpose", trip_limits::kTextMax).value_or("");
    f.fuel_cl = reader.OptionalInt("fuelCl", 0, trip_limits::kFuelMaxCl).value_or(0);
    f.fuel_cost = reader.OptionalMoney("fuelAmount", kTripMoney).value_or(Money());
    f.toll = reader.OptionalMoney("toll", kTripMoney).value_or(Money());
    f.parking = reader.OptionalMoney("parking", kTripMoney).value_or(Money());
    return f;
}

Result<TripLogFilter> ReadFilter(const RequestContext& ctx) {
    TripLogFilter filter;
    KEFU_ASSIGN_OR_RETURN(auto vehicle, ctx.QueryInt("vehicleId"));
    if (vehicle) filter.vehicle_id = VehicleId(*vehicle);
    KEFU_ASSIGN_OR_RETURN(auto driver, ctx.QueryInt("driverStaffId"));
    if (driver) filter.driver_staff_id = StaffId(*driver);
    if (ctx.Query("from")) {
        KEFU_ASSIGN_OR_RETURN(filter.from, QueryDate(ctx, "from", Date()));
    }
    if (ctx.Query("to")) {
        KEFU_ASSIGN_OR_RETURN(filter.to, QueryDate(ctx, "to", Date()));
    }
    if (filter.from && filter.to && *filter.to < *filter.from) {
        return Fail(Error::InvalidArgument("to is before from", {{"to", "before_from"}}));
    }
    return filter;
}

json DayJobToJson(const DayJob& j) {
    return {{"id", j.id},
            {"number", j.number},
            {"status", j.status},
            {"vehicleId", j.vehicle_id ? json(j.vehicle_id->value()) : json(nullptr)},
            {"vehiclePlate", j.vehicle_id ? json(j.vehicle_plate) : json(nullptr)},
            {"site", j.site},
            {"windowStart", j.window_start},
            {"windowEnd", j.window_end}};
}

json FlagToJson(const TripFlag& f) {
    return {{"kind", kTripFlagKindNames.Name(f.kind)},
            {"vehicleId", f.vehicle_id.value()},
            {"vehiclePlate", f.vehicle_plate},
            {"date", f.date.ToString()},
            {"jobId", f.job_id ? json(*f.job_id) : json(nullptr)},
            {"jobNumber", f.job_id ? json(f.job_number) : json(nullptr)},
            {"tripLogId", f.trip_log_id ? json(f.trip_log_id->value()) : json(nullptr)},
            {"previousTripLogId",
             f.previous_trip_log_id ? json(f.previous_trip_log_id->value()) : json(nullptr)},
            {"gapKm", f.gap_km}};
}

}  // namespace

json TripLogToJson(const TripLog& t) {
    return {{"id", t.id.value()},
            {"vehicleId", t.vehicle_id.value()},
            {"vehiclePlate", t.vehicle_plate},
            {"driverStaffId", t.driver_staff_id.value()},
            {"driverName", t.driver_name},
            {"departedAt", FormatTimestamp(t.departed_at)},
            {"returnedAt", FormatTimestamp(t.returned_at)},
            {"odometerOutKm", t.odometer_out_km},
            {"odometerInKm", t.odometer_in_km},
            {"distanceKm", t.odometer_in_km - t.odometer_out_km},
            {"jobIds", t.job_ids},
            {"destinations", t.destinations},
            {"purpose", t.purpose},
            {"fuelCl", t.fuel_cl},
            {"fuelAmount", FormatYuan(t.fuel_cost)},
            {"toll", FormatYuan(t.toll)},
            {"parking", FormatYuan(t.parking)},
            {"createdByName", t.created_by_name},
            {"createdAt", FormatTimestamp(t.created_at)},
            {"version", t.version}};
}

void RegisterTripLogRoutes(http::Router& router, TripLogService& trips, const Clock& clock) {
    router.Get("/api/v1/trip-logs",
               RouteAccess::Requires(actions::kTripRead),
               [&trips](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(TripLogFilter filter, ReadFilter(ctx));
                   KEFU_ASSIGN_OR_RETURN(auto result, trips.List(ctx.principal(), filter, page));
                   json items = json::array();
                   for (const TripLog& t : result.items) items.push_back(TripLogToJson(t));
                   return HttpResponse::Ok({{"items", std::move(items)},
                                            {"total", result.total},
                                            {"page", result.page},
                                            {"pageSize", result.page_size}});
               });

    router.Post("/api/v1/trip-logs",
                RouteAccess::Requires(actions::kTripWrite),
                [&trips](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    TripLogFields fields = ReadFields(reader, ctx.principal());
                    KEFU_TRY(reader.FinishWith(trips.ValidateFields(fields)));
                    KEFU_ASSIGN_OR_RETURN(TripLog created, trips.Create(ctx.principal(), fields));
                    return HttpResponse::Created(TripLogToJson(created));
                });

    router.Get(
        "/api/v1/trip-logs/my-day",
        RouteAccess::Requires(actions::kTripWrite),
        [&trips, &clock](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(Date day, QueryDate(ctx, "date", clock.Today()));
            KEFU_ASSIGN_OR_RETURN(TripDay result, trips.Day(ctx.principal(), day));
            json jobs = json::array();
            for (const DayJob& j : result.jobs) jobs.push_back(DayJobToJson(j));
            return HttpResponse::Ok(
                {{"date", result.date.ToString()},
                 {"vehicleId", result.vehicle ? json(result.vehicle->id.value()) : json(nullptr)},
                 {"vehiclePlate", result.vehicle ? json(result.vehicle->plate) : json(nullptr)},
                 {"jobs", std::move(jobs)}});
        });

    router.Get(
        "/api/v1/trip-logs/flags",
        RouteAccess::Requires(actions::kTripFlags),
        [&trips, &clock](RequestContext& ctx) -> Result<HttpResponse> {
            const Date today = clock.Today();
            KEFU_ASSIGN_OR_RETURN(Date from, QueryDate(ctx, "from", today.AddDays(-30)));
            KEFU_ASSIGN_OR_RETURN(Date to, QueryDate(ctx, "to", today));
            if (to < from) {
                return Fail(Error::InvalidArgument("to is before from", {{"to", "before_from"}}));
            }
            if (to > from.AddDays(366)) {
                return Fail(
                    Error::InvalidArgument("at most a year at a time", {{"to", "out_of_range"}}));
            }
            KEFU_ASSIGN_OR_RETURN(auto flags, trips.Flags(ctx.principal(), from, to));
            json items = json::array();
            for (const TripFlag& f : flags) items.push_back(FlagToJson(f));
            return HttpResponse::Ok({{"items", std::move(items)}});
        });

    router.Get("/api/v1/trip-logs/{id}",
               RouteAccess::Requires(actions::kTripRead),
               [&trips](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(TripLog t,
                                         trips.Get(ctx.principal(), TripLogId(ctx.PathId())));
                   return HttpResponse::Ok(TripLogToJson(t));
               });

    router.Put(
        "/api/v1/trip-logs/{id}",
        RouteAccess::Requires(actions::kTripWrite),
        [&trips](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            TripLogFields fields = ReadFields(reader, ctx.principal());
            auto version = reader.RequiredInt("version", 1, INT32_MAX);
            KEFU_TRY(reader.FinishWith(trips.ValidateFields(fields)));
            KEFU_ASSIGN_OR_RETURN(
                TripLog updated,
                trips.Update(
                    ctx.principal(), TripLogId(ctx.PathId()), fields, static_cast<int>(*version)));
            return HttpResponse::Ok(TripLogToJson(updated));
        });
}

}  // namespace kefu::fleet
