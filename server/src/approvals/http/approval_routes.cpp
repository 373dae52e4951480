#include "approvals/http/approval_routes.hpp"

#include "approvals/approval_actions.hpp"
#include "http/json_reader.hpp"

namespace kefu::approvals {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

json ApprovalToJson(const ApprovalRequest& r) {
    return {{"id", r.id.value()},
            {"kind", r.kind},
            {"subjectId", r.subject_id},
            {"target", r.target},
            {"summary", r.summary},
            {"reason", r.reason},
            {"status", kApprovalStatusNames.Name(r.status)},
            {"requestedBy", r.requested_by_name},
            {"requestedAt", FormatTimestamp(r.requested_at)},
            {"decidedBy", r.decided_by_name.empty() ? json(nullptr) : json(r.decided_by_name)},
            {"decidedAt", r.decided_at ? json(FormatTimestamp(*r.decided_at)) : json(nullptr)},
            {"decisionReason", r.decision_reason.empty() ? json(nullptr) : json(r.decision_reason)},
            {"version", r.version}};
}

void RegisterApprovalRoutes(http::Router& router, ApprovalService& approvals) {
    router.Get(
        "/api/v1/approvals",
        RouteAccess::Requires(actions::kRead),
        [&approvals](RequestContext& ctx) -> Result<HttpResponse> {
            ApprovalFilter filter;
            if (auto status = ctx.Query("status")) {
                filter.status = kApprovalStatusNames.Parse(*status);
                if (!filter.status) {
                    return Fail(
                        Error::InvalidArgument("unknown status", {{"status", "invalid_value"}}));
                }
            }
            KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
            KEFU_ASSIGN_OR_RETURN(auto result, approvals.List(ctx.principal(), filter, page));
            json items = json::array();
            for (const auto& r : result.items) items.push_back(ApprovalToJson(r));
            return HttpResponse::Ok({{"items", items},
                                     {"total", result.total},
                                     {"page", result.page},
                                     {"pageSize", result.page_size}});
        });

    router.Get("/api/v1/approvals/{id}",
               RouteAccess::Requires(actions::kRead),
               [&approvals](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto request,
                                         approvals.Get(ctx.principal(), ApprovalId(ctx.PathId())));
                   return HttpResponse::Ok(ApprovalToJson(request));
               });

    router.Post("/api/v1/approvals/{id}/decision",
                RouteAccess::Requires(actions::kDecide),
                [&approvals](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    Decision decision;
                    auto approve = reader.RequiredBool("approve");
                    decision.reason = reader.OptionalText("reason", 500).value_or("");
                    auto version = reader.RequiredInt("version", 1, INT32_MAX);
                    KEFU_TRY(reader.Finish());
                    decision.approve = *approve;
                    decision.version = static_cast<int>(*version);
                    KEFU_ASSIGN_OR_RETURN(
                        auto decided,
                        approvals.Decide(ctx.principal(), ApprovalId(ctx.PathId()), decision));
                    return HttpResponse::Ok(ApprovalToJson(decided));
                });
}

}  // namespace kefu::approvals
