#include "field/http/paperwork_routes.hpp"

#include "field/field_actions.hpp"
#include "field/http/field_routes.hpp"
#include "field/http/paperwork_json.hpp"
#include "jobs/http/job_routes.hpp"

namespace kefu::field {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

}  // namespace

void RegisterPaperworkRoutes(http::Router& router, PaperworkService& paperwork) {
    // Like field records: 201 signed now, 200 a replay of the same signature; 409 when the
    // document is signed already (a correction is a new version) or the id was reused.
    router.Post("/api/v1/field/signatures",
                RouteAccess::Requires(actions::kRecord),
                [&paperwork](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    SignatureInput input = ReadSignatureInput(reader);
                    KEFU_TRY(reader.FinishWith(paperwork.ValidateShape(input)));
                    KEFU_ASSIGN_OR_RETURN(SignResult result,
                                          paperwork.Sign(ctx.principal(), input));
                    return AppliedOrReplayed(SignResultToJson(result), result.replayed);
                });

    router.Post("/api/v1/field/documents/{id}/versions",
                RouteAccess::Requires(actions::kRecord),
                [&paperwork](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    const std::string reason = reader.RequiredString("reason", 200);
                    const auto version = reader.RequiredInt("version", 1, 1'000'000);
                    SignatureInput input = ReadSignatureInput(reader);
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(SignResult result,
                                          paperwork.Correct(ctx.principal(),
                                                            ctx.PathId(),
                                                            input,
                                                            reason,
                                                            static_cast<int>(version.value_or(0))));
                    return HttpResponse::Created(SignResultToJson(result));
                });

    router.Get("/api/v1/field/jobs/{id}/documents",
               RouteAccess::Requires(actions::kRead),
               [&paperwork](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto list,
                                         paperwork.ForJob(ctx.principal(), ctx.PathId()));
                   json items = json::array();
                   for (const SignedDocument& d : list) items.push_back(DocumentToJson(d));
                   return HttpResponse::Ok({{"items", std::move(items)}});
               });

    router.Get("/api/v1/field/documents/outstanding",
               RouteAccess::Requires(actions::kOversee),
               [&paperwork](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(Outstanding outstanding,
                                         paperwork.ListOutstanding(ctx.principal()));
                   return HttpResponse::Ok(OutstandingToJson(outstanding));
               });

    router.Get("/api/v1/field/documents/{id}/pdf",
               RouteAccess::Requires(actions::kRead),
               [&paperwork](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto version, ctx.QueryInt("version"));
                   if (!version || *version < 1) {
                       return Fail(Error::InvalidArgument("the version to print is required",
                                                          {{"version", "required"}}));
                   }
                   KEFU_ASSIGN_OR_RETURN(std::string pdf,
                                         paperwork.Pdf(ctx.principal(),
                                                       ctx.PathId(),
                                                       static_cast<int>(*version),
                                                       jobs::JobPageUrlPrefix(ctx)));
                   return HttpResponse::File(std::move(pdf),
                                             "application/pdf",
                                             "document-" + std::to_string(ctx.PathId()) + "-v" +
                                                 std::to_string(*version) + ".pdf");
               });

    router.Post(
        "/api/v1/field/documents/{id}/copies",
        RouteAccess::Requires(actions::kOversee),
        [&paperwork](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            const auto copy = reader.RequiredEnum("copy", kCopyNameNames);
            const auto state = reader.RequiredEnum("state", kCopyStateNames);
            const auto version = reader.RequiredInt("version", 1, 1'000'000);
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(
                SignedDocument d,
                paperwork.SetCopy(
                    ctx.principal(), ctx.PathId(), *copy, *state, static_cast<int>(*version)));
            return HttpResponse::Ok(DocumentToJson(d));
        });
}

}  // namespace kefu::field
