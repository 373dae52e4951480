#include "policy/http/policy_routes.hpp"

#include "http/json_reader.hpp"
#include "policy/policy_actions.hpp"

namespace kefu::policy {
namespace {

using nlohmann::json;

json ValueToJson(const PolicyValue& v, const PolicyService& policy) {
    json out = {{"id", v.id},
                {"key", v.key},
                {"value", v.value},
                {"unit", UnitName(v.unit)},
                {"validFrom", v.valid_from.ToString()},
                {"setBy", v.set_by},
                {"reason", v.reason}};
    // A stored key no module declares any more keeps its history, read-only for everyone.
    const PolicyKeySpec* spec = policy.Spec(v.key);
    out["owner"] = kPolicyOwnerNames.Name(spec ? spec->owner : PolicyOwner::kSystem);
    out["min"] = spec ? spec->min : v.value;
    out["max"] = spec ? spec->max : v.value;
    return out;
}

}  // namespace

void RegisterPolicyRoutes(http::Router& router, PolicyService& policy, const Clock& clock) {
    router.Get("/api/v1/policies",
               http::RouteAccess::Requires(actions::kRead),
               [&policy](http::RequestContext& ctx) -> Result<http::HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto values, policy.List(ctx.principal()));
                   json out = json::array();
                   for (const auto& v : values) out.push_back(ValueToJson(v, policy));
                   return http::HttpResponse::Ok(out);
               });

    router.Post("/api/v1/policies",
                http::RouteAccess::Requires(actions::kWrite),
                [&policy, &clock](http::RequestContext& ctx) -> Result<http::HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    NewPolicyValue input;
                    input.key = reader.RequiredString("key", 100);
                    auto value = reader.RequiredInt("value");
                    input.valid_from = reader.RequiredString("validFrom", 10);
                    input.reason = reader.RequiredString("reason", 500);
                    KEFU_TRY(reader.Finish());
                    input.value = *value;
                    KEFU_ASSIGN_OR_RETURN(PolicyValue stored,
                                          policy.SetValue(ctx.principal(), input, clock.Now()));
                    return http::HttpResponse::Created(ValueToJson(stored, policy));
                });
}

}  // namespace kefu::policy
