#include "staff/http/leave_routes.hpp"

#include "http/json_reader.hpp"
#include "http/query_date.hpp"
#include "staff/staff_actions.hpp"

namespace kefu::staff {
namespace {

using http::HttpResponse;
using http::QueryDate;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

json ListJson(const std::vector<LeaveRecord>& records) {
    json items = json::array();
    for (const LeaveRecord& r : records) items.push_back(LeaveToJson(r));
    return {{"items", std::move(items)}};
}

}  // namespace

json LeaveToJson(const LeaveRecord& r) {
    return {{"id", r.id.value()},
            {"staffId", r.staff_id.value()},
            {"staffName", r.staff_name},
            {"from", r.from.ToString()},
            {"to", r.to.ToString()},
            {"kind", LeaveKindName(r.kind)},
            {"note", r.note}};
}

void RegisterLeaveRoutes(http::Router& router, LeaveService& leave, const Clock& clock) {
    router.Get("/api/v1/staff/{id}/leave",
               RouteAccess::Requires(actions::kLeaveRead),
               [&leave](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(
                       auto records, leave.ListForStaff(ctx.principal(), StaffId(ctx.PathId())));
                   return HttpResponse::Ok(ListJson(records));
               });

    router.Post(
        "/api/v1/staff/{id}/leave",
        RouteAccess::Requires(actions::kLeaveWrite),
        [&leave](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            auto from = reader.RequiredDate("from");
            auto to = reader.RequiredDate("to");
            auto kind = reader.RequiredEnum("kind", kLeaveKindNames);
            const std::string note = reader.OptionalText("note", kLeaveNoteMax).value_or("");
            std::optional<LeaveInput> input;
            if (from && to && kind) input = LeaveInput{*from, *to, *kind, note};
            KEFU_TRY(reader.FinishWith(input ? leave.Validate(*input) : Result<void>{}));
            KEFU_ASSIGN_OR_RETURN(LeaveRecord stored,
                                  leave.Record(ctx.principal(), StaffId(ctx.PathId()), *input));
            return HttpResponse::Created(LeaveToJson(stored));
        });

    router.Delete(
        "/api/v1/staff/{id}/leave/{leaveId}",
        RouteAccess::Requires(actions::kLeaveWrite),
        [&leave](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_TRY(leave.Delete(ctx.principal(), StaffId(ctx.PathId(0)), LeaveId(ctx.PathId(1))));
            return HttpResponse::NoContent();
        });

    router.Get("/api/v1/leave",
               RouteAccess::Requires(actions::kLeaveRead),
               [&leave, &clock](RequestContext& ctx) -> Result<HttpResponse> {
                   const Date today = clock.Today();
                   KEFU_ASSIGN_OR_RETURN(Date from, QueryDate(ctx, "from", today));
                   KEFU_ASSIGN_OR_RETURN(Date to, QueryDate(ctx, "to", from));
                   KEFU_ASSIGN_OR_RETURN(auto records,
                                         leave.ListBetween(ctx.principal(), from, to));
                   return HttpResponse::Ok(ListJson(records));
               });
}

}  // namespace kefu::staff
