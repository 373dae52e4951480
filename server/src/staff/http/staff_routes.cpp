#include "staff/http/staff_routes.hpp"

#include <utility>

#include "approvals/http/approval_routes.hpp"
#include "http/json_reader.hpp"
#include "staff/http/staff_json.hpp"
#include "staff/staff_actions.hpp"

namespace kefu::staff {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

// An update replaces the record, so it must say which functions the member keeps (roles may be
// an empty list); a new record without roles simply has none. Skills, added later, may be left
// out of an update by clients that predate them: absent or null keeps the member's skills.
StaffFields ReadFields(const json& body, http::JsonReader& reader, bool roles_required = false) {
    StaffFields fields;
    // Presence and format are the service's to judge, so all its violations arrive together.
    fields.name = reader.OptionalString("name", 50).value_or("");
    fields.phone = reader.OptionalString("phone", 20).value_or("");
    fields.hire_date = reader.OptionalString("hireDate", 10).value_or("");
    fields.experience_start = reader.OptionalString("experienceStart", 10).value_or("");
    fields.roles = reader.StringArray("roles", roles_required);
    auto skills = reader.StringArray("skills", /*required=*/false);
    if (const auto it = body.find("skills"); it != body.end() && !it->is_null()) {
        fields.skills = std::move(skills);
    }
    return fields;
}

Result<StaffFilter> ReadFilter(const RequestContext& ctx) {
    StaffFilter filter;
    KEFU_ASSIGN_OR_RETURN(filter.query, ctx.SearchQuery());
    Violations v;
    if (auto grade = ctx.Query("grade")) {
        filter.grade = ParseGrade(*grade);
        if (!filter.grade) v.Add("grade", "invalid_value");
    }
    if (auto status = ctx.Query("status")) {
        filter.status = ParseStatus(*status);
        if (!filter.status) v.Add("status", "invalid_value");
    }
    KEFU_TRY(v.ToResult());
    return filter;
}

}  // namespace

void RegisterStaffRoutes(http::Router& router, StaffService& staff, TrainingService& training) {
    auto to_json = [&staff](const StaffMember& m) {
        return StaffToJson(m, staff.MonthsOfExperience(m));
    };

    router.Get("/api/v1/staff",
               RouteAccess::Requires(actions::kRead),
               [&staff, to_json](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(StaffFilter filter, ReadFilter(ctx));
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(auto result, staff.List(ctx.principal(), filter, page));
                   return HttpResponse::Ok(PageToJson(result, to_json));
               });

    router.Post("/api/v1/staff",
                RouteAccess::Requires(actions::kWrite),
                [&staff, to_json](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    StaffFields fields = ReadFields(body, reader);
                    const std::string grade = reader.OptionalString("grade", 20).value_or("");
                    KEFU_TRY(reader.FinishWith(staff.ValidateFields(fields, grade)));
                    KEFU_ASSIGN_OR_RETURN(StaffMember m,
                                          staff.Create(ctx.principal(), fields, grade));
                    return HttpResponse::Created(to_json(m));
                });

    router.Get("/api/v1/staff/eligible",
               RouteAccess::Requires(actions::kRead),
               [&staff](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(auto result, staff.ListEligible(ctx.principal(), page));
                   return HttpResponse::Ok(PageToJson(result, EligibilityToJson));
               });

    router.Get("/api/v1/staff/{id}",
               RouteAccess::Requires(actions::kReadOwn),
               [&staff, to_json](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(StaffMember m,
                                         staff.Get(ctx.principal(), StaffId(ctx.PathId())));
                   return HttpResponse::Ok(to_json(m));
               });

    router.Put("/api/v1/staff/{id}",
               RouteAccess::Requires(actions::kWrite),
               [&staff, to_json](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                   http::JsonReader reader(body);
                   StaffFields fields = ReadFields(body, reader, /*roles_required=*/true);
                   auto version = reader.RequiredInt("version");
                   KEFU_TRY(reader.FinishWith(staff.ValidateFields(fields, std::nullopt)));
                   KEFU_ASSIGN_OR_RETURN(
                       StaffMember m,
                       staff.Update(ctx.principal(), StaffId(ctx.PathId()), fields, *version));
                   return HttpResponse::Ok(to_json(m));
               });

    router.Delete(
        "/api/v1/staff/{id}",
        RouteAccess::Requires(actions::kWrite),
        [&staff, to_json](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(auto version, ctx.QueryInt("version"));
            std::optional<Date> left_on;
            if (auto text = ctx.Query("leftOn")) {
                left_on = Date::Parse(*text);
                if (!left_on) {
                    return Fail(Error::InvalidArgument("not a date", {{"leftOn", "invalid_date"}}));
                }
            }
            KEFU_ASSIGN_OR_RETURN(
                StaffMember m,
                staff.MarkLeft(ctx.principal(), StaffId(ctx.PathId()), version, left_on));
            return HttpResponse::Ok(to_json(m));
        });

    router.Get("/api/v1/staff/{id}/eligibility",
               RouteAccess::Requires(actions::kReadOwn),
               [&staff](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(
                       auto view, staff.GetEligibility(ctx.principal(), StaffId(ctx.PathId())));
                   return HttpResponse::Ok(EligibilityToJson(view));
               });

    router.Post("/api/v1/staff/{id}/promotions",
                RouteAccess::Requires(actions::kPromote),
                [&staff, to_json](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    PromotionInput input;
                    input.to_grade = reader.RequiredString("toGrade", 20);
                    input.override_rule = reader.OptionalBool("override").value_or(false);
                    input.reason = reader.OptionalString("reason", 500).value_or("");
                    auto version = reader.RequiredInt("version");
                    KEFU_TRY(reader.Finish());
                    input.version = *version;
                    KEFU_ASSIGN_OR_RETURN(
                        StaffMember m,
                        staff.Promote(ctx.principal(), StaffId(ctx.PathId()), input));
                    return HttpResponse::Ok(to_json(m));
                });

    router.Post("/api/v1/staff/{id}/promotion-requests",
                RouteAccess::Requires(actions::kPromote),
                [&staff](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    PromotionInput input;
                    input.to_grade = reader.RequiredString("toGrade", 20);
                    input.reason = reader.RequiredString("reason", 500);
                    auto version = reader.RequiredInt("version", 1, INT32_MAX);
                    KEFU_TRY(reader.Finish());
                    input.version = *version;
                    KEFU_ASSIGN_OR_RETURN(auto request,
                                          staff.RequestPromotionOverride(
                                              ctx.principal(), StaffId(ctx.PathId()), input));
                    return HttpResponse::Created(approvals::ApprovalToJson(request));
                });

    router.Post(
        "/api/v1/staff/{id}/internship-end",
        RouteAccess::Requires(actions::kEndInternship),
        [&staff, to_json](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            const std::string reason = reader.RequiredString("reason", 500);
            auto version = reader.RequiredInt("version");
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(
                StaffMember m,
                staff.EndInternship(ctx.principal(), StaffId(ctx.PathId()), reason, *version));
            return HttpResponse::Ok(to_json(m));
        });

    router.Get("/api/v1/staff/{id}/grade-changes",
               RouteAccess::Requires(actions::kHrRead),
               [&staff](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(
                       auto changes, staff.GradeChanges(ctx.principal(), StaffId(ctx.PathId())));
                   json out = json::array();
                   for (const auto& c : changes) out.push_back(GradeChangeToJson(c));
                   return HttpResponse::Ok(out);
               });

    router.Get("/api/v1/staff/{id}/trainings",
               RouteAccess::Requires(actions::kReadOwn),
               [&training](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(
                       auto records, training.ListRecords(ctx.principal(), StaffId(ctx.PathId())));
                   json out = json::array();
                   for (const auto& r : records) out.push_back(TrainingToJson(r));
                   return HttpResponse::Ok(out);
               });

    router.Post("/api/v1/staff/{id}/trainings",
                RouteAccess::Requires(actions::kTrainingWrite),
                [&training](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    TrainingInput input;
                    auto topic = reader.RequiredInt("topicId");
                    input.trainer = reader.RequiredString("trainer", 50);
                    input.date = reader.RequiredString("date", 10);
                    input.result = reader.RequiredString("result", 20);
                    input.notes = reader.OptionalString("notes", 500);
                    KEFU_TRY(reader.Finish());
                    input.topic_id = *topic;
                    KEFU_ASSIGN_OR_RETURN(
                        auto record,
                        training.Record(ctx.principal(), StaffId(ctx.PathId()), input));
                    return HttpResponse::Created(TrainingToJson(record));
                });

    router.Get("/api/v1/training/topics",
               RouteAccess::Requires(actions::kTrainingRead),
               [&training](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(auto topics, training.ListTopics(ctx.principal()));
                   json out = json::array();
                   for (const auto& t : topics) out.push_back(TopicToJson(t));
                   return HttpResponse::Ok(out);
               });

    router.Post("/api/v1/training/topics",
                RouteAccess::Requires(actions::kTrainingWrite),
                [&training](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    const std::string name = reader.RequiredString("name", 100);
                    // Required and not nullable: null must not quietly become "optional".
                    const std::optional<bool> required = reader.RequiredBool("required");
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(auto topic,
                                          training.CreateTopic(ctx.principal(), name, *required));
                    return HttpResponse::Created(TopicToJson(topic));
                });

    router.Get("/api/v1/training/gaps",
               RouteAccess::Requires(actions::kTrainingRead),
               [&training](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(auto gaps, training.Gaps(ctx.principal(), page));
                   return HttpResponse::Ok(PageToJson(gaps, GapToJson));
               });
}

}  // namespace kefu::staff
