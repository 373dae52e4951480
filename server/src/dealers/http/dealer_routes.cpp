#include "dealers/http/dealer_routes.hpp"

#include "dealers/dealer_actions.hpp"
#include "http/json_reader.hpp"
#include "platform/contact_rules.hpp"

namespace kefu::dealers {

namespace {

using nlohmann::json;

json ContactsToJson(const std::vector<DealerContact>& contacts) {
    json out = json::array();
    for (const DealerContact& c : contacts) {
        out.push_back({{"id", c.id}, {"name", c.name}, {"phone", c.phone}, {"title", c.title}});
    }
    return out;
}

json DealerToJson(const Dealer& d) {
    return {{"id", d.id.value()},
            {"name", d.name},
            {"contact", d.contact},
            {"phone", d.phone},
            {"city", d.city},
            {"contacts", ContactsToJson(d.contacts)},
            {"version", d.version}};
}

json DealerContactsToJson(const Dealer& d) {
    return {{"dealerId", d.id.value()},
            {"contacts", ContactsToJson(d.contacts)},
            {"version", d.version}};
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

    router.Get("/api/v1/dealers/{id}",
               http::RouteAccess::Requires(actions::kRead),
               [&dealers](http::RequestContext& ctx) -> Result<http::HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(Dealer d,
                                         dealers.Get(ctx.principal(), DealerId(ctx.PathId())));
                   return http::HttpResponse::Ok(DealerToJson(d));
               });

    router.Get("/api/v1/dealers/{id}/contacts",
               http::RouteAccess::Requires(actions::kRead),
               [&dealers](http::RequestContext& ctx) -> Result<http::HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(Dealer d,
                                         dealers.Get(ctx.principal(), DealerId(ctx.PathId())));
                   return http::HttpResponse::Ok(DealerContactsToJson(d));
               });

    router.Put(
        "/api/v1/dealers/{id}/contacts",
        http::RouteAccess::Requires(actions::kWrite),
        [&dealers](http::RequestContext& ctx) -> Result<http::HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(nlohmann::json body, ctx.Body());
            http::JsonReader reader(body);
            std::vector<DealerContact> contacts;
            reader.Array("contacts", true, kMaxContacts, [&](http::JsonReader& item, std::size_t) {
                DealerContact c;
                c.id = item.OptionalId("id").value_or(0);
                c.name = item.RequiredString("name", kContactNameMax);
                c.phone = item.RequiredPhone("phone").value_or("");
                c.title = item.OptionalString("title", kContactTitleMax).value_or("");
                contacts.push_back(std::move(c));
            });
            auto version = reader.RequiredInt("version", 1, INT32_MAX);
            KEFU_TRY(reader.FinishWith(DealerService::ValidateContacts(contacts)));
            KEFU_ASSIGN_OR_RETURN(
                Dealer d,
                dealers.SetContacts(
                    ctx.principal(), DealerId(ctx.PathId()), static_cast<int>(*version), contacts));
            return http::HttpResponse::Ok(DealerContactsToJson(d));
        });
}

}  // namespace kefu::dealers
