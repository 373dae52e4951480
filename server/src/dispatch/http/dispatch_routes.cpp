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

double Km(double km) { return std::round(km * 10.0) / 10.0; }

ProposeInput ReadProposeInput(http::JsonReader& reader) {
    ProposeInput input;
    input.date = reader.RequiredDate("date").value_or(Date());
    reader.Array("crews", true, kMaxCrews, [&](http::JsonReader& crew, std::size_t) {
        CrewInput c;
        c.lead = StaffId(crew.RequiredId("leadId").value_or(0));
        for (std::int64_t id : crew.IdArray("memberIds", false, kMaxMembers)) {
            c.members.emplace_back(id);
        }
        c.vehicle_id = crew.RequiredId("vehicleId").value_or(0);
        input.crews.push_back(std::move(c));
    });
    const auto ms = reader.OptionalInt("timeLimitMs",
                                       static_cast<std::int64_t>(kMinTimeLimit * 1000),
                                       static_cast<std::int64_t>(kMaxTimeLimit * 1000));
    input.time_limit_seconds = ms ? static_cast<double>(*ms) / 1000.0 : 2.0;
    return input;
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
                              {"windowEnd", http::TimeOfDayText(job.plan.window_end)}});
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
                             {"reason", kUnplannedReasonNames.Name(left.reason)}});
    }
    return {{"date", day.date.ToString()},
            {"km", Km(day.proposal.km)},
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
}

}  // namespace kefu::dispatch
