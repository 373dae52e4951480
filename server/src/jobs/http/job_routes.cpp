#include "jobs/http/job_routes.hpp"

#include "http/json_reader.hpp"
#include "jobs/http/job_json.hpp"
#include "jobs/job_actions.hpp"

namespace kefu::jobs {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

Result<JobFilter> ReadFilter(const RequestContext& ctx) {
    JobFilter f;
    KEFU_ASSIGN_OR_RETURN(f.query, ctx.SearchQuery());
    Violations v;
    if (auto statuses = ctx.Query("status")) {
        std::string_view rest = *statuses;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            auto status = kJobStatusNames.Parse(rest.substr(0, comma));
            if (status) {
                f.statuses.push_back(*status);
            } else {
                v.Add("status", "invalid_value");
            }
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
    }
    if (auto kind = ctx.Query("kind")) {
        f.kind = kJobKindNames.Parse(*kind);
        if (!f.kind) v.Add("kind", "invalid_value");
    }
    for (const char* name : {"from", "to"}) {
        if (auto text = ctx.Query(name)) {
            auto date = Date::Parse(*text);
            if (!date) v.Add(name, "invalid_date");
            (std::string_view(name) == "from" ? f.from : f.to) = date;
        }
    }
    if (auto flag = ctx.Query("flag")) {
        f.flag = kJobFlagNames.Parse(*flag);
        if (!f.flag) v.Add("flag", "invalid_value");
    }
    auto dealer = ctx.QueryInt("dealerId");
    if (!dealer) {
        v.Add("dealerId", "invalid_value");
    } else if (*dealer) {
        f.dealer = DealerId(**dealer);
    }
    auto division = ctx.QueryInt("division");
    if (!division || (*division && (**division < 110000 || **division > 829999))) {
        v.Add("division", "invalid_value");
    } else if (*division) {
        f.division = static_cast<std::int32_t>(**division);
    }
    KEFU_TRY(v.ToResult());
    return f;
}

NewJob ReadNewJob(http::JsonReader& reader) {
    NewJob job;
    job.kind = reader.RequiredEnum("kind", kJobKindNames).value_or(JobKind::kOther);
    job.customer_id = reader.OptionalId("customerId");
    if (auto dealer = reader.OptionalId("dealerId")) job.dealer_id = DealerId(*dealer);
    job.site_id = reader.RequiredId("siteId").value_or(0);
    job.contact_name = reader.RequiredString("contactName", 50);
    job.contact_phone = reader.RequiredPhone("contactPhone").value_or("");
    job.requested_date = reader.RequiredDate("requestedDate").value_or(Date());
    job.window.start = reader.RequiredTimeOfDay("windowStart").value_or(0);
    job.window.end = reader.RequiredTimeOfDay("windowEnd").value_or(0);
    job.priority = reader.OptionalEnum("priority", kPriorityNames).value_or(Priority::kNormal);
    job.source_document = reader.OptionalString("sourceDocument", 50).value_or("");
    job.notes = reader.OptionalText("notes", 2000).value_or("");
    if (auto original = reader.OptionalId("originalJobId")) job.original_job = JobId(*original);
    if (auto crew = reader.OptionalInt("crewRequested", 1, 50)) {
        job.crew_requested = static_cast<int>(*crew);
    }
    reader.Array("items", false, 200, [&](http::JsonReader& item, std::size_t) {
        NewJob::Item line;
        line.product_id = item.RequiredId("productId").value_or(0);
        line.quantity = static_cast<int>(item.RequiredInt("quantity", 1, 100'000).value_or(0));
        if (auto pieces = item.OptionalInt("pieces", 0, 1'000'000)) {
            line.pieces = static_cast<int>(*pieces);
        }
        job.items.push_back(line);
    });
    return job;
}

// Spreadsheets rarely say when: a row without a window means the working day.
constexpr int kDayStart = 9 * 60;
constexpr int kDayEnd = 17 * 60;

ImportRow ReadImportRow(http::JsonReader& reader) {
    ImportRow row;
    NewJob& job = row.job;
    job.kind = reader.RequiredEnum("kind", kJobKindNames).value_or(JobKind::kOther);
    row.customer_name = reader.OptionalString("customerName", 100).value_or("");
    row.dealer_name = reader.OptionalString("dealerName", 100).value_or("");
    row.site_street = reader.OptionalString("siteStreet", 200).value_or("");
    job.contact_name = reader.RequiredString("contactName", 50);
    job.contact_phone = reader.RequiredPhone("contactPhone").value_or("");
    job.requested_date = reader.RequiredDate("requestedDate").value_or(Date());
    job.window.start = reader.OptionalTimeOfDay("windowStart").value_or(kDayStart);
    job.window.end = reader.OptionalTimeOfDay("windowEnd").value_or(kDayEnd);
    job.priority = reader.OptionalEnum("priority", kPriorityNames).value_or(Priority::kNormal);
    job.source_document = reader.OptionalString("sourceDocument", 50).value_or("");
    job.notes = reader.OptionalText("notes", 2000).value_or("");
    reader.Array("items", false, 200, [&](http::JsonReader& item, std::size_t) {
        row.models.push_back(item.RequiredString("model", 50));
        NewJob::Item line;
        line.quantity = static_cast<int>(item.RequiredInt("quantity", 1, 100'000).value_or(0));
        job.items.push_back(line);
    });
    return row;
}

}  // namespace

std::string JobPageUrlPrefix(const http::RequestContext& ctx) {
    const std::string host = ctx.request().get_header_value("Host");
    return "http://" + (host.empty() ? std::string("127.0.0.1") : host) + "/jobs/";
}

void RegisterJobRoutes(http::Router& router, JobService& jobs) {
    router.Get("/api/v1/jobs",
               RouteAccess::Requires(actions::kRead),
               [&jobs](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(JobFilter filter, ReadFilter(ctx));
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(auto result, jobs.List(ctx.principal(), filter, page));
                   json items = json::array();
                   for (const Job& j : result.items) items.push_back(JobToJson(j));
                   return HttpResponse::Ok({{"items", items},
                                            {"total", result.total},
                                            {"page", result.page},
                                            {"pageSize", result.page_size}});
               });

    router.Post("/api/v1/jobs",
                RouteAccess::Requires(actions::kCreate),
                [&jobs](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    NewJob input = ReadNewJob(reader);
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(Job job, jobs.Create(ctx.principal(), input));
                    return HttpResponse::Created(JobToJson(job));
                });

    router.Get("/api/v1/jobs/days",
               RouteAccess::Requires(actions::kReadAll),
               [&jobs](RequestContext& ctx) -> Result<HttpResponse> {
                   Violations v;
                   std::optional<Date> from;
                   std::optional<Date> to;
                   for (const char* name : {"from", "to"}) {
                       auto text = ctx.Query(name);
                       auto date = text ? Date::Parse(*text) : std::nullopt;
                       if (!date) v.Add(name, text ? "invalid_date" : "required");
                       (std::string_view(name) == "from" ? from : to) = date;
                   }
                   KEFU_TRY(v.ToResult());
                   KEFU_ASSIGN_OR_RETURN(auto counts, jobs.CountByDay(ctx.principal(), *from, *to));
                   json items = json::array();
                   for (const DayCount& c : counts) {
                       items.push_back({{"date", c.day.ToString()},
                                        {"status", kJobStatusNames.Name(c.status)},
                                        {"count", c.count}});
                   }
                   return HttpResponse::Ok({{"items", items}});
               });

    router.Post(
        "/api/v1/jobs/import",
        RouteAccess::Requires(actions::kImport),
        [&jobs](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            std::vector<ImportRow> rows;
            const std::size_t n =
                reader.Array("rows", true, 2000, [&](http::JsonReader& row, std::size_t) {
                    rows.push_back(ReadImportRow(row));
                });
            if (n == 0 && body.is_object() && body.contains("rows")) {
                reader.Add("rows", "too_few_items");
            }
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(auto created, jobs.Import(ctx.principal(), rows));
            json numbers = json::array();
            for (const Job& j : created) numbers.push_back(j.number);
            return HttpResponse::Created({{"created", created.size()}, {"numbers", numbers}});
        });

    router.Get("/api/v1/jobs/{id}",
               RouteAccess::Requires(actions::kRead),
               [&jobs](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto detail,
                                         jobs.Get(ctx.principal(), JobId(ctx.PathId())));
                   return HttpResponse::Ok(JobDetailToJson(detail));
               });

    router.Get(
        "/api/v1/jobs/{id}/feedback-form.pdf",
        RouteAccess::Requires(actions::kRead),
        [&jobs](RequestContext& ctx) -> Result<HttpResponse> {
            const JobId id(ctx.PathId());
            KEFU_ASSIGN_OR_RETURN(std::string pdf,
                                  jobs.FeedbackFormPdf(ctx.principal(), id, JobPageUrlPrefix(ctx)));
            return HttpResponse::File(std::move(pdf),
                                      "application/pdf",
                                      "feedback-form-" + std::to_string(id.value()) + ".pdf");
        });

    router.Post("/api/v1/jobs/{id}/assignment",
                RouteAccess::Requires(actions::kAssign),
                [&jobs](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    AssignInput input;
                    Assignment& a = input.assignment;
                    a.lead = StaffId(reader.RequiredId("lead").value_or(0));
                    for (std::int64_t m : reader.IdArray("members", false, 49)) {
                        a.members.emplace_back(m);
                    }
                    a.vehicle_id = reader.OptionalId("vehicleId");
                    if (auto driver = reader.OptionalId("driver")) a.driver = StaffId(*driver);
                    a.date = reader.RequiredDate("date").value_or(Date());
                    a.window.start = reader.RequiredTimeOfDay("windowStart").value_or(0);
                    a.window.end = reader.RequiredTimeOfDay("windowEnd").value_or(0);
                    input.version =
                        static_cast<int>(reader.RequiredInt("version", 1, INT32_MAX).value_or(0));
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(Job job,
                                          jobs.Assign(ctx.principal(), JobId(ctx.PathId()), input));
                    return HttpResponse::Ok(JobToJson(job));
                });

    router.Post("/api/v1/jobs/{id}/events",
                // The event names the action (progress, close, cancel); the service checks it.
                RouteAccess::Requires(actions::kRead),
                [&jobs](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    EventInput input;
                    auto event = reader.RequiredEnum("event", kJobEventNames);
                    input.reason = reader.OptionalText("reason", 500).value_or("");
                    input.version =
                        static_cast<int>(reader.RequiredInt("version", 1, INT32_MAX).value_or(0));
                    KEFU_TRY(reader.Finish());
                    input.event = *event;
                    KEFU_ASSIGN_OR_RETURN(Job job,
                                          jobs.Fire(ctx.principal(), JobId(ctx.PathId()), input));
                    return HttpResponse::Ok(JobToJson(job));
                });

    router.Post("/api/v1/jobs/{id}/calls",
                RouteAccess::Requires(actions::kCall),
                [&jobs](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    CallInput input;
                    auto kind = reader.RequiredEnum("kind", kCallKindNames);
                    auto outcome = reader.RequiredEnum("outcome", kCallOutcomeNames);
                    input.new_eta = reader.OptionalDateTime("newEta");
                    input.note = reader.OptionalText("note", 500).value_or("");
                    KEFU_TRY(reader.Finish());
                    input.kind = *kind;
                    input.outcome = *outcome;
                    KEFU_ASSIGN_OR_RETURN(
                        JobCall call, jobs.RecordCall(ctx.principal(), JobId(ctx.PathId()), input));
                    return HttpResponse::Created(CallToJson(call));
                });
}

}  // namespace kefu::jobs
