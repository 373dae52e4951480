#include "fleet/http/maintenance_routes.hpp"

#include "fleet/fleet_actions.hpp"
#include "http/json_reader.hpp"
#include "platform/money_text.hpp"

namespace kefu::fleet {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

// A repair bill or premium: up to 200,000 yuan.
constexpr http::MoneyRange kMaintenanceCost{0, std::int64_t{200'000} * 100};
// An odometer reading: up to 2,000,000 km.
constexpr std::int64_t kMaxKm = 2'000'000;

json OrNull(const std::optional<Date>& d) { return d ? json(d->ToString()) : json(nullptr); }
json OrNull(const std::optional<std::int64_t>& v) { return v ? json(*v) : json(nullptr); }

json ReminderToJson(const DueReminder& r) {
    return {{"vehicleId", r.item.vehicle_id.value()},
            {"vehiclePlate", r.item.vehicle_plate},
            {"kind", kMaintenanceKindNames.Name(r.item.kind)},
            {"dueOn", OrNull(r.item.due_on)},
            {"dueKm", OrNull(r.item.due_km)},
            {"currentKm", OrNull(r.current_km)},
            {"status", kDueStatusNames.Name(r.status)}};
}

json RecordToJson(const MaintenanceRecord& r) {
    return {{"id", r.id.value()},
            {"vehicleId", r.vehicle_id.value()},
            {"kind", kMaintenanceKindNames.Name(r.kind)},
            {"doneOn", r.done_on.ToString()},
            {"odometerKm", r.odometer_km},
            {"cost", FormatYuan(r.cost)},
            {"notes", r.notes},
            {"nextDueOn", OrNull(r.next_due_on)},
            {"nextDueKm", OrNull(r.next_due_km)},
            {"createdByName", r.created_by_name},
            {"createdAt", FormatTimestamp(r.created_at)}};
}

}  // namespace

void RegisterMaintenanceRoutes(http::Router& router, MaintenanceService& maintenance) {
    router.Get("/api/v1/maintenance-reminders",
               RouteAccess::Requires(actions::kRead),
               [&maintenance](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto list, maintenance.Reminders(ctx.principal()));
                   json items = json::array();
                   for (const DueReminder& r : list) items.push_back(ReminderToJson(r));
                   return HttpResponse::Ok({{"items", std::move(items)}});
               });

    router.Get("/api/v1/vehicles/{id}/maintenance",
               RouteAccess::Requires(actions::kRead),
               [&maintenance](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(
                       auto of, maintenance.OfVehicle(ctx.principal(), VehicleId(ctx.PathId())));
                   json due = json::array();
                   for (const DueReminder& r : of.due) due.push_back(ReminderToJson(r));
                   json records = json::array();
                   for (const MaintenanceRecord& r : of.records) records.push_back(RecordToJson(r));
                   return HttpResponse::Ok(
                       {{"dueItems", std::move(due)}, {"records", std::move(records)}});
               });

    router.Post("/api/v1/vehicles/{id}/maintenance",
                RouteAccess::Requires(actions::kWrite),
                [&maintenance](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    MaintenanceFields f;
                    f.kind = reader.RequiredEnum("kind", kMaintenanceKindNames)
                                 .value_or(MaintenanceKind::kService);
                    f.done_on = reader.RequiredDate("doneOn").value_or(Date());
                    f.odometer_km = reader.RequiredInt("odometerKm", 0, kMaxKm).value_or(0);
                    f.cost = reader.RequiredMoney("cost", kMaintenanceCost).value_or(Money());
                    f.notes = reader.OptionalText("notes", 1000).value_or("");
                    f.next_due_on = reader.OptionalDate("nextDueOn");
                    f.next_due_km = reader.OptionalInt("nextDueKm", 0, kMaxKm);
                    KEFU_TRY(reader.FinishWith(maintenance.ValidateFields(f)));
                    KEFU_ASSIGN_OR_RETURN(
                        MaintenanceRecord created,
                        maintenance.Record(ctx.principal(), VehicleId(ctx.PathId()), f));
                    return HttpResponse::Created(RecordToJson(created));
                });
}

}  // namespace kefu::fleet
