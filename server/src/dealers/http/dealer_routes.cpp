#include "dealers/http/dealer_routes.hpp"

#include "dealers/dealer_actions.hpp"
#include "http/json_reader.hpp"

namespace kefu::dealers {

namespace {

nlohmann::json DealerToJson(const Dealer& d) {
    return {{"id", d.id.value()},
            {"name", d.name},
            {"contact", d.contact},
            {"phone", d.phone},
            {"city", d.city}};
}

}  // namespace

void RegisterDealerRoutes(http::Router& router, DealerService& dealers) {
    router.Post("/api/v1/dealers",
                http::RouteAccess::Requires(actions::kWrite),
                [&dealers](http::RequestContext& ctx) -> Result<http::HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(nlohmann::json body, ctx.Body());
                    http::JsonReader reader(body);
                    DealerInput input;
                    input.name = reader.RequiredString("name", 100);
                    input.contact = reader.RequiredString("contact", 50);
                    input.phone = reader.RequiredPhone("phone").value_or("");
                    input.city = reader.RequiredString("city", 50);
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(Dealer created, dealers.Create(ctx.principal(), input));
                    return http::HttpResponse::Created(DealerToJson(created));
                });

    router.Get("/api/v1/dealers",
               http::RouteAccess::Requires(actions::kRead),
               [&dealers](http::RequestContext& ctx) -> Result<http::HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(auto result, dealers.List(ctx.principal(), page));
                   nlohmann::json items = nlohmann::json::array();
                   for (const Dealer& d : result.items) items.push_back(DealerToJson(d));
                   return http::HttpResponse::Ok({{"items", items},
                                                  {"total", result.total},
                                                  {"page", result.page},
                                                  {"pageSize", result.page_size}});
               });
}

}  // namespace kefu::dealers
