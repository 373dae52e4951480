#include "bench/dispatch/jinan_day_api.hpp"

#include <fmt/core.h>

#include <cmath>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "http/json_reader.hpp"

namespace kefu::bench {

namespace {

using nlohmann::json;

/// The city's jobs go to one district (the planner reads coordinates, never the division).
constexpr std::string_view kCityDivision = "370112";  // 历城区
/// Crews 0 to kDrivers - 1 have a driver of their own; the others' lead drives.
constexpr int kDrivers = 20;

/// Posts `body` to `path` and returns the new record's id; throws when it is not created.
std::int64_t Create(api_tests::ApiClient& head,
                    const std::string& path,
                    const json& body,
                    std::size_t& requests) {
    const api_tests::ApiResponse r = head.Post(path, body);
    ++requests;
    if (r.status != 201) {
        throw std::runtime_error(fmt::format("POST {} {}: {}", path, body.dump(), r.Describe()));
    }
    return r.body.at("id").get<std::int64_t>();
}

json Site(const dispatch::PlanJob& job, int town, int number) {
    return {{"divisionCode",
             town < 0 ? kCityDivision : kCountyTowns[static_cast<std::size_t>(town)].division},
            {"street", fmt::format("经十路 {} 号", number)},
            {"latE6", std::llround(job.site.y * 1e6)},
            {"lngE6", std::llround(job.site.x * 1e6)}};
}

/// A person of the department; `skills` and `roles` as the staff API takes them.
json Person(const std::string& name, const char* grade, int n, bool driver, bool skilled) {
    const bool new_hand = std::string_view(grade) == "intern";
    return {{"name", name},
            {"phone", fmt::format("139{:08d}", n)},
            {"hireDate", new_hand ? "2026-07-01" : "2018-03-01"},
            {"experienceStart", new_hand ? "2026-07-01" : "2018-03-01"},
            {"grade", grade},
            {"roles", driver ? json{"driver"} : json::array()},
            {"skills", skilled ? json{"electric_desk"} : json::array()}};
}

/// The crews: a lead (a supervisor for one crew in five, else a technician), members (one in
/// two an intern), the electric-desk skill on the lead where the generated crew has it, a
/// vehicle with the generated cargo space, and drivers for the first kDrivers crews.
json CreateCrews(api_tests::ApiClient& head, const Day& day, std::size_t& requests) {
    json crews = json::array();
    int person = 0;
    for (std::size_t c = 0; c < day.crews.size(); ++c) {
        const dispatch::PlanCrew& crew = day.crews[c];
        const bool skilled = !crew.skills.empty();
        json out;
        out["leadId"] = Create(head,
                               "/api/v1/staff",
                               Person(fmt::format("组长{}", c + 1),
                                      c % 5 == 0 ? "supervisor" : "technician",
                                      ++person,
                                      false,
                                      skilled),
                               requests);
        json members = json::array();
        for (int m = 1; m < crew.people; ++m) {
            members.push_back(
                Create(head,
                       "/api/v1/staff",
                       Person(fmt::format("组员{}-{}", c + 1, m),
                              (c + static_cast<std::size_t>(m)) % 2 == 0 ? "intern" : "technician",
                              ++person,
                              false,
                              false),
                       requests));
        }
        out["memberIds"] = std::move(members);
        out["vehicleId"] = Create(head,
                                  "/api/v1/vehicles",
                                  {{"plate", fmt::format("鲁A{:05d}", c + 1)},
                                   {"model", crew.volume_l >= 20'000 ? "庆铃五十铃" : "江铃顺达"},
                                   {"volumeL", crew.volume_l},
                                   {"payloadKg", crew.payload_kg},
                                   {"seats", 5},
                                   {"status", "in_service"}},
                                  requests);
        if (static_cast<int>(c) < kDrivers) {
            out["driverId"] =
                Create(head,
                       "/api/v1/staff",
                       Person(fmt::format("司机{}", c + 1), "none", ++person, true, false),
                       requests);
        }
        crews.push_back(std::move(out));
    }
    return crews;
}

/// A job's product: one unit carries the whole job's volume, weight, minutes and people.
json Product(const dispatch::PlanJob& job, std::size_t i) {
    const bool delivery = job.install_minutes == 0;
    json body = {{"model", fmt::format("JN-{:03d}", i + 1)},
                 {"name", delivery ? "办公家具（送货）" : "办公家具（安装）"},
                 {"piecesPerUnit", 1},
                 {"volumeL", job.volume_l},
                 {"weightG", job.weight_g},
                 {"installMinutesPerUnit", job.install_minutes},
                 {"installersNeeded", delivery ? 0 : job.people_needed}};
    if (!job.skills.empty()) body["skill"] = job.skills.front();
    return body;
}

}  // namespace

LoadedDay LoadDayThroughApi(api_tests::ApiClient& head, const Day& day, const std::string& date) {
    LoadedDay out;
    out.crews = CreateCrews(head, day, out.requests);
    const std::int64_t dealer = Create(head,
                                       "/api/v1/dealers",
                                       {{"name", "济南办公家具经销商"},
                                        {"contact", "李经理"},
                                        {"phone", "0531-88000001"},
                                        {"city", "济南"}},
                                       out.requests);
    for (std::size_t i = 0; i < day.jobs.size(); ++i) {
        const dispatch::PlanJob& job = day.jobs[i];
        const int n = static_cast<int>(i) + 1;
        const std::int64_t product =
            Create(head, "/api/v1/products", Product(job, i), out.requests);
        json site = Site(job, day.town[i], n);
        json body = {{"contactName", "王主任"},
                     {"contactPhone", fmt::format("138{:08d}", n)},
                     {"requestedDate", date},
                     {"windowStart", http::TimeOfDayText(job.window_start)},
                     {"windowEnd", http::TimeOfDayText(job.window_end)},
                     {"priority", job.urgent ? "urgent" : "normal"},
                     {"sourceDocument", fmt::format("FK-{:03d}", n)},
                     {"items", {{{"productId", product}, {"quantity", 1}}}}};
        if (job.install_minutes > 0) {  // an office's installation, at its own site
            const std::int64_t customer =
                Create(head,
                       "/api/v1/customers",
                       {{"kind", "company"}, {"name", fmt::format("济南客户{:03d}", n)}},
                       out.requests);
            site["customerId"] = customer;
            body["kind"] = "installation";
            body["customerId"] = customer;
        } else {
            // A dealer's delivery. Only a dealer's installation may ask for people, so a delivery
            // needing two is one with no install minutes and crewRequested 2.
            site["dealerId"] = dealer;
            body["dealerId"] = dealer;
            body["kind"] = job.people_needed > 1 ? "dealer_installation" : "dealer_delivery";
            if (job.people_needed > 1) body["crewRequested"] = job.people_needed;
        }
        body["siteId"] = Create(head, "/api/v1/sites", site, out.requests);
        out.job_ids.push_back(Create(head, "/api/v1/jobs", body, out.requests));
    }
    return out;
}

std::size_t SetJinanPolicy(api_tests::ApiClient& head, const std::string& valid_from) {
    const dispatch::PlanSettings jinan = JinanSettings(1, 1.0, 1);
    std::size_t requests = 0;
    const auto set = [&](const char* key, std::int64_t value) {
        Create(head,
               "/api/v1/policies",
               {{"key", key},
                {"value", value},
                {"validFrom", valid_from},
                {"reason", "issue 11: the Jinan day of the planning assistant's benchmark"}},
               requests);
    };
    set("dispatch.city_radius_km", std::llround(jinan.city->radius_km));
    set("dispatch.day_end_minute", jinan.day_end);
    return requests;
}

dispatch::PlanSettings ServerSettings(double time_limit_seconds) {
    dispatch::PlanSettings s =
        JinanSettings(1, time_limit_seconds, dispatch::DefaultPlannerThreads());
    s.city->centre = s.depot;
    return s;
}

std::vector<dispatch::PlanJob> AsStored(const Day& day, const LoadedDay& loaded) {
    std::vector<dispatch::PlanJob> jobs = day.jobs;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        jobs[i].job_id = loaded.job_ids.at(i);
        jobs[i].site = dispatch::FromMicrodegrees(std::llround(jobs[i].site.y * 1e6),
                                                  std::llround(jobs[i].site.x * 1e6));
    }
    return jobs;
}

}  // namespace kefu::bench
