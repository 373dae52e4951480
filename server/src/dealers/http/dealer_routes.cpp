#include "dealers/http/dealer_routes.hpp"

namespace kefu::dealers {

void RegisterDealerRoutes(http::Router& router, DealerService& dealers) {
    router.Get("/api/v1/dealers",
               http::Access::kSession,
               [&dealers](http::RequestContext& ctx) -> Result<http::HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(auto result, dealers.List(ctx.principal(), page));
                   nlohmann::json items = nlohmann::json::array();
                   for (const Dealer& d : result.items) {
                       items.push_back({{"id", d.id.value()},
                                        {"name", d.name},
                                        {"contact", d.contact},
                                        {"phone", d.phone},
                                        {"city", d.city}});
                   }
                   return http::HttpResponse::Ok({{"items", items},
                                                  {"total", result.total},
                                                  {"page", result.page},
                                                  {"pageSize", result.page_size}});
               });
}

}  // namespace kefu::dealers
