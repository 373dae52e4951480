#include "catalog/http/product_routes.hpp"

#include "catalog/catalog_actions.hpp"
#include "http/json_reader.hpp"

namespace kefu::catalog {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

// Presence and types are the reader's; ranges and cross-field rules the service's, so a bad
// request gets every problem in one answer (FinishWith).
ProductFields ReadFields(http::JsonReader& reader, bool active_required) {
    ProductFields f;
    f.model = reader.RequiredString("model", limits::kModelMax);
    f.name = reader.RequiredString("name", limits::kNameMax);
    f.series = reader.OptionalString("series", limits::kSeriesMax).value_or("");
    f.pieces_per_unit = reader.RequiredInt("piecesPerUnit").value_or(0);
    f.volume_l = reader.RequiredInt("volumeL").value_or(0);
    f.weight_g = reader.RequiredInt("weightG").value_or(0);
    f.install_minutes_per_unit = reader.RequiredInt("installMinutesPerUnit").value_or(0);
    f.installers_needed = reader.RequiredInt("installersNeeded").value_or(0);
    // An empty cell in an imported sheet means "no skill", as an absent one does.
    auto skill = reader.OptionalString("skill", limits::kSkillMax);
    if (skill && !skill->empty()) f.skill = std::move(skill);
    f.active = (active_required ? reader.RequiredBool("active") : reader.OptionalBool("active"))
                   .value_or(true);
    return f;
}

Result<ProductFilter> ReadFilter(const RequestContext& ctx) {
    ProductFilter filter;
    KEFU_ASSIGN_OR_RETURN(filter.query, ctx.SearchQuery());
    Violations v;
    if (auto series = ctx.Query("series")) {
        if (http::CharCount(*series) > limits::kSeriesMax) v.Add("series", "too_long");
        filter.series = *series;
    }
    if (auto active = ctx.Query("active")) {
        if (*active == "true") {
            filter.active = true;
        } else if (*active == "false") {
            filter.active = false;
        } else {
            v.Add("active", "invalid_value");
        }
    }
    KEFU_TRY(v.ToResult());
    return filter;
}

}  // namespace

json ProductToJson(const Product& p) {
    return {{"id", p.id.value()},
            {"model", p.model},
            {"name", p.name},
            {"series", p.series},
            {"piecesPerUnit", p.pieces_per_unit},
            {"volumeL", p.volume_l},
            {"weightG", p.weight_g},
            {"installMinutesPerUnit", p.install_minutes_per_unit},
            {"installersNeeded", p.installers_needed},
            {"skill", p.skill ? json(*p.skill) : json(nullptr)},
            {"active", p.active},
            {"version", p.version}};
}

void RegisterProductRoutes(http::Router& router, ProductService& products) {
    router.Get("/api/v1/products",
               RouteAccess::Requires(actions::kRead),
               [&products](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(ProductFilter filter, ReadFilter(ctx));
                   KEFU_ASSIGN_OR_RETURN(auto result, products.List(ctx.principal(), filter, page));
                   json items = json::array();
                   for (const Product& p : result.items) items.push_back(ProductToJson(p));
                   return HttpResponse::Ok({{"items", std::move(items)},
                                            {"total", result.total},
                                            {"page", result.page},
                                            {"pageSize", result.page_size}});
               });

    router.Post("/api/v1/products",
                RouteAccess::Requires(actions::kWrite),
                [&products](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    ProductFields fields = ReadFields(reader, /*active_required=*/false);
                    KEFU_TRY(reader.FinishWith(products.ValidateFields(fields)));
                    KEFU_ASSIGN_OR_RETURN(Product created,
                                          products.Create(ctx.principal(), fields));
                    return HttpResponse::Created(ProductToJson(created));
                });

    router.Post(
        "/api/v1/products/import",
        RouteAccess::Requires(actions::kWrite),
        [&products](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            std::vector<ProductFields> rows;
            reader.Array(
                "rows", true, limits::kImportRowsMax, [&rows](http::JsonReader& row, std::size_t) {
                    rows.push_back(ReadFields(row, /*active_required=*/false));
                });
            // A malformed body still gets the rows' other problems (duplicates too),
            // when every row was an object and so kept its index.
            const json* sent = body.contains("rows") ? &body["rows"] : nullptr;
            const bool every_row_read =
                sent != nullptr && sent->is_array() && sent->size() == rows.size();
            if (!reader.violations().empty() && every_row_read) {
                KEFU_TRY(reader.FinishWith(products.ValidateImport(ctx.principal(), rows)));
            }
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(ImportOutcome outcome, products.Import(ctx.principal(), rows));
            return HttpResponse::Ok({{"created", outcome.created},
                                     {"updated", outcome.updated},
                                     {"unchanged", outcome.unchanged}});
        });

    router.Get("/api/v1/products/{id}",
               RouteAccess::Requires(actions::kRead),
               [&products](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(Product p,
                                         products.Get(ctx.principal(), ProductId(ctx.PathId())));
                   return HttpResponse::Ok(ProductToJson(p));
               });

    router.Put(
        "/api/v1/products/{id}",
        RouteAccess::Requires(actions::kWrite),
        [&products](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            ProductFields fields = ReadFields(reader, /*active_required=*/true);
            auto version = reader.RequiredInt("version", 1, INT32_MAX);
            KEFU_TRY(reader.FinishWith(products.ValidateFields(fields)));
            KEFU_ASSIGN_OR_RETURN(
                Product updated,
                products.Update(
                    ctx.principal(), ProductId(ctx.PathId()), fields, static_cast<int>(*version)));
            return HttpResponse::Ok(ProductToJson(updated));
        });
}

}  // namespace kefu::catalog
