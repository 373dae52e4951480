#include "field/http/return_routes.hpp"

#include "field/field_actions.hpp"
#include "field/http/return_json.hpp"
#include "http/query_date.hpp"

namespace kefu::field {
namespace {

using http::HttpResponse;
using http::QueryDate;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

/// Days a list covers by default: the last 30 up to today.
constexpr int kDefaultDays = 30;

/// The period of a list: from= and to=, the last 30 days to today (China) by default.
Result<std::pair<Date, Date>> Period(const RequestContext& ctx, const Clock& clock) {
    KEFU_ASSIGN_OR_RETURN(Date to, QueryDate(ctx, "to", clock.Today()));
    KEFU_ASSIGN_OR_RETURN(Date from, QueryDate(ctx, "from", to.AddDays(1 - kDefaultDays)));
    return std::pair{from, to};
}

}  // namespace

void RegisterReturnRoutes(http::Router& router, ReturnService& returns, const Clock& clock) {
    router.Get("/api/v1/field/returns",
               RouteAccess::Requires(actions::kReturnCheck),
               [&returns, &clock](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto period, Period(ctx, clock));
                   KEFU_ASSIGN_OR_RETURN(
                       ReturnDesk desk, returns.Desk(ctx.principal(), period.first, period.second));
                   return HttpResponse::Ok(ReturnDeskToJson(desk));
               });

    router.Post("/api/v1/field/returns",
                RouteAccess::Requires(actions::kReturnCheck),
                [&returns](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    std::optional<ReturnPhotoUpload> photo;
                    const NewReturnCheck input = ReadNewReturnCheck(reader, photo);
                    KEFU_TRY(reader.FinishWith(ReturnService::Validate(input)));
                    KEFU_ASSIGN_OR_RETURN(ReturnCheckView view,
                                          returns.RecordCheck(ctx.principal(), input, photo));
                    return HttpResponse::Created(ReturnCheckToJson(view));
                });

    router.Get("/api/v1/field/returns/{id}/photo",
               RouteAccess::Requires(actions::kReturnCheck),
               [&returns](RequestContext& ctx) -> Result<HttpResponse> {
                   const std::int64_t id = ctx.PathId();
                   KEFU_ASSIGN_OR_RETURN(std::string jpeg, returns.Photo(ctx.principal(), id));
                   return HttpResponse::File(std::move(jpeg),
                                             "image/jpeg",
                                             "return-check-" + std::to_string(id) + ".jpg");
               });

    router.Post("/api/v1/field/returns/{id}/charges",
                RouteAccess::Requires(actions::kCharge),
                [&returns](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    const NewCharge input = ReadNewCharge(reader, ctx.PathId());
                    KEFU_TRY(reader.FinishWith(ReturnService::Validate(input)));
                    KEFU_ASSIGN_OR_RETURN(Charge charge,
                                          returns.ChargeLoss(ctx.principal(), input));
                    return HttpResponse::Created(ChargeToJson(charge));
                });

    router.Post(
        "/api/v1/field/charges/{id}/withdrawal",
        RouteAccess::Requires(actions::kCharge),
        [&returns](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            const std::string reason = reader.RequiredString("reason", kChargeReasonMax * 4);
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(Charge charge,
                                  returns.WithdrawCharge(ctx.principal(), ctx.PathId(), reason));
            return HttpResponse::Ok(ChargeToJson(charge));
        });

    router.Get("/api/v1/field/charges",
               RouteAccess::Requires(actions::kChargeRead),
               [&returns, &clock](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto period, Period(ctx, clock));
                   KEFU_ASSIGN_OR_RETURN(
                       ChargeReport report,
                       returns.ListCharges(ctx.principal(), period.first, period.second));
                   return HttpResponse::Ok(ChargeReportToJson(report));
               });
}

}  // namespace kefu::field
