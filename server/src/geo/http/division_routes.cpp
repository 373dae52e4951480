#include "geo/http/division_routes.hpp"

#include "geo/geo_actions.hpp"

namespace kefu::geo {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

json DivisionToJson(const Division& d) {
    return {{"code", d.code.ToString()},
            {"parentCode", d.parent ? json(d.parent->ToString()) : json(nullptr)},
            {"level", DivisionLevelName(d.level)},
            {"kind", DivisionKindName(d.kind)},
            {"name", d.name},
            {"lat", d.point.latitude()},
            {"lng", d.point.longitude()},
            {"approximate", d.approximate},
            {"active", d.active},
            {"hasChildren", d.has_children}};
}

json PlaceToJson(const DivisionPlace& place) {
    json out = DivisionToJson(place.division);
    json ancestors = json::array();
    for (const Division& a : place.ancestors) ancestors.push_back(DivisionToJson(a));
    out["ancestors"] = std::move(ancestors);
    out["placeClass"] = PlaceClassName(place.place_class);
    return out;
}

// An optional code query parameter; INVALID_ARGUMENT naming the parameter when malformed.
Result<std::optional<DivisionCode>> QueryCode(const RequestContext& ctx, std::string_view name) {
    auto text = ctx.Query(name);
    if (!text) return std::optional<DivisionCode>();
    auto code = DivisionCode::Parse(*text);
    if (!code) {
        return Fail(Error::InvalidArgument("a division code is six digits, e.g. 370102",
                                           {{std::string(name), "invalid_value"}}));
    }
    return std::optional<DivisionCode>(*code);
}

}  // namespace

void RegisterDivisionRoutes(http::Router& router, DivisionService& divisions) {
    router.Get("/api/v1/divisions",
               RouteAccess::Requires(actions::kRead),
               [&divisions](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto parent, QueryCode(ctx, "parent"));
                   KEFU_ASSIGN_OR_RETURN(std::string text, ctx.SearchQuery());
                   json items = json::array();
                   if (!text.empty()) {
                       KEFU_ASSIGN_OR_RETURN(auto found, divisions.Search({text, parent, 20}));
                       for (const DivisionPlace& p : found) items.push_back(PlaceToJson(p));
                   } else {
                       KEFU_ASSIGN_OR_RETURN(auto children, divisions.Children(parent));
                       for (const Division& d : children) items.push_back(DivisionToJson(d));
                   }
                   return HttpResponse::Ok({{"items", items}});
               });

    router.Get("/api/v1/divisions/{code}",
               RouteAccess::Requires(actions::kRead),
               [&divisions](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto code,
                                         DivisionCode::Parse(ctx.request().matches[1].str()));
                   KEFU_ASSIGN_OR_RETURN(DivisionPlace place, divisions.Get(code));
                   return HttpResponse::Ok(PlaceToJson(place));
               });
}

}  // namespace kefu::geo
