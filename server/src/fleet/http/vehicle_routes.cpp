#include "fleet/http/vehicle_routes.hpp"

#include "fleet/fleet_actions.hpp"
#include "http/json_reader.hpp"

namespace kefu::fleet {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

VehicleFields ReadFields(http::JsonReader& reader) {
    VehicleFields f;
    // The plate's format is the service's to judge (with the other rules, in one answer).
    f.plate = reader.RequiredString("plate", 20);
    f.model = reader.RequiredString("model", limits::kModelMax);
    f.volume_l = reader.RequiredInt("volumeL").value_or(0);
    f.payload_kg = reader.RequiredInt("payloadKg").value_or(0);
    f.seats = reader.RequiredInt("seats").value_or(0);
    f.status = reader.RequiredEnum("status", kVehicleStatusNames);
    if (auto driver = reader.OptionalId("driverStaffId")) f.driver_staff_id = StaffId(*driver);
    return f;
}

Result<VehicleFilter> ReadFilter(const RequestContext& ctx) {
    VehicleFilter filter;
    KEFU_ASSIGN_OR_RETURN(filter.query, ctx.SearchQuery());
    if (auto status = ctx.Query("status")) {
        filter.status = kVehicleStatusNames.Parse(*status);
        if (!filter.status) {
            return Fail(Error::InvalidArgument("unknown status", {{"status", "invalid_value"}}));
        }
    }
    return filter;
}

}  // namespace

json VehicleToJson(const Vehicle& v) {
    return {{"id", v.id.value()},
            {"plate", v.plate},
            {"model", v.model},
            {"volumeL", v.volume_l},
            {"payloadKg", v.payload_kg},
            {"seats", v.seats},
            {"status", VehicleStatusName(v.status)},
            {"driverStaffId", v.driver_staff_id ? json(v.driver_staff_id->value()) : json(nullptr)},
            {"driverName", v.driver_staff_id ? json(v.driver_name) : json(nullptr)},
            {"version", v.version}};
}

void RegisterVehicleRoutes(http::Router& router, VehicleService& vehicles) {
    router.Get("/api/v1/vehicles",
               RouteAccess::Requires(actions::kRead),
               [&vehicles](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(VehicleFilter filter, ReadFilter(ctx));
                   KEFU_ASSIGN_OR_RETURN(auto result, vehicles.List(ctx.principal(), filter, page));
                   json items = json::array();
                   for (const Vehicle& v : result.items) items.push_back(VehicleToJson(v));
                   return HttpResponse::Ok({{"items", std::move(items)},
                                            {"total", result.total},
                                            {"page", result.page},
                                            {"pageSize", result.page_size}});
               });

    router.Post("/api/v1/vehicles",
                RouteAccess::Requires(actions::kWrite),
                [&vehicles](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    VehicleFields fields = ReadFields(reader);
                    KEFU_TRY(reader.FinishWith(vehicles.ValidateFields(fields)));
                    KEFU_ASSIGN_OR_RETURN(Vehicle created,
                                          vehicles.Create(ctx.principal(), fields));
                    return HttpResponse::Created(VehicleToJson(created));
                });

    router.Get("/api/v1/vehicles/{id}",
               RouteAccess::Requires(actions::kRead),
               [&vehicles](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(Vehicle v,
                                         vehicles.Get(ctx.principal(), VehicleId(ctx.PathId())));
                   return HttpResponse::Ok(VehicleToJson(v));
               });

    router.Put(
        "/api/v1/vehicles/{id}",
        RouteAccess::Requires(actions::kWrite),
        [&vehicles](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            VehicleFields fields = ReadFields(reader);
            auto version = reader.RequiredInt("version", 1, INT32_MAX);
            KEFU_TRY(reader.FinishWith(vehicles.ValidateFields(fields)));
            KEFU_ASSIGN_OR_RETURN(
                Vehicle updated,
                vehicles.Update(
                    ctx.principal(), VehicleId(ctx.PathId()), fields, static_cast<int>(*version)));
            return HttpResponse::Ok(VehicleToJson(updated));
        });
}

}  // namespace kefu::fleet
