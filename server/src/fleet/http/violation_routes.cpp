#include "fleet/http/violation_routes.hpp"

#include "fleet/fleet_actions.hpp"
#include "http/json_reader.hpp"
#include "platform/money_text.hpp"

namespace kefu::fleet {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

// A fine, repair bill or compensation: up to 100,000 yuan.
constexpr http::MoneyRange kViolationMoney{0, std::int64_t{100'000} * 100};

json ViolationToJson(const Violation& v) {
    return {{"id", v.id.value()},
            {"vehicleId", v.vehicle_id.value()},
            {"vehiclePlate", v.vehicle_plate},
            {"driverStaffId", v.driver_staff_id.value()},
            {"driverName", v.driver_name},
            {"kind", kViolationKindNames.Name(v.kind)},
            {"occurredOn", v.occurred_on.ToString()},
            {"description", v.description},
            {"fine", FormatYuan(v.fine)},
            {"compensation", FormatYuan(v.compensation)},
            {"decidedByName", v.decided_by_name},
            {"createdAt", FormatTimestamp(v.created_at)}};
}

}  // namespace

void RegisterViolationRoutes(http::Router& router, ViolationService& violations) {
    router.Get("/api/v1/vehicle-violations",
               RouteAccess::Requires(actions::kViolationRead),
               [&violations](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto vehicle, ctx.QueryInt("vehicleId"));
                   std::optional<VehicleId> filter;
                   if (vehicle) filter = VehicleId(*vehicle);
                   KEFU_ASSIGN_OR_RETURN(auto list, violations.List(ctx.principal(), filter));
                   json items = json::array();
                   for (const Violation& v : list) items.push_back(ViolationToJson(v));
                   return HttpResponse::Ok({{"items", std::move(items)}});
               });

    router.Post("/api/v1/vehicle-violations",
                RouteAccess::Requires(actions::kViolationWrite),
                [&violations](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    ViolationFields f;
                    f.vehicle_id = VehicleId(reader.RequiredId("vehicleId").value_or(0));
                    f.driver_staff_id = StaffId(reader.RequiredId("driverStaffId").value_or(0));
                    f.kind = reader.RequiredEnum("kind", kViolationKindNames)
                                 .value_or(ViolationKind::kTrafficViolation);
                    f.occurred_on = reader.RequiredDate("occurredOn").value_or(Date());
                    f.description = reader.RequiredString("description", 500);
                    f.fine = reader.RequiredMoney("fine", kViolationMoney).value_or(Money());
                    f.compensation =
                        reader.RequiredMoney("compensation", kViolationMoney).value_or(Money());
                    KEFU_TRY(reader.FinishWith(violations.ValidateFields(f)));
                    KEFU_ASSIGN_OR_RETURN(Violation created, violations.Create(ctx.principal(), f));
                    return HttpResponse::Created(ViolationToJson(created));
                });
}

}  // namespace kefu::fleet
