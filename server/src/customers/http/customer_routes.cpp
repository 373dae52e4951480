#include "customers/http/customer_routes.hpp"

#include "customers/customer_actions.hpp"
#include "http/json_reader.hpp"
#include "platform/contact_rules.hpp"

namespace kefu::customers {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

template <class T, class F>
json PageJson(const Page<T>& page, F&& to_json) {
    json items = json::array();
    for (const T& item : page.items) items.push_back(to_json(item));
    return {{"items", std::move(items)},
            {"total", page.total},
            {"page", page.page},
            {"pageSize", page.page_size}};
}

// An update replaces the record, so it must list the contacts it keeps (maybe none); a new
// customer without contacts simply has none.
CustomerFields ReadCustomer(http::JsonReader& reader, bool contacts_required) {
    CustomerFields f;
    f.kind = reader.RequiredEnum("kind", kCustomerKindNames);
    f.name = reader.RequiredString("name", limits::kNameMax);
    f.phone = reader.OptionalPhone("phone");
    f.notes = reader.OptionalText("notes", limits::kNotesMax).value_or("");
    reader.Array(
        "contacts", contacts_required, kMaxContacts, [&f](http::JsonReader& item, std::size_t) {
            CustomerContact c;
            c.id = item.OptionalId("id").value_or(0);
            c.name = item.RequiredString("name", kContactNameMax);
            c.phone = item.RequiredPhone("phone").value_or("");
            c.title = item.OptionalString("title", kContactTitleMax).value_or("");
            f.contacts.push_back(std::move(c));
        });
    return f;
}

SiteFields ReadSite(http::JsonReader& reader) {
    SiteFields f;
    if (auto id = reader.OptionalId("customerId")) f.customer_id = CustomerId(*id);
    if (auto id = reader.OptionalId("dealerId")) f.dealer_id = DealerId(*id);
    // The code's format is the service's to judge, with the site's other rules.
    f.division_code = reader.OptionalString("divisionCode", 20).value_or("");
    f.street = reader.RequiredString("street", site_limits::kStreetMax);
    f.lat_e6 = reader.OptionalInt("latE6");
    f.lng_e6 = reader.OptionalInt("lngE6");
    f.floor = reader.OptionalInt("floor");
    f.has_lift = reader.OptionalBool("hasLift");
    f.access_notes = reader.OptionalText("accessNotes", site_limits::kAccessNotesMax);
    if (f.access_notes && f.access_notes->empty()) f.access_notes.reset();
    return f;
}

Result<CustomerFilter> ReadCustomerFilter(const RequestContext& ctx) {
    CustomerFilter filter;
    KEFU_ASSIGN_OR_RETURN(filter.query, ctx.SearchQuery());
    if (auto kind = ctx.Query("kind")) {
        filter.kind = kCustomerKindNames.Parse(*kind);
        if (!filter.kind) {
            return Fail(Error::InvalidArgument("unknown kind", {{"kind", "invalid_value"}}));
        }
    }
    return filter;
}

Result<SiteFilter> ReadSiteFilter(const RequestContext& ctx) {
    SiteFilter filter;
    KEFU_ASSIGN_OR_RETURN(auto customer, ctx.QueryInt("customerId"));
    KEFU_ASSIGN_OR_RETURN(auto dealer, ctx.QueryInt("dealerId"));
    if (customer) filter.customer_id = CustomerId(*customer);
    if (dealer) filter.dealer_id = DealerId(*dealer);
    return filter;
}

}  // namespace

json CustomerToJson(const Customer& c) {
    json contacts = json::array();
    for (const CustomerContact& p : c.contacts) {
        contacts.push_back(
            {{"id", p.id}, {"name", p.name}, {"phone", p.phone}, {"title", p.title}});
    }
    return {{"id", c.id.value()},
            {"kind", CustomerKindName(c.kind)},
            {"name", c.name},
            {"phone", c.phone ? json(*c.phone) : json(nullptr)},
            {"notes", c.notes},
            {"contacts", std::move(contacts)},
            {"version", c.version}};
}

json SiteToJson(const LocatedSite& located) {
    const Site& s = located.site;
    const auto code = geo::DivisionCode::FromNumber(s.division_code);
    return {{"id", s.id.value()},
            {"customerId", s.customer_id ? json(s.customer_id->value()) : json(nullptr)},
            {"dealerId", s.dealer_id ? json(s.dealer_id->value()) : json(nullptr)},
            {"divisionCode", code ? code->ToString() : std::to_string(s.division_code)},
            {"divisionName", located.division_name},
            {"placeClass", geo::PlaceClassName(located.place_class)},
            {"local", located.local},
            {"street", s.street},
            {"latE6", s.lat_e6},
            {"lngE6", s.lng_e6},
            {"approximate", s.approximate},
            {"floor", s.floor ? json(*s.floor) : json(nullptr)},
            {"hasLift", s.has_lift ? json(*s.has_lift) : json(nullptr)},
            {"accessNotes", s.access_notes ? json(*s.access_notes) : json(nullptr)},
            {"version", s.version}};
}

void RegisterCustomerRoutes(http::Router& router, CustomerService& customers, SiteService& sites) {
    router.Get("/api/v1/customers",
               RouteAccess::Requires(actions::kRead),
               [&customers](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(CustomerFilter filter, ReadCustomerFilter(ctx));
                   KEFU_ASSIGN_OR_RETURN(auto result,
                                         customers.List(ctx.principal(), filter, page));
                   return HttpResponse::Ok(PageJson(result, CustomerToJson));
               });

    router.Post("/api/v1/customers",
                RouteAccess::Requires(actions::kWrite),
                [&customers](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    CustomerFields fields = ReadCustomer(reader, /*contacts_required=*/false);
                    KEFU_TRY(reader.FinishWith(customers.ValidateFields(fields)));
                    KEFU_ASSIGN_OR_RETURN(Customer created,
                                          customers.Create(ctx.principal(), fields));
                    return HttpResponse::Created(CustomerToJson(created));
                });

    router.Get("/api/v1/customers/{id}",
               RouteAccess::Requires(actions::kRead),
               [&customers](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(Customer c,
                                         customers.Get(ctx.principal(), CustomerId(ctx.PathId())));
                   return HttpResponse::Ok(CustomerToJson(c));
               });

    router.Put(
        "/api/v1/customers/{id}",
        RouteAccess::Requires(actions::kWrite),
        [&customers](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            CustomerFields fields = ReadCustomer(reader, /*contacts_required=*/true);
            auto version = reader.RequiredInt("version", 1, INT32_MAX);
            KEFU_TRY(reader.FinishWith(customers.ValidateFields(fields)));
            KEFU_ASSIGN_OR_RETURN(
                Customer updated,
                customers.Update(
                    ctx.principal(), CustomerId(ctx.PathId()), fields, static_cast<int>(*version)));
            return HttpResponse::Ok(CustomerToJson(updated));
        });

    router.Get("/api/v1/sites",
               RouteAccess::Requires(actions::kSiteRead),
               [&sites](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(SiteFilter filter, ReadSiteFilter(ctx));
                   KEFU_ASSIGN_OR_RETURN(auto result, sites.List(ctx.principal(), filter, page));
                   return HttpResponse::Ok(PageJson(result, SiteToJson));
               });

    router.Post("/api/v1/sites",
                RouteAccess::Requires(actions::kSiteWrite),
                [&sites](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    SiteFields fields = ReadSite(reader);
                    KEFU_TRY(reader.FinishWith(sites.ValidateFields(ctx.principal(), fields)));
                    KEFU_ASSIGN_OR_RETURN(LocatedSite created,
                                          sites.Create(ctx.principal(), fields));
                    return HttpResponse::Created(SiteToJson(created));
                });

    router.Get("/api/v1/sites/{id}",
               RouteAccess::Requires(actions::kSiteRead),
               [&sites](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(LocatedSite s,
                                         sites.Get(ctx.principal(), SiteId(ctx.PathId())));
                   return HttpResponse::Ok(SiteToJson(s));
               });

    router.Put(
        "/api/v1/sites/{id}",
        RouteAccess::Requires(actions::kSiteWrite),
        [&sites](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            SiteFields fields = ReadSite(reader);
            auto version = reader.RequiredInt("version", 1, INT32_MAX);
            KEFU_TRY(reader.FinishWith(sites.ValidateFields(ctx.principal(), fields)));
            KEFU_ASSIGN_OR_RETURN(
                LocatedSite updated,
                sites.Update(
                    ctx.principal(), SiteId(ctx.PathId()), fields, static_cast<int>(*version)));
            return HttpResponse::Ok(SiteToJson(updated));
        });
}

}  // namespace kefu::customers
