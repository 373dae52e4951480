#include "field/http/field_routes.hpp"

#include "field/field_actions.hpp"
#include "field/http/field_json.hpp"

namespace kefu::field {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

}  // namespace

void RegisterFieldRoutes(http::Router& router, FieldService& field) {
    // 201 for a record applied (or kept as a conflict) now, 200 for a replay: the phone's outbox
    // drops the item either way; a 4xx other than 409 id reused means the record is refused.
    router.Post("/api/v1/field/records",
                RouteAccess::Requires(actions::kRecord),
                [&field](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    RecordInput input = ReadRecordInput(reader);
                    KEFU_TRY(reader.FinishWith(field.ValidateShape(input)));
                    KEFU_ASSIGN_OR_RETURN(RecordResult result,
                                          field.Record(ctx.principal(), input));
                    return AppliedOrReplayed(RecordResultToJson(result), result.replayed);
                });

    // The phone's download (R-FLD-10).
    router.Get("/api/v1/field/my-jobs",
               RouteAccess::Requires(actions::kRecord),
               [&field](RequestContext& ctx) -> Result<HttpResponse> {
                   Violations v;
                   std::optional<Date> from;
                   std::optional<Date> to;
                   for (const char* name : {"from", "to"}) {
                       auto text = ctx.Query(name);
                       if (!text) continue;
                       auto date = Date::Parse(*text);
                       if (!date) v.Add(name, "invalid_date");
                       (std::string_view(name) == "from" ? from : to) = date;
                   }
                   KEFU_TRY(v.ToResult());
                   KEFU_ASSIGN_OR_RETURN(auto list, field.MyJobs(ctx.principal(), from, to));
                   json items = json::array();
                   for (const FieldJob& j : list) items.push_back(FieldJobToJson(j));
                   return HttpResponse::Ok({{"items", std::move(items)}});
               });

    router.Get("/api/v1/field/jobs/{id}",
               RouteAccess::Requires(actions::kRead),
               [&field](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(JobFieldWork work,
                                         field.ForJob(ctx.principal(), ctx.PathId()));
                   json records = json::array();
                   for (const FieldRecord& r : work.records) records.push_back(RecordToJson(r));
                   json incidents = json::array();
                   for (const Incident& i : work.incidents) incidents.push_back(IncidentToJson(i));
                   json photos = json::array();
                   for (const FieldPhoto& p : work.photos) photos.push_back(PhotoToJson(p));
                   return HttpResponse::Ok({{"records", std::move(records)},
                                            {"incidents", std::move(incidents)},
                                            {"photos", std::move(photos)}});
               });

    // Like records: 201 stored now, 200 the same photo again; 400 for what is not a photo.
    router.Post("/api/v1/field/photos",
                RouteAccess::Requires(actions::kRecord),
                [&field](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    const PhotoInput input = ReadPhotoInput(reader);
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(PhotoResult result,
                                          field.AddPhoto(ctx.principal(), input));
                    return AppliedOrReplayed(
                        {{"photo", PhotoToJson(result.photo)}, {"replayed", result.replayed}},
                        result.replayed);
                });

    router.Get(
        "/api/v1/field/photos/{id}",
        RouteAccess::Requires(actions::kRead),
        [&field](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(FieldPhoto photo, field.Photo(ctx.principal(), ctx.PathId()));
            return HttpResponse::File(
                std::move(photo.jpeg), "image/jpeg", "photo-" + std::to_string(photo.id) + ".jpg");
        });

    router.Get("/api/v1/field/incidents",
               RouteAccess::Requires(actions::kOversee),
               [&field](RequestContext& ctx) -> Result<HttpResponse> {
                   const auto status = ctx.Query("status");
                   if (status && *status != "open" && *status != "all") {
                       return Fail(Error::InvalidArgument("status is open or all",
                                                          {{"status", "invalid_value"}}));
                   }
                   const bool open_only = !status || *status == "open";
                   KEFU_ASSIGN_OR_RETURN(auto list, field.Incidents(ctx.principal(), open_only));
                   json items = json::array();
                   for (const Incident& i : list) items.push_back(IncidentToJson(i));
                   return HttpResponse::Ok({{"items", std::move(items)}});
               });

    router.Post("/api/v1/field/incidents/{id}/resolution",
                RouteAccess::Requires(actions::kResolve),
                [&field](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    const std::string resolution = reader.RequiredString("resolution", 500);
                    const auto version = reader.RequiredInt("version", 1, 1'000'000);
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(Incident resolved,
                                          field.Resolve(ctx.principal(),
                                                        ctx.PathId(),
                                                        resolution,
                                                        static_cast<int>(version.value_or(0))));
                    return HttpResponse::Ok(IncidentToJson(resolved));
                });

    router.Get("/api/v1/field/conflicts",
               RouteAccess::Requires(actions::kOversee),
               [&field](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto list, field.Conflicts(ctx.principal()));
                   json items = json::array();
                   for (const FieldRecord& r : list) items.push_back(RecordToJson(r));
                   return HttpResponse::Ok({{"items", std::move(items)}});
               });
}

}  // namespace kefu::field
