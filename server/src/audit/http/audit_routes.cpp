#include "audit/http/audit_routes.hpp"

#include "audit/audit_actions.hpp"

namespace kefu::audit {
namespace {

using nlohmann::json;

// Stored snapshots are JSON we wrote ourselves; a damaged one is shown as text, not dropped.
json ParseSnapshot(const std::optional<std::string>& text) {
    if (!text) return nullptr;
    json parsed = json::parse(*text, nullptr, false);
    if (parsed.is_discarded()) return json{{"raw", *text}};
    return parsed;
}

json EntryToJson(const AuditEntry& e) {
    return {{"id", e.id},
            {"at", FormatTimestamp(e.at)},
            {"userId", e.user_id ? json(e.user_id->value()) : json(nullptr)},
            {"username", e.username ? json(*e.username) : json(nullptr)},
            {"displayName", e.display_name ? json(*e.display_name) : json(nullptr)},
            {"entity", e.entity},
            {"entityId", e.entity_id},
            {"action", e.action},
            {"before", ParseSnapshot(e.before_json)},
            {"after", ParseSnapshot(e.after_json)}};
}

Result<AuditFilter> ReadFilter(const http::RequestContext& ctx) {
    AuditFilter filter;
    Violations v;
    filter.entity = ctx.Query("entity");
    filter.action = ctx.Query("action");
    filter.entity_id = ctx.Query("entityId");
    auto user = ctx.QueryInt("userId");
    if (!user) {
        v.Add("userId", "invalid_value");
    } else if (*user) {
        filter.user_id = UserId(**user);
    }
    for (const char* name : {"from", "to"}) {
        if (auto text = ctx.Query(name)) {
            auto date = Date::Parse(*text);
            if (!date) v.Add(name, "invalid_date");
            (std::string_view(name) == "from" ? filter.from : filter.to) = date;
        }
    }
    KEFU_TRY(v.ToResult());
    return filter;
}

}  // namespace

void RegisterAuditRoutes(http::Router& router, AuditLog& audit) {
    router.Get("/api/v1/audit/events",
               http::RouteAccess::Requires(actions::kRead),
               [&audit](http::RequestContext&) -> Result<http::HttpResponse> {
                   json out = json::array();
                   for (const AuditEvent& e : audit.declared_events()) {
                       out.push_back({{"entity", e.entity}, {"action", e.action}});
                   }
                   return http::HttpResponse::Ok(out);
               });

    router.Get("/api/v1/audit",
               http::RouteAccess::Requires(actions::kRead),
               [&audit](http::RequestContext& ctx) -> Result<http::HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(AuditFilter filter, ReadFilter(ctx));
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(auto result, audit.List(ctx.principal(), filter, page));
                   json items = json::array();
                   for (const auto& e : result.items) items.push_back(EntryToJson(e));
                   return http::HttpResponse::Ok({{"items", items},
                                                  {"total", result.total},
                                                  {"page", result.page},
                                                  {"pageSize", result.page_size}});
               });
}

}  // namespace kefu::audit
