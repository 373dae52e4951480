#include "catalog/http/series_warranty_routes.hpp"

#include "catalog/catalog_actions.hpp"
#include "http/json_reader.hpp"

namespace kefu::catalog {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

// Presence and types are the reader's; the bounds the rule's (one answer with every problem).
NewSeriesWarranty ReadNewWarranty(http::JsonReader& reader) {
    NewSeriesWarranty in;
    in.series = reader.RequiredString("series", limits::kSeriesMax * 4);
    in.valid_from = reader.RequiredDate("validFrom").value_or(Date());
    in.months = static_cast<int>(reader.RequiredInt("months", -1'000'000, 1'000'000).value_or(0));
    in.content = reader.OptionalText("content", kWarrantyContentMax * 4).value_or("");
    in.reason = reader.OptionalText("reason", kWarrantyReasonMax * 4).value_or("");
    return in;
}

}  // namespace

json SeriesWarrantyToJson(const SeriesWarranty& w) {
    return {{"id", w.id},
            {"series", w.series},
            {"validFrom", w.valid_from.ToString()},
            {"months", w.months},
            {"content", w.content},
            {"reason", w.reason},
            {"setByName", w.set_by_name},
            {"setAt", FormatTimestamp(w.set_at)}};
}

void RegisterSeriesWarrantyRoutes(http::Router& router, SeriesWarrantyService& warranties) {
    router.Get("/api/v1/product-series/warranties",
               RouteAccess::Requires(actions::kRead),
               [&warranties](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(SeriesWarranties all, warranties.List(ctx.principal()));
                   json items = json::array();
                   for (const SeriesWarranty& w : all.versions)
                       items.push_back(SeriesWarrantyToJson(w));
                   return HttpResponse::Ok({{"series", all.series}, {"items", std::move(items)}});
               });

    router.Post("/api/v1/product-series/warranties",
                RouteAccess::Requires(actions::kWrite),
                [&warranties](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    const NewSeriesWarranty input = ReadNewWarranty(reader);
                    KEFU_TRY(reader.FinishWith(warranties.Validate(input)));
                    KEFU_ASSIGN_OR_RETURN(SeriesWarranty stored,
                                          warranties.Set(ctx.principal(), input));
                    return HttpResponse::Created(SeriesWarrantyToJson(stored));
                });
}

}  // namespace kefu::catalog
