#include "dispatch/http/dispatch_routes.hpp"

#include <cmath>
#include <map>

#include "dispatch/dispatch_actions.hpp"
#include "http/json_reader.hpp"

namespace kefu::dispatch {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

constexpr std::size_t kMaxCrews = 100;
constexpr std::size_t kMaxMembers = 20;
constexpr std::size_t kMaxJobsPerRoute = 50;
constexpr std::size_t kMaxLineupDays = 31;

double Km(double km) { return std::round(km * 10.0) / 10.0; }

/// A crew of a request: lead, members, vehicle and driver; with `delay`, a re-plan's
/// delayMinutes too.
CrewInput ReadCrew(http::JsonReader& crew, bool delay = false) {
    CrewInput c;
    c.lead = StaffId(crew.RequiredId("leadId").value_or(0));
    for (std::int64_t id : crew.IdArray("memberIds", false, kMaxMembers))
        c.members.emplace_back(id);
    c.vehicle_id = crew.RequiredId("vehicleId").value_or(0);
    if (auto driver = crew.OptionalId("driverId")) c.driver = StaffId(*driver);
    if (delay) {
        c.delay_minutes =
            static_cast<int>(crew.OptionalInt("delayMinutes", 0, kMaxDelayMinutes).value_or(0));
    }
    return c;
}

AcceptInput ReadAcceptInput(http::JsonReader& reader) {
    AcceptInput input;
    input.date = reader.RequiredDate("date").value_or(Date());
    input.replan = reader.OptionalBool("replan").value_or(false);
    reader.Array("routes", true, kMaxCrews, [&](http::JsonReader& route, std::size_t) {
        route.Object("crew", true, [&](http::JsonReader& crew) {
            input.crews.push_back(ReadCrew(crew, input.replan));
        });
        std::vector<AcceptedJob> jobs;
        route.Array("jobs", true, kMaxJobsPerRoute, [&](http::JsonReader& job, std::size_t) {
            AcceptedJob accepted;
            accepted.job_id = job.RequiredId("jobId").value_or(0);
            accepted.version =
                static_cast<int>(job.RequiredInt("version", 1, 1'000'000).value_or(0));
            jobs.push_back(accepted);
        });
        input.routes.push_back(std::move(jobs));
    });
    // A route whose crew was unreadable has no crew: keep the two lists in step for the service.
    input.routes.resize(std::min(input.routes.size(), input.crews.size()));
    return input;
}

/// The planner's budget in seconds from timeLimitMs; 2 s when absent.
double ReadTimeLimit(http::JsonReader& reader) {
    const auto ms = reader.OptionalInt("timeLimitMs",
                                       static_cast<std::int64_t>(kMinTimeLimit * 1000),
                                       static_cast<std::int64_t>(kMaxTimeLimit * 1000));
    return ms ? static_cast<double>(*ms) / 1000.0 : kDefaultTimeLimit;
}

ProposeInput ReadProposeInput(http::JsonReader& reader) {
    ProposeInput input;
    input.date = reader.RequiredDate("date").value_or(Date());
    reader.Array("crews", true, kMaxCrews, [&](http::JsonReader& crew, std::size_t) {
        input.crews.push_back(ReadCrew(crew));
    });
    input.time_limit_seconds = ReadTimeLimit(reader);
    return input;
}

LineupInput ReadLineupInput(http::JsonReader& reader) {
    LineupInput input;
    input.date = reader.RequiredDate("date").value_or(Date());
    input.version = static_cast<int>(reader.RequiredInt("version", 0, 1'000'000).value_or(0));
    reader.Array("crews", false, kMaxCrews, [&](http::JsonReader& crew, std::size_t) {
        input.crews.push_back(ReadCrew(crew));
    });
    return input;
}

/// The date of a query (?date=YYYY-MM-DD): required.
Result<Date> DateQuery(RequestContext& ctx) {
    auto text = ctx.Query("date");
    auto date = text ? Date::Parse(*text) : std::nullopt;
    if (!date) {
        return Fail(Error::InvalidArgument("a date is needed",
                                           {{"date", text ? "invalid_date" : "required"}}));
    }
    return *date;
}

ReplanInput ReadReplanInput(http::JsonReader& reader) {
    ReplanInput input;
    input.date = reader.RequiredDate("date").value_or(Date());
    reader.Array("delays", false, kMaxCrews, [&](http::JsonReader& delay, std::size_t) {
        input.delays.push_back(
            {StaffId(delay.RequiredId("leadId").value_or(0)),
             static_cast<int>(delay.RequiredInt("minutes", 0, kMaxDelayMinutes).value_or(0))});
    });
    input.time_limit_seconds = ReadTimeLimit(reader);
    return input;
}

// A point as the API writes sites (customers.yaml): millionths of a degree.
json PointToJson(const planner::Coordinates& point) {
    return {{"latE6", std::llround(point.y * 1e6)}, {"lngE6", std::llround(point.x * 1e6)}};
}

json CrewToJson(const CrewInput& crew) {
    json members = json::array();
    for (StaffId m : crew.members) members.push_back(m.value());
    json out = {{"leadId", crew.lead.value()},
                {"memberIds", std::move(members)},
                {"vehicleId", crew.vehicle_id}};
    if (crew.driver) out["driverId"] = crew.driver->value();
    return out;
}

/// A job that holds its crew: its scheduled window and state.
json CrewJobToJson(const CrewJob& job) {
    return {{"jobId", job.job.plan.job_id},
            {"number", job.job.number},
            {"version", job.job.version},
            {"status", jobs::kJobStatusNames.Name(job.status)},
            {"windowStart", http::TimeOfDayText(job.start)},
            {"windowEnd", http::TimeOfDayText(job.end)},
            {"site", PointToJson(job.job.plan.site)}};
}

/// Routes of a checked or proposed plan, without the jobs' details.
json PlanRoutesToJson(const Proposal& plan) {
    json routes = json::array();
    for (const CrewRoute& route : plan.routes) {
        json visits = json::array();
        for (const PlannedVisit& visit : route.visits) {
            visits.push_back({{"jobId", visit.job_id},
                              {"arrival", http::TimeOfDayText(visit.arrival)},
                              {"serviceMinutes", visit.service_minutes}});
        }
        routes.push_back({{"crewIndex", route.crew},
                          {"km", Km(route.km)},
                          {"backAt", http::TimeOfDayText(route.back_at)},
                          {"overtime", route.overtime},
                          {"visits", std::move(visits)}});
    }
    return routes;
}

/// A proposal; a re-plan's (`replan`) also names every crew of the day, where it stands and what
/// it keeps, even when there is none.
json ProposalToJson(const DayProposal& day, bool replan = false) {
    std::map<std::int64_t, const OpenJob*> jobs;
    for (const OpenJob& job : day.jobs) jobs[job.plan.job_id] = &job;
    json routes = json::array();
    for (const CrewRoute& route : day.proposal.routes) {
        const CrewInput& crew = day.crews[route.crew];
        json visits = json::array();
        for (const PlannedVisit& visit : route.visits) {
            const OpenJob& job = *jobs.at(visit.job_id);
            visits.push_back({{"jobId", visit.job_id},
                              {"number", job.number},
                              {"version", job.version},
                              {"arrival", http::TimeOfDayText(visit.arrival)},
                              {"serviceMinutes", visit.service_minutes},
                              {"windowStart", http::TimeOfDayText(job.plan.window_start)},
                              {"windowEnd", http::TimeOfDayText(job.plan.window_end)},
                              {"site", PointToJson(job.plan.site)}});
        }
        json members = json::array();
        for (StaffId m : crew.members) members.push_back(m.value());
        routes.push_back({{"crewIndex", route.crew},
                          {"leadId", crew.lead.value()},
                          {"memberIds", std::move(members)},
                          {"vehicleId", crew.vehicle_id},
                          {"km", Km(route.km)},
                          {"backAt", http::TimeOfDayText(route.back_at)},
                          {"overtime", route.overtime},
                          {"visits", std::move(visits)}});
    }
    json unplanned = json::array();
    for (const UnplannedJob& left : day.proposal.unplanned) {
        const OpenJob& job = *jobs.at(left.job_id);
        unplanned.push_back({{"jobId", left.job_id},
                             {"number", job.number},
                             {"version", job.version},
                             {"reason", kUnplannedReasonNames.Name(left.reason)},
                             {"windowStart", http::TimeOfDayText(job.plan.window_start)},
                             {"windowEnd", http::TimeOfDayText(job.plan.window_end)},
                             {"site", PointToJson(job.plan.site)}});
        // A re-plan's scheduled job it cannot place goes back to open when the plan is accepted.
        if (job.plan.committed) unplanned.back()["scheduled"] = true;
    }
    json out = {{"date", day.date.ToString()},
                {"km", Km(day.proposal.km)},
                {"depot", PointToJson(day.depot)},
                {"routes", std::move(routes)},
                {"unplanned", std::move(unplanned)}};
    if (replan) {
        json crews = json::array();
        for (std::size_t i = 0; i < day.crews.size(); ++i) {
            json crew = CrewToJson(day.crews[i]);
            crew["delayMinutes"] = day.crews[i].delay_minutes;
            crew["from"] = http::TimeOfDayText(day.starts[i].from);
            if (day.starts[i].site) crew["startSite"] = PointToJson(*day.starts[i].site);
            json kept = json::array();
            for (const CrewJob& job : day.kept[i]) kept.push_back(CrewJobToJson(job));
            crew["kept"] = std::move(kept);
            crews.push_back(std::move(crew));
        }
        out["crews"] = std::move(crews);
    }
    return out;
}

json LineupToJson(const DayLineup& lineup) {
    json crews = json::array();
    for (std::size_t i = 0; i < lineup.crews.size(); ++i) {
        json crew = CrewToJson(lineup.crews[i]);
        if (i < lineup.names.size()) {
            crew["leadName"] = lineup.names[i].lead;
            crew["vehiclePlate"] = lineup.names[i].plate;
        }
        crews.push_back(std::move(crew));
    }
    json out = {
        {"date", lineup.day.ToString()}, {"version", lineup.version}, {"crews", std::move(crews)}};
    if (lineup.saved_at) {
        out["savedByName"] = lineup.saved_by_name;
        out["savedAt"] = FormatTimestamp(*lineup.saved_at);
    }
    return out;
}

json ScheduleToJson(const DaySchedule& day) {
    json routes = json::array();
    double km = 0.0;
    for (const ScheduledRoute& route : day.routes) {
        json route_json = CrewToJson(route.crew);
        json visits = json::array();
        for (const CrewJob& job : route.visits) visits.push_back(CrewJobToJson(job));
        route_json["visits"] = std::move(visits);
        route_json["km"] = Km(route.km);
        km += route.km;
        routes.push_back(std::move(route_json));
    }
    return {{"date", day.date.ToString()},
            {"depot", PointToJson(day.depot)},
            {"km", Km(km)},
            {"routes", std::move(routes)}};
}

/// A POST route of the planning assistant: the body read with `read` (every violation at once),
/// then answered by `answer`.
template <class Read, class Answer>
void PostRoute(http::Router& router, const char* path, Read read, Answer answer) {
    router.Post(path,
                RouteAccess::Requires(actions::kPlan),
                [read, answer](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    auto input = read(reader);
                    KEFU_TRY(reader.Finish());
                    return answer(ctx, input);
                });
}

}  // namespace

void RegisterDispatchRoutes(http::Router& router,
                            DispatchService& dispatch,
                            LineupService& lineup) {
    router.Get("/api/v1/dispatch/crews",
               RouteAccess::Requires(actions::kPlan),
               [&lineup](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(Date date, DateQuery(ctx));
                   KEFU_ASSIGN_OR_RETURN(auto day, lineup.Get(ctx.principal(), date));
                   return HttpResponse::Ok(LineupToJson(day));
               });

    router.Put("/api/v1/dispatch/crews",
               RouteAccess::Requires(actions::kPlan),
               [&lineup](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                   http::JsonReader reader(body);
                   const LineupInput input = ReadLineupInput(reader);
                   KEFU_TRY(reader.Finish());
                   KEFU_ASSIGN_OR_RETURN(auto saved, lineup.Save(ctx.principal(), input));
                   return HttpResponse::Ok(LineupToJson(saved));
               });

    router.Put("/api/v1/dispatch/lineups",
               RouteAccess::Requires(actions::kPlan),
               [&lineup](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                   http::JsonReader reader(body);
                   std::vector<LineupInput> days;
                   reader.Array(
                       "days", true, kMaxLineupDays, [&](http::JsonReader& day, std::size_t) {
                           days.push_back(ReadLineupInput(day));
                       });
                   KEFU_TRY(reader.Finish());
                   KEFU_ASSIGN_OR_RETURN(auto saved, lineup.SaveDays(ctx.principal(), days));
                   json out = json::array();
                   for (const DayLineup& day : saved) out.push_back(LineupToJson(day));
                   return HttpResponse::Ok({{"days", std::move(out)}});
               });

    PostRoute(router,
              "/api/v1/dispatch/proposals",
              ReadProposeInput,
              [&dispatch](RequestContext& ctx, const ProposeInput& input) -> Result<HttpResponse> {
                  KEFU_ASSIGN_OR_RETURN(auto proposal, dispatch.Propose(ctx.principal(), input));
                  return HttpResponse::Ok(ProposalToJson(proposal));
              });

    PostRoute(router,
              "/api/v1/dispatch/replans",
              ReadReplanInput,
              [&dispatch](RequestContext& ctx, const ReplanInput& input) -> Result<HttpResponse> {
                  KEFU_ASSIGN_OR_RETURN(auto proposal, dispatch.Replan(ctx.principal(), input));
                  return HttpResponse::Ok(ProposalToJson(proposal, true));
              });

    router.Get("/api/v1/dispatch/schedule",
               RouteAccess::Requires(actions::kPlan),
               [&dispatch](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(Date date, DateQuery(ctx));
                   KEFU_ASSIGN_OR_RETURN(auto day, dispatch.Day(ctx.principal(), date));
                   return HttpResponse::Ok(ScheduleToJson(day));
               });

    PostRoute(router,
              "/api/v1/dispatch/plans/check",
              ReadAcceptInput,
              [&dispatch](RequestContext& ctx, const AcceptInput& input) -> Result<HttpResponse> {
                  KEFU_ASSIGN_OR_RETURN(auto plan, dispatch.Check(ctx.principal(), input));
                  return HttpResponse::Ok({{"date", input.date.ToString()},
                                           {"km", Km(plan.km)},
                                           {"routes", PlanRoutesToJson(plan)}});
              });

    PostRoute(router,
              "/api/v1/dispatch/plans",
              ReadAcceptInput,
              [&dispatch](RequestContext& ctx, const AcceptInput& input) -> Result<HttpResponse> {
                  KEFU_ASSIGN_OR_RETURN(auto accepted, dispatch.Accept(ctx.principal(), input));
                  json scheduled = json::array();
                  for (const CrewRoute& route : accepted.plan.routes) {
                      for (const PlannedVisit& visit : route.visits) {
                          scheduled.push_back({{"jobId", visit.job_id},
                                               {"crewIndex", route.crew},
                                               {"arrival", http::TimeOfDayText(visit.arrival)}});
                      }
                  }
                  return HttpResponse::Ok({{"date", input.date.ToString()},
                                           {"km", Km(accepted.plan.km)},
                                           {"scheduled", std::move(scheduled)}});
              });
}

}  // namespace kefu::dispatch
