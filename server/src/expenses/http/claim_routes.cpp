#include "expenses/http/claim_routes.hpp"

#include "expenses/expense_actions.hpp"
#include "expenses/http/claim_json.hpp"

namespace kefu::expenses {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

json PageJson(const Page<Claim>& page) {
    json items = json::array();
    for (const Claim& c : page.items) items.push_back(ClaimToJson(c));
    return {{"items", std::move(items)},
            {"total", page.total},
            {"page", page.page},
            {"pageSize", page.page_size}};
}

Result<std::optional<ClaimStatus>> StatusFilter(const RequestContext& ctx) {
    auto text = ctx.Query("status");
    if (!text) return std::optional<ClaimStatus>();
    auto status = kClaimStatusNames.Parse(*text);
    if (!status)
        return Fail(Error::InvalidArgument("invalid filter", {{"status", "invalid_value"}}));
    return status;
}

std::int64_t ReadVersion(http::JsonReader& reader) {
    return reader.RequiredInt("version", 1, INT32_MAX).value_or(0);
}

}  // namespace

void RegisterClaimRoutes(http::Router& router, ClaimService& claims, ClaimDocuments& documents) {
    router.Get("/api/v1/expense-claims",
               RouteAccess::Requires(actions::kRead),
               [&claims](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto status, StatusFilter(ctx));
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(auto result, claims.List(ctx.principal(), status, page));
                   return HttpResponse::Ok(PageJson(result));
               });

    router.Post("/api/v1/expense-claims",
                RouteAccess::Requires(actions::kClaim),
                [&claims](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    NewClaim input;
                    input.job_id = reader.OptionalId("jobId");
                    input.trip_log_id = reader.OptionalId("tripLogId");
                    if (auto code = reader.OptionalString("divisionCode", 6)) {
                        auto parsed = geo::DivisionCode::Parse(*code);
                        if (parsed) {
                            input.division_code = parsed->value();
                        } else {
                            reader.Add("divisionCode", "invalid_value");
                        }
                    }
                    input.departure = reader.OptionalDateTime("departure");
                    input.return_at = reader.OptionalDateTime("returnAt");
                    input.purpose = reader.OptionalText("purpose", 500).value_or("");
                    reader.Array("lines", true, 100, [&](http::JsonReader& item, std::size_t) {
                        input.lines.push_back(ReadLine(item));
                    });
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(Claim claim, claims.Submit(ctx.principal(), input));
                    return HttpResponse::Created(ClaimToJson(claim));
                });

    router.Get("/api/v1/expense-claims/export.xlsx",
               RouteAccess::Requires(actions::kReadAll),
               [&documents](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto status, StatusFilter(ctx));
                   KEFU_ASSIGN_OR_RETURN(std::string xlsx,
                                         documents.FinanceXlsx(ctx.principal(), status));
                   HttpResponse response = HttpResponse::File(
                       std::move(xlsx),
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       "expense-claims.xlsx");
                   response.headers = {
                       {"Content-Disposition", "attachment; filename=\"expense-claims.xlsx\""}};
                   return response;
               });

    router.Get("/api/v1/expense-claims/{id}",
               RouteAccess::Requires(actions::kRead),
               [&claims](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(Claim c,
                                         claims.Get(ctx.principal(), ClaimId(ctx.PathId())));
                   return HttpResponse::Ok(ClaimToJson(c));
               });

    router.Get("/api/v1/expense-claims/{id}/form.pdf",
               RouteAccess::Requires(actions::kRead),
               [&documents](RequestContext& ctx) -> Result<HttpResponse> {
                   const ClaimId id(ctx.PathId());
                   KEFU_ASSIGN_OR_RETURN(std::string pdf, documents.ClaimPdf(ctx.principal(), id));
                   return HttpResponse::File(
                       std::move(pdf),
                       "application/pdf",
                       "expense-claim-" + std::to_string(id.value()) + ".pdf");
               });

    router.Post(
        "/api/v1/expense-claims/{id}/lines",
        RouteAccess::Requires(actions::kClaim),
        [&claims](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            std::optional<LineInput> line;
            reader.Object("line", true, [&](http::JsonReader& item) { line = ReadLine(item); });
            const std::int64_t version = ReadVersion(reader);
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(
                Claim c, claims.AddLine(ctx.principal(), ClaimId(ctx.PathId()), *line, version));
            return HttpResponse::Ok(ClaimToJson(c));
        });

    router.Post(
        "/api/v1/expense-claims/{id}/lines/{lineId}/remove",
        RouteAccess::Requires(actions::kClaim),
        [&claims](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            const std::int64_t version = ReadVersion(reader);
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(
                Claim c,
                claims.RemoveLine(ctx.principal(), ClaimId(ctx.PathId()), ctx.PathId(1), version));
            return HttpResponse::Ok(ClaimToJson(c));
        });

    router.Post("/api/v1/expense-claims/{id}/lines/{lineId}/receipts",
                // The body is the file itself; its Content-Type says which (JPEG, PNG or PDF).
                RouteAccess::Requires(actions::kClaim),
                [&claims](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(auto version, ctx.QueryInt("version"));
                    if (!version) {
                        return Fail(Error::InvalidArgument("the claim's version is required",
                                                           {{"version", "required"}}));
                    }
                    KEFU_ASSIGN_OR_RETURN(
                        Claim c,
                        claims.AddReceipt(ctx.principal(),
                                          ClaimId(ctx.PathId()),
                                          ctx.PathId(1),
                                          ctx.request().get_header_value("Content-Type"),
                                          ctx.request().body,
                                          *version));
                    return HttpResponse::Created(ClaimToJson(c));
                });

    router.Get("/api/v1/expense-claims/{id}/receipts/{receiptId}",
               RouteAccess::Requires(actions::kRead),
               [&claims](RequestContext& ctx) -> Result<HttpResponse> {
                   const std::int64_t receipt_id = ctx.PathId(1);
                   KEFU_ASSIGN_OR_RETURN(
                       ReceiptFile file,
                       claims.Receipt(ctx.principal(), ClaimId(ctx.PathId()), receipt_id));
                   const ReceiptType type = file.info.type;
                   const char* extension = type == ReceiptType::kPdf   ? ".pdf"
                                           : type == ReceiptType::kPng ? ".png"
                                                                       : ".jpg";
                   return HttpResponse::File(std::move(file.bytes),
                                             std::string(kReceiptTypeNames.Name(type)),
                                             "receipt-" + std::to_string(receipt_id) + extension);
               });

    router.Post("/api/v1/expense-claims/{id}/receipts/{receiptId}/remove",
                RouteAccess::Requires(actions::kClaim),
                [&claims](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    const std::int64_t version = ReadVersion(reader);
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(
                        Claim c,
                        claims.RemoveReceipt(
                            ctx.principal(), ClaimId(ctx.PathId()), ctx.PathId(1), version));
                    return HttpResponse::Ok(ClaimToJson(c));
                });

    router.Post(
        "/api/v1/expense-claims/{id}/lines/{lineId}/approval-request",
        RouteAccess::Requires(actions::kClaim),
        [&claims](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            const std::string reason = reader.RequiredString("reason", 500);
            const std::int64_t version = ReadVersion(reader);
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(
                Claim c,
                claims.RequestApproval(
                    ctx.principal(), ClaimId(ctx.PathId()), ctx.PathId(1), reason, version));
            return HttpResponse::Ok(ClaimToJson(c));
        });

    router.Post(
        "/api/v1/expense-claims/{id}/lines/{lineId}/reject",
        // The head while submitted, finance while head-approved; the service checks.
        RouteAccess::Requires(actions::kRead),
        [&claims](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            const std::string reason = reader.RequiredString("reason", 500);
            const std::int64_t version = ReadVersion(reader);
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(
                Claim c,
                claims.RejectLine(
                    ctx.principal(), ClaimId(ctx.PathId()), ctx.PathId(1), reason, version));
            return HttpResponse::Ok(ClaimToJson(c));
        });

    router.Post(
        "/api/v1/expense-claims/{id}/events",
        // The event names the action (approve: the head, pay: finance); the service checks.
        RouteAccess::Requires(actions::kRead),
        [&claims](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            auto event = reader.RequiredEnum("event", kClaimEventNames);
            const std::string reason = reader.OptionalText("reason", 500).value_or("");
            const std::int64_t version = ReadVersion(reader);
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(
                Claim c,
                claims.Fire(ctx.principal(), ClaimId(ctx.PathId()), *event, reason, version));
            return HttpResponse::Ok(ClaimToJson(c));
        });
}

}  // namespace kefu::expenses
