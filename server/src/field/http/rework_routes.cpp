#include "field/http/rework_routes.hpp"

#include "field/field_actions.hpp"
#include "field/http/rework_json.hpp"
#include "http/query_date.hpp"

namespace kefu::field {
namespace {

using http::HttpResponse;
using http::QueryDate;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

/// The period of a list: from= and to=, this week (Monday to Sunday, China) by default.
Result<std::pair<Date, Date>> Period(const RequestContext& ctx, const Clock& clock) {
    KEFU_ASSIGN_OR_RETURN(Date from, QueryDate(ctx, "from", MondayOf(clock.Today())));
    KEFU_ASSIGN_OR_RETURN(Date to, QueryDate(ctx, "to", from.AddDays(6)));
    return std::pair{from, to};
}

}  // namespace

void RegisterReworkRoutes(http::Router& router, ReworkService& reworks, const Clock& clock) {
    router.Post("/api/v1/field/reworks",
                RouteAccess::Requires(actions::kRework),
                [&reworks](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    const NewRework input = ReadNewRework(reader);
                    KEFU_TRY(reader.FinishWith(reworks.Validate(input)));
                    KEFU_ASSIGN_OR_RETURN(ReworkView view, reworks.Create(ctx.principal(), input));
                    return HttpResponse::Created(ReworkToJson(view));
                });

    router.Post("/api/v1/field/reworks/{id}/apology",
                RouteAccess::Requires(actions::kRework),
                [&reworks](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    const std::string note = reader.OptionalText("note", 200).value_or("");
                    const auto version = reader.RequiredInt("version", 1, 1'000'000);
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(
                        ReworkView view,
                        reworks.RecordApology(
                            ctx.principal(), ctx.PathId(), note, static_cast<int>(*version)));
                    return HttpResponse::Ok(ReworkToJson(view));
                });

    router.Get("/api/v1/field/reworks",
               RouteAccess::Requires(actions::kOversee),
               [&reworks, &clock](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto period, Period(ctx, clock));
                   KEFU_ASSIGN_OR_RETURN(
                       auto list,
                       reworks.ListCommitted(ctx.principal(), period.first, period.second));
                   json items = json::array();
                   for (const ReworkView& v : list) items.push_back(ReworkToJson(v));
                   return HttpResponse::Ok({{"from", period.first.ToString()},
                                            {"to", period.second.ToString()},
                                            {"items", std::move(items)}});
               });

    router.Get("/api/v1/field/reworks/on-time",
               RouteAccess::Requires(actions::kOversee),
               [&reworks, &clock](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto period, Period(ctx, clock));
                   KEFU_ASSIGN_OR_RETURN(
                       OnTimeReport report,
                       reworks.OnTime(ctx.principal(), period.first, period.second));
                   return HttpResponse::Ok(OnTimeReportToJson(report));
               });

    router.Get("/api/v1/field/jobs/{id}/reworks",
               RouteAccess::Requires(actions::kRead),
               [&reworks](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(ReworksOfJob of,
                                         reworks.ForJob(ctx.principal(), ctx.PathId()));
                   return HttpResponse::Ok(ReworksOfJobToJson(of));
               });
}

}  // namespace kefu::field
