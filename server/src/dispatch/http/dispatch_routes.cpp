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

double Km(double km) { return std::round(km * 10.0) / 10.0; }

/// A crew of a request: lead, members, vehicle and driver.
CrewInput ReadCrew(http::JsonReader& crew) {
    CrewInput c;
    c.lead = StaffId(crew.RequiredId("leadId").value_or(0));
    for (std::int64_t id : crew.IdArray("memberIds", false, kMaxMembers))
        c.members.emplace_back(id);
    c.vehicle_id = crew.RequiredId("vehicleId").value_or(0);
    if (auto driver = crew.OptionalId("driverId")) c.driver = StaffId(*driver);
    return c;
}

AcceptInput ReadAcceptInput(http::JsonReader& reader) {
    AcceptInput input;
    input.date = reader.RequiredDate("date").value_or(Date());
    reader.Array("routes", true, kMaxCrews, [&](http::JsonReader& route, std::size_t) {
        route.Object(
            "crew", true, [&](http::JsonReader& crew) { input.crews.push_back(ReadCrew(crew)); });
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

ProposeInput ReadProposeInput(http::JsonReader& reader) {
    ProposeInput input;
    input.date = reader.RequiredDate("date").value_or(Date());
    reader.Array("crews", true, kMaxCrews, [&](http::JsonReader& crew, std::size_t) {
        input.crews.push_back(ReadCrew(crew));
    });
    const auto ms = reader.OptionalInt("timeLimitMs",
                                       static_cast<std::int64_t>(kMinTimeLimit * 1000),
                                       static_cast<std::int64_t>(kMaxTimeLimit * 1000));
    input.time_limit_seconds = ms ? static_cast<double>(*ms) / 1000.0 : 2.0;
    return input;
}

// A point as the API writes sites (customers.yaml): millionths of a degree.
json PointToJson(const planner::Coordinates& point) {
    return {{"latE6", std::llround(point.y * 1e6)}, {"lngE6", std::llround(point.x * 1e6)}};
}

json ProposalToJson(const DayProposal& day) {
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
        unplanned.push_back({{"jobId", left.job_id},
                             {"number", jobs.at(left.job_id)->number},
                             {"reason", kUnplannedReasonNames.Name(left.reason)},
                             {"site", PointToJson(jobs.at(left.job_id)->plan.site)}});
    }
    return {{"date", day.date.ToString()},
            {"km", Km(day.proposal.km)},
            {"depot", PointToJson(day.depot)},
            {"routes", std::move(routes)},
            {"unplanned", std::move(unplanned)}};
}

}  // namespace

void RegisterDispatchRoutes(http::Router& router, DispatchService& dispatch) {
    router.Post("/api/v1/dispatch/proposals",
                RouteAccess::Requires(actions::kPlan),
                [&dispatch](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    ProposeInput input = ReadProposeInput(reader);
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(auto proposal, dispatch.Propose(ctx.principal(), input));
                    return HttpResponse::Ok(ProposalToJson(proposal));
                });

    router.Post("/api/v1/dispatch/plans",
                RouteAccess::Requires(actions::kPlan),
                [&dispatch](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    AcceptInput input = ReadAcceptInput(reader);
                    KEFU_TRY(reader.Finish());
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
