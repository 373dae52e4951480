#include "fleet/http/trip_report_routes.hpp"

#include <fmt/core.h>

#include <chrono>

#include "documents/pdf_renderer.hpp"
#include "documents/xlsx_writer.hpp"
#include "fleet/fleet_actions.hpp"
#include "fleet/trip_report.hpp"

namespace kefu::fleet {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;

// A required date query parameter: INVALID_ARGUMENT naming it when absent or malformed.
Result<Date> RequiredDate(const RequestContext& ctx, std::string_view name) {
    auto text = ctx.Query(name);
    if (!text) {
        return Fail(
            Error::InvalidArgument("a date is required", {{std::string(name), "required"}}));
    }
    auto date = Date::Parse(*text);
    if (!date) {
        return Fail(Error::InvalidArgument("not a date (YYYY-MM-DD)",
                                           {{std::string(name), "invalid_date"}}));
    }
    return *date;
}

// The report of the query's period and vehicle, read with the principal's rights.
Result<TripReport> ReadReport(RequestContext& ctx,
                              TripLogService& trips,
                              VehicleService& vehicles) {
    auto from = RequiredDate(ctx, "from");
    auto to = RequiredDate(ctx, "to");
    if (!from || !to) {
        // Both fields' violations at once.
        std::vector<FieldViolation> violations;
        for (const auto* r : {&from, &to}) {
            if (!*r) {
                for (const auto& v : r->error().violations()) violations.push_back(v);
            }
        }
        return Fail(Error::InvalidArgument("bad period", std::move(violations)));
    }
    if (*to < *from) {
        return Fail(Error::InvalidArgument("to is before from", {{"to", "before_from"}}));
    }
    if (*to > from->AddDays(kTripReportMaxDays - 1)) {
        return Fail(Error::InvalidArgument("at most 366 days at a time", {{"to", "out_of_range"}}));
    }
    TripLogFilter filter{
        .vehicle_id = std::nullopt, .driver_staff_id = std::nullopt, .from = *from, .to = *to};
    std::string vehicle_label;
    KEFU_ASSIGN_OR_RETURN(auto vehicle, ctx.QueryInt("vehicleId"));
    if (vehicle) {
        filter.vehicle_id = VehicleId(*vehicle);
        KEFU_ASSIGN_OR_RETURN(Vehicle v, vehicles.Get(ctx.principal(), *filter.vehicle_id));
        vehicle_label = v.plate;
    }
    KEFU_ASSIGN_OR_RETURN(auto list, trips.All(ctx.principal(), filter));
    return BuildTripReport(list, *from, *to, std::move(vehicle_label));
}

std::string FileName(const TripReport& r, const char* extension) {
    return "trip-report-" + r.from.ToString() + "-" + r.to.ToString() + extension;
}

}  // namespace

void RegisterTripReportRoutes(http::Router& router,
                              TripLogService& trips,
                              VehicleService& vehicles,
                              const Clock& clock) {
    router.Get(
        "/api/v1/trip-logs/report.pdf",
        RouteAccess::Requires(actions::kTripRead),
        [&trips, &vehicles, &clock](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(TripReport report, ReadReport(ctx, trips, vehicles));
            KEFU_ASSIGN_OR_RETURN(
                std::string pdf,
                documents::RenderPdf(TripReportDocument(report, ChinaMinuteText(clock.Now()))));
            return HttpResponse::File(std::move(pdf), "application/pdf", FileName(report, ".pdf"));
        });

    router.Get("/api/v1/trip-logs/report.xlsx",
               RouteAccess::Requires(actions::kTripRead),
               [&trips, &vehicles](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(TripReport report, ReadReport(ctx, trips, vehicles));
                   KEFU_ASSIGN_OR_RETURN(std::string xlsx,
                                         documents::WriteXlsx(TripReportWorkbook(report)));
                   return HttpResponse::File(
                       std::move(xlsx),
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       FileName(report, ".xlsx"));
               });
}

}  // namespace kefu::fleet
