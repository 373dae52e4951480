// The planning assistant through the API, on the engine under test (R-DSP-4): a proposal for the
// open jobs of a day with arrival times inside the customers' windows, the reasons of the jobs it
// leaves out, every violation of a bad request at once, and nothing scheduled by proposing. The
// clock says Friday 2026-11-27 10:00 China.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/api_tests/api_harness.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

constexpr const char* kDay = "2026-12-01";
constexpr const char* kToday = "2026-11-27";  // the test clock's date; it is 10:00

int Minutes(const std::string& hhmm) {
    return std::stoi(hhmm.substr(0, 2)) * 60 + std::stoi(hhmm.substr(3));
}

class DispatchApi : public ::testing::Test {
protected:
    void SetUp() override {
        auto loaded = env_.test_app.app->LoadReferenceData();  // divisions, for the sites
        if (!loaded) throw std::runtime_error(loaded.error().message());
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("sales", {Role::kSales});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
        for (int i = 0; i < 5; ++i) {
            people_.push_back(
                Must(head_->Post("/api/v1/staff",
                                 {{"name", "技师" + std::to_string(i)},
                                  {"phone", "1390531010" + std::to_string(i)},
                                  {"hireDate", "2020-03-01"},
                                  {"experienceStart", "2020-03-01"},
                                  {"grade", "technician"},
                                  // The first one also drives; the last is trained on
                                  // electric desks (in no crew of Crews()).
                                  {"roles", i == 0 ? json{"driver"} : json::array()},
                                  {"skills", i == 4 ? json{"electric_desk"} : json::array()}}),
                     201));
        }
        desk_ = Product("BT-1608", std::nullopt);
        electric_ = Product("DT-1400E", "electric_desk");
        customer_ = Must(
            head_->Post("/api/v1/customers", {{"kind", "company"}, {"name", "济南软件园管理中心"}}),
            201);
        van_ = Vehicle("鲁A12345", "in_service");
        truck_ = Vehicle("鲁A67890", "in_service");
        garage_ = Vehicle("鲁A11111", "maintenance");
    }

    std::int64_t Must(const ApiResponse& r, int status) {
        if (r.status != status) throw std::runtime_error(r.Describe());
        return r.body.is_object() && r.body.contains("id") ? r.body["id"].get<std::int64_t>() : 0;
    }

    std::int64_t Product(const std::string& model, std::optional<std::string> skill) {
        json body = {{"model", model},
                     {"name", "办公桌"},
                     {"piecesPerUnit", 3},
                     {"volumeL", 400},
                     {"weightG", 45000},
                     {"installMinutesPerUnit", 30},
                     {"installersNeeded", 2}};
        if (skill) body["skill"] = *skill;
        return Must(head_->Post("/api/v1/products", body), 201);
    }

    std::int64_t Vehicle(const std::string& plate, const std::string& status) {
        return Must(head_->Post("/api/v1/vehicles",
                                {{"plate", plate},
                                 {"model", "江铃顺达"},
                                 {"volumeL", 10000},
                                 {"payloadKg", 1500},
                                 {"seats", 3},
                                 {"status", status}}),
                    201);
    }

    /// A job at a point about `km_east` km east of the factory (policy dispatch.depot_*).
    std::int64_t Job(double km_east,
                     const std::string& from,
                     const std::string& to,
                     std::int64_t product,
                     const std::string& day = kDay) {
        const std::int64_t lng = 117'130'000 + static_cast<std::int64_t>(km_east * 11'200);
        const std::int64_t site =
            Must(head_->Post("/api/v1/sites",
                             {{"customerId", customer_},
                              {"divisionCode", "370112"},
                              {"street", "舜华路 " + std::to_string(sites_++) + " 号"},
                              {"latE6", 36'682'000},
                              {"lngE6", lng}}),
                 201);
        const std::int64_t job =
            Must(head_->Post("/api/v1/jobs",
                             {{"kind", "installation"},
                              {"customerId", customer_},
                              {"siteId", site},
                              {"contactName", "王主任"},
                              {"contactPhone", "13905319999"},
                              {"requestedDate", day},
                              {"windowStart", from},
                              {"windowEnd", to},
                              {"sourceDocument", "FK-1"},
                              {"items", {{{"productId", product}, {"quantity", 2}}}}}),
                 201);
        site_lng_[job] = lng;
        return job;
    }

    /// Assigns a job to crews()[0] (people_[0] leading people_[1] in the van) on `day`.
    void Assign(std::int64_t job,
                const std::string& day,
                const std::string& from,
                const std::string& to) {
        json body = {{"lead", people_[0]},
                     {"members", {people_[1]}},
                     {"vehicleId", van_},
                     {"date", day},
                     {"windowStart", from},
                     {"windowEnd", to},
                     {"version", Version(job)}};
        Must(head_->Post("/api/v1/jobs/" + std::to_string(job) + "/assignment", body), 200);
    }

    int Version(std::int64_t job) {
        return head_->Get("/api/v1/jobs/" + std::to_string(job)).body["version"].get<int>();
    }

    /// Fires the events in turn (the crew's progress through the day).
    void Fire(std::int64_t job, std::initializer_list<const char*> events) {
        for (const char* event : events) {
            Must(head_->Post("/api/v1/jobs/" + std::to_string(job) + "/events",
                             {{"event", event}, {"version", Version(job)}}),
                 200);
        }
    }

    /// Saved crews without the names they are shown by, to compare with what was sent.
    static json IdsOf(json crews) {
        for (json& crew : crews) {
            crew.erase("leadName");
            crew.erase("vehiclePlate");
        }
        return crews;
    }

    json Crews() const {
        return json::array(
            {{{"leadId", people_[0]}, {"memberIds", {people_[1]}}, {"vehicleId", van_}},
             {{"leadId", people_[2]}, {"memberIds", {people_[3]}}, {"vehicleId", truck_}}});
    }

    ApiEnv env_;
    std::unique_ptr<ApiClient> head_;
    std::vector<std::int64_t> people_;
    std::int64_t desk_ = 0;
    std::int64_t electric_ = 0;
    std::int64_t customer_ = 0;
    std::int64_t van_ = 0;
    std::int64_t truck_ = 0;
    std::int64_t garage_ = 0;
    int sites_ = 1;
    std::map<std::int64_t, std::int64_t> site_lng_;  ///< job id → its site's lngE6
};

TEST_F(DispatchApi, ProposesEveryOpenJobOnceWithArrivalsInsideTheWindows) {
    std::map<std::int64_t, std::pair<int, int>> windows;
    const std::vector<std::tuple<double, std::string, std::string>> plan = {{3, "09:00", "11:00"},
                                                                            {8, "09:00", "12:00"},
                                                                            {-5, "10:00", "12:00"},
                                                                            {12, "13:00", "16:00"},
                                                                            {-10, "13:00", "17:00"},
                                                                            {20, "14:00", "16:00"}};
    for (const auto& [km, from, to] : plan) {
        windows[Job(km, from, to, desk_)] = {Minutes(from), Minutes(to)};
    }
    const std::int64_t skilled = Job(4, "09:00", "12:00", electric_);
    const std::int64_t dawn = Job(2, "06:00", "07:00", desk_);  // before the working day
    const std::int64_t other_day = Job(2, "09:00", "12:00", desk_, "2026-12-02");

    auto r = head_->Post("/api/v1/dispatch/proposals",
                         {{"date", kDay}, {"crews", Crews()}, {"timeLimitMs", 300}});
    ASSERT_EQ(r.status, 200) << r.Describe();
    EXPECT_EQ(r.body["date"], kDay);
    EXPECT_EQ(r.body["depot"], json({{"latE6", 36'682'000}, {"lngE6", 117'130'000}}))
        << "the factory of policy dispatch.factory_*";
    std::set<std::int64_t> seen;
    double km = 0.0;
    for (const json& route : r.body["routes"]) {
        const int crew = route["crewIndex"].get<int>();
        ASSERT_TRUE(crew == 0 || crew == 1);
        EXPECT_EQ(route["vehicleId"], crew == 0 ? van_ : truck_);
        EXPECT_EQ(route["leadId"], people_[crew == 0 ? 0 : 2]);
        int previous = 0;
        for (const json& visit : route["visits"]) {
            const std::int64_t id = visit["jobId"].get<std::int64_t>();
            EXPECT_TRUE(seen.insert(id).second) << id;
            ASSERT_TRUE(windows.contains(id)) << id;
            const int arrival = Minutes(visit["arrival"].get<std::string>());
            EXPECT_GE(arrival, windows[id].first) << id;
            EXPECT_LE(arrival, windows[id].second) << id;
            EXPECT_GE(arrival, previous) << id;
            // 2 × 30 catalogue minutes shared by a crew of two, plus the 15-minute setup.
            EXPECT_EQ(visit["serviceMinutes"], 45);
            EXPECT_EQ(visit["version"], 1);
            EXPECT_EQ(visit["number"].get<std::string>().rfind("KF-2026-", 0), 0U);
            // The map draws the site where the planner put it.
            EXPECT_EQ(visit["site"], json({{"latE6", 36'682'000}, {"lngE6", site_lng_[id]}}));
            previous = arrival + 45;
        }
        EXPECT_GE(Minutes(route["backAt"].get<std::string>()), previous);
        EXPECT_GE(Minutes(route["backAt"].get<std::string>()), 8 * 60);
        km += route["km"].get<double>();
    }
    EXPECT_EQ(seen.size(), windows.size());
    EXPECT_NEAR(r.body["km"].get<double>(), km, 0.2);
    std::map<std::int64_t, std::string> reasons;
    for (const json& left : r.body["unplanned"]) {
        reasons[left["jobId"].get<std::int64_t>()] = left["reason"].get<std::string>();
        EXPECT_EQ(left["site"]["lngE6"], site_lng_[left["jobId"].get<std::int64_t>()]);
    }
    // Nobody in these crews has the skill, and 06:00 is before the working day (08:00).
    EXPECT_EQ(reasons,
              (std::map<std::int64_t, std::string>{{skilled, "skills"}, {dawn, "time_window"}}));
    EXPECT_FALSE(seen.contains(other_day));

    // Proposing schedules nothing.
    auto job = head_->Get("/api/v1/jobs/" + std::to_string(windows.begin()->first));
    ASSERT_EQ(job.status, 200);
    EXPECT_EQ(job.body["status"], "new");
}

TEST_F(DispatchApi, AJobNeedingMorePeopleThanAnyCrewIsLeftOutForTheCrewGate) {
    const std::int64_t job = Job(3, "09:00", "12:00", desk_);
    json crews = json::array({{{"leadId", people_[0]}, {"vehicleId", van_}}});
    auto alone = head_->Post("/api/v1/dispatch/proposals", {{"date", kDay}, {"crews", crews}});
    ASSERT_EQ(alone.status, 200) << alone.Describe();
    ASSERT_EQ(alone.body["unplanned"].size(), 1U);
    EXPECT_EQ(alone.body["unplanned"][0]["jobId"], job);
    EXPECT_EQ(alone.body["unplanned"][0]["reason"], "crew_gate");
    auto pair = head_->Post("/api/v1/dispatch/proposals", {{"date", kDay}, {"crews", Crews()}});
    ASSERT_EQ(pair.status, 200) << pair.Describe();
    EXPECT_TRUE(pair.body["unplanned"].empty());
}

TEST_F(DispatchApi, ABadRequestGetsEveryViolationAtOnce) {
    json crews =
        json::array({{{"leadId", people_[0]}, {"memberIds", {people_[1]}}, {"vehicleId", van_}},
                     {{"leadId", people_[1]}, {"vehicleId", van_}},
                     {{"leadId", people_[2]}, {"vehicleId", 999999}},
                     {{"leadId", people_[3]}, {"vehicleId", garage_}}});
    auto r = head_->Post("/api/v1/dispatch/proposals", {{"date", "2026-11-26"}, {"crews", crews}});
    ASSERT_EQ(r.status, 400) << r.Describe();
    std::set<std::pair<std::string, std::string>> got;
    for (const json& v : r.body["error"]["violations"]) {
        got.insert({v["field"].get<std::string>(), v["reason"].get<std::string>()});
    }
    EXPECT_EQ(
        got,
        (std::set<std::pair<std::string, std::string>>{{"date", "in_past"},
                                                       {"crews[1].vehicleId", "duplicate"},
                                                       {"crews[1].leadId", "duplicate"},
                                                       {"crews[2].vehicleId", "not_found"},
                                                       {"crews[3].vehicleId", "not_in_service"}}));
    auto limits =
        head_->Post("/api/v1/dispatch/proposals",
                    {{"date", kDay}, {"crews", Crews()}, {"timeLimitMs", 99}, {"extra", 1}});
    ASSERT_EQ(limits.status, 400) << limits.Describe();
    EXPECT_EQ(limits.body["error"]["violations"].size(), 2U) << limits.Describe();
}

/// The accept body of a proposal: each route's crew (from the request) and jobs in order.
json AcceptBody(const json& proposal, const json& crews) {
    json routes = json::array();
    for (const json& route : proposal["routes"]) {
        json jobs = json::array();
        for (const json& visit : route["visits"]) {
            jobs.push_back({{"jobId", visit["jobId"]}, {"version", visit["version"]}});
        }
        routes.push_back({{"crew", crews[route["crewIndex"].get<std::size_t>()]}, {"jobs", jobs}});
    }
    return {{"date", proposal["date"]}, {"routes", routes}};
}

TEST_F(DispatchApi, AcceptingAProposalSchedulesItsJobsWithTheirArrivalTimes) {
    std::vector<std::int64_t> ids{Job(3, "09:00", "11:00", desk_),
                                  Job(-6, "09:00", "12:00", desk_),
                                  Job(9, "13:00", "16:00", desk_),
                                  Job(-2, "14:00", "17:00", desk_)};
    json crews = Crews();
    crews[0]["driverId"] = people_[0];  // the lead drives
    auto proposal = head_->Post("/api/v1/dispatch/proposals", {{"date", kDay}, {"crews", crews}});
    ASSERT_EQ(proposal.status, 200) << proposal.Describe();
    ASSERT_TRUE(proposal.body["unplanned"].empty()) << proposal.Describe();

    auto accepted = head_->Post("/api/v1/dispatch/plans", AcceptBody(proposal.body, crews));
    ASSERT_EQ(accepted.status, 200) << accepted.Describe();
    EXPECT_EQ(accepted.body["scheduled"].size(), ids.size());
    for (const json& route : proposal.body["routes"]) {
        const std::size_t crew = route["crewIndex"].get<std::size_t>();
        for (const json& visit : route["visits"]) {
            auto job =
                head_->Get("/api/v1/jobs/" + std::to_string(visit["jobId"].get<std::int64_t>()));
            ASSERT_EQ(job.status, 200);
            EXPECT_EQ(job.body["status"], "scheduled");
            const json& a = job.body["assignment"];
            EXPECT_EQ(a["date"], kDay);
            EXPECT_EQ(a["windowStart"], visit["arrival"]);  // the ETA of the plan
            EXPECT_EQ(Minutes(a["windowEnd"].get<std::string>()),
                      Minutes(visit["arrival"].get<std::string>()) + 45);
            EXPECT_EQ(a["lead"], crews[crew]["leadId"]);
            EXPECT_EQ(a["vehicleId"], crews[crew]["vehicleId"]);
            EXPECT_EQ(job.body["version"], 2);
        }
    }
    // Scheduled jobs are no longer open: a second proposal has nothing to plan.
    auto again = head_->Post("/api/v1/dispatch/proposals", {{"date", kDay}, {"crews", crews}});
    ASSERT_EQ(again.status, 200);
    EXPECT_TRUE(again.body["routes"].empty());
    EXPECT_TRUE(again.body["unplanned"].empty());
}

// A crew whose lead already has a job that morning is planned around it (R-DSP-4): its visits
// start after that job, and accepting the whole proposal meets no clash.
TEST_F(DispatchApi, TheProposalPlansAroundJobsAlreadyAssignedThatDay) {
    const std::int64_t morning = Job(2, "08:00", "12:00", desk_);
    json taken = {{"lead", people_[0]},
                  {"members", {people_[1]}},  // the desk needs two
                  {"date", kDay},
                  {"windowStart", "08:00"},
                  {"windowEnd", "12:00"},
                  {"version", 1}};
    ASSERT_EQ(head_->Post("/api/v1/jobs/" + std::to_string(morning) + "/assignment", taken).status,
              200);
    for (double km : {3.0, -4.0, 6.0}) Job(km, "08:00", "17:00", desk_);
    json crews = json::array({Crews()[0]});  // people_[0] leads it
    auto proposal = head_->Post("/api/v1/dispatch/proposals",
                                {{"date", kDay}, {"crews", crews}, {"timeLimitMs", 300}});
    ASSERT_EQ(proposal.status, 200) << proposal.Describe();
    ASSERT_EQ(proposal.body["routes"].size(), 1U) << proposal.Describe();
    for (const json& visit : proposal.body["routes"][0]["visits"]) {
        EXPECT_GE(Minutes(visit["arrival"].get<std::string>()), 12 * 60) << visit.dump();
    }
    EXPECT_TRUE(proposal.body["unplanned"].empty()) << proposal.Describe();
    auto accepted = head_->Post("/api/v1/dispatch/plans", AcceptBody(proposal.body, crews));
    EXPECT_EQ(accepted.status, 200) << accepted.Describe();
}

// A product that needs a trained installer goes to the crew with someone who holds the skill
// (R-DSP-4): the same job is left out for skills without them.
TEST_F(DispatchApi, ASkilledJobGoesToTheCrewWithTheSkill) {
    const std::int64_t skilled = Job(4, "09:00", "12:00", electric_);
    json crews = Crews();
    auto without = head_->Post("/api/v1/dispatch/proposals",
                               {{"date", kDay}, {"crews", crews}, {"timeLimitMs", 200}});
    ASSERT_EQ(without.status, 200) << without.Describe();
    ASSERT_EQ(without.body["unplanned"].size(), 1U) << without.Describe();
    EXPECT_EQ(without.body["unplanned"][0]["reason"], "skills");

    crews[1]["memberIds"] = json::array({people_[3], people_[4]});  // people_[4] is trained
    auto with = head_->Post("/api/v1/dispatch/proposals",
                            {{"date", kDay}, {"crews", crews}, {"timeLimitMs", 200}});
    ASSERT_EQ(with.status, 200) << with.Describe();
    EXPECT_TRUE(with.body["unplanned"].empty()) << with.Describe();
    ASSERT_EQ(with.body["routes"].size(), 1U) << with.Describe();
    EXPECT_EQ(with.body["routes"][0]["crewIndex"], 1);
    EXPECT_EQ(with.body["routes"][0]["visits"][0]["jobId"], skilled);
}

TEST_F(DispatchApi, AcceptingIsAllOrNothing) {
    for (double km : {2.0, 5.0, -4.0, 7.0}) Job(km, "09:00", "15:00", desk_);
    auto proposal = head_->Post("/api/v1/dispatch/proposals", {{"date", kDay}, {"crews", Crews()}});
    ASSERT_EQ(proposal.status, 200) << proposal.Describe();
    json body = AcceptBody(proposal.body, Crews());
    // The last job changed since the proposal: every earlier assignment is rolled back with it.
    json& last_route = body["routes"][body["routes"].size() - 1];
    last_route["jobs"][last_route["jobs"].size() - 1]["version"] = 7;
    auto refused = head_->Post("/api/v1/dispatch/plans", body);
    EXPECT_EQ(refused.status, 409) << refused.Describe();
    for (const json& route : proposal.body["routes"]) {
        for (const json& visit : route["visits"]) {
            auto job =
                head_->Get("/api/v1/jobs/" + std::to_string(visit["jobId"].get<std::int64_t>()));
            EXPECT_EQ(job.body["status"], "new") << visit.dump();
            EXPECT_EQ(job.body["version"], 1);
        }
    }
}

TEST_F(DispatchApi, AnEditedPlanIsCheckedAgainstTheRealWindows) {
    const std::int64_t late = Job(2, "09:00", "12:00", desk_);
    const std::int64_t early = Job(3, "08:00", "08:30", desk_);
    json crew = Crews()[0];
    auto wrong = head_->Post(
        "/api/v1/dispatch/plans",
        {{"date", kDay},
         {"routes",
          {{{"crew", crew},
            {"jobs", {{{"jobId", late}, {"version", 1}}, {{"jobId", early}, {"version", 1}}}}}}}});
    ASSERT_EQ(wrong.status, 400) << wrong.Describe();
    ASSERT_EQ(wrong.body["error"]["violations"].size(), 1U) << wrong.Describe();
    EXPECT_EQ(wrong.body["error"]["violations"][0]["field"], "routes[0].jobs[1]");
    EXPECT_EQ(wrong.body["error"]["violations"][0]["reason"], "time_window");
    auto right = head_->Post(
        "/api/v1/dispatch/plans",
        {{"date", kDay},
         {"routes",
          {{{"crew", crew},
            {"jobs", {{{"jobId", early}, {"version", 1}}, {{"jobId", late}, {"version", 1}}}}}}}});
    ASSERT_EQ(right.status, 200) << right.Describe();
    EXPECT_EQ(right.body["scheduled"].size(), 2U);
    EXPECT_EQ(right.body["scheduled"][1]["arrival"], "09:00");  // waits for the customer's window
}

// Re-planning during the day (R-DSP-4): at 10:00 the crew has finished its first visit and a job
// was added. The finished visit stays as it is; the rest of the day is planned from that site,
// not before now; accepting may swap the crew's remaining jobs (their old times are no clash).
TEST_F(DispatchApi, ReplanningKeepsFinishedVisitsAndSetsOutFromWhereTheCrewIs) {
    const std::int64_t done = Job(15, "08:00", "10:00", desk_, kToday);
    Assign(done, kToday, "08:30", "09:30");
    Fire(done, {"start_loading", "depart", "arrive"});
    // The customer's signed receipt finishes the installation (R-FLD-5).
    Must(head_->Post("/api/v1/field/signatures",
                     ReceiptSignature(done, "9a1c7a52-6a1e-4d3e-9b55-0a1b2c3d4e07", "王主任")),
         201);
    const std::int64_t afternoon = Job(16, "10:00", "17:00", desk_, kToday);
    Assign(afternoon, kToday, "10:30", "11:30");
    const std::int64_t later = Job(-3, "10:00", "17:00", desk_, kToday);
    Assign(later, kToday, "14:30", "15:30");
    const std::int64_t added = Job(14, "10:00", "17:00", desk_, kToday);
    const int done_version = Version(done);

    auto r = head_->Post("/api/v1/dispatch/replans", {{"date", kToday}, {"timeLimitMs", 200}});
    ASSERT_EQ(r.status, 200) << r.Describe();
    ASSERT_EQ(r.body["crews"].size(), 1U) << r.Describe();
    const json& crew = r.body["crews"][0];
    EXPECT_EQ(crew["leadId"], people_[0]);
    EXPECT_EQ(crew["vehicleId"], van_);
    EXPECT_EQ(crew["from"], "10:00") << "not before now";
    EXPECT_EQ(crew["startSite"]["lngE6"], site_lng_[done]) << "where the finished visit left it";
    ASSERT_EQ(crew["kept"].size(), 1U);
    EXPECT_EQ(crew["kept"][0]["jobId"], done);
    EXPECT_EQ(crew["kept"][0]["status"], "installed");
    ASSERT_EQ(r.body["routes"].size(), 1U) << r.Describe();
    std::set<std::int64_t> planned;
    for (const json& visit : r.body["routes"][0]["visits"]) {
        planned.insert(visit["jobId"].get<std::int64_t>());
        EXPECT_GT(Minutes(visit["arrival"].get<std::string>()), 10 * 60) << visit.dump();
    }
    EXPECT_EQ(planned, (std::set<std::int64_t>{afternoon, later, added}));
    // From the finished site 15 km east, a job a km away (14 or 16 km east) comes first, a few
    // minutes after 10:00; from the factory the nearest (3 km west) would take longer.
    const json& next = r.body["routes"][0]["visits"][0];
    EXPECT_TRUE(next["jobId"] == added || next["jobId"] == afternoon) << next.dump();
    EXPECT_LE(Minutes(next["arrival"].get<std::string>()), 10 * 60 + 5) << next.dump();

    // The head puts the 14:30 job first: its new time (about 10:45, 18 km west of the finished
    // site) overlaps the 10:30 job's old one, which moves too: no clash.
    json body = {{"date", kToday},
                 {"replan", true},
                 {"routes",
                  {{{"crew", Crews()[0]},
                    {"jobs",
                     {{{"jobId", later}, {"version", Version(later)}},
                      {{"jobId", afternoon}, {"version", Version(afternoon)}},
                      {{"jobId", added}, {"version", Version(added)}}}}}}}};
    auto accepted = head_->Post("/api/v1/dispatch/plans", body);
    ASSERT_EQ(accepted.status, 200) << accepted.Describe();
    auto first = head_->Get("/api/v1/jobs/" + std::to_string(later));
    EXPECT_EQ(first.body["status"], "scheduled");
    EXPECT_LT(Minutes(first.body["assignment"]["windowStart"].get<std::string>()), 11 * 60);
    EXPECT_EQ(head_->Get("/api/v1/jobs/" + std::to_string(added)).body["status"], "scheduled");
    auto kept = head_->Get("/api/v1/jobs/" + std::to_string(done));
    EXPECT_EQ(kept.body["status"], "installed");
    EXPECT_EQ(kept.body["version"], done_version) << "the finished visit is not touched";
    EXPECT_EQ(kept.body["assignment"]["windowStart"], "08:30");
}

// A crew running two hours late (R-DSP-4): it takes up its day after the visit under way ends,
// plus the delay; a job whose window it can no longer meet goes back to the open jobs when the
// head accepts, rather than staying on the crew at a time it cannot keep.
TEST_F(DispatchApi, ADelayedCrewIsReplannedLaterAndAJobItCannotReachGoesBackToOpen) {
    const std::int64_t under_way = Job(5, "09:00", "11:00", desk_, kToday);
    Assign(under_way, kToday, "09:30", "11:00");
    Fire(under_way, {"start_loading", "depart", "arrive"});
    const std::int64_t narrow = Job(6, "11:30", "12:00", desk_, kToday);
    Assign(narrow, kToday, "11:30", "12:15");
    const int narrow_version = Version(narrow);

    auto r =
        head_->Post("/api/v1/dispatch/replans",
                    {{"date", kToday}, {"delays", {{{"leadId", people_[0]}, {"minutes", 120}}}}});
    ASSERT_EQ(r.status, 200) << r.Describe();
    const json& crew = r.body["crews"][0];
    EXPECT_EQ(crew["from"], "13:00") << "11:00 plus two hours";
    EXPECT_EQ(crew["delayMinutes"], 120);
    EXPECT_EQ(crew["kept"][0]["status"], "on_site");
    EXPECT_TRUE(r.body["routes"].empty()) << r.Describe();
    ASSERT_EQ(r.body["unplanned"].size(), 1U);
    EXPECT_EQ(r.body["unplanned"][0]["jobId"], narrow);
    EXPECT_EQ(r.body["unplanned"][0]["reason"], "time_window");
    EXPECT_EQ(r.body["unplanned"][0]["scheduled"], true) << "the head sees it would go back";

    json delayed = Crews()[0];
    delayed["delayMinutes"] = 120;
    auto accepted = head_->Post("/api/v1/dispatch/plans",
                                {{"date", kToday},
                                 {"replan", true},
                                 {"routes", {{{"crew", delayed}, {"jobs", json::array()}}}}});
    ASSERT_EQ(accepted.status, 200) << accepted.Describe();
    auto job = head_->Get("/api/v1/jobs/" + std::to_string(narrow));
    EXPECT_EQ(job.body["status"], "new");
    EXPECT_EQ(job.body["version"], narrow_version + 1);
    EXPECT_TRUE(job.body["assignment"].is_null());
    EXPECT_EQ(head_->Get("/api/v1/jobs/" + std::to_string(under_way)).body["status"], "on_site");

    auto unknown =
        head_->Post("/api/v1/dispatch/replans",
                    {{"date", kToday}, {"delays", {{{"leadId", people_[3]}, {"minutes", 30}}}}});
    ASSERT_EQ(unknown.status, 400) << unknown.Describe();
    EXPECT_EQ(unknown.body["error"]["violations"][0]["field"], "delays[0].leadId");

    // A day nobody is scheduled on has no crew to re-plan, and says so.
    auto empty = head_->Post("/api/v1/dispatch/replans", {{"date", kDay}});
    ASSERT_EQ(empty.status, 200) << empty.Describe();
    EXPECT_EQ(empty.body["crews"], json::array());
}

// The head's edit of a proposal is checked without scheduling anything, with the kilometres of
// the edited plan to compare (R-DSP-4).
TEST_F(DispatchApi, AnEditedPlanIsCheckedWithItsKilometresAndNothingIsScheduled) {
    const std::int64_t near = Job(3, "09:00", "17:00", desk_);
    const std::int64_t far = Job(12, "09:00", "17:00", desk_);
    const std::int64_t west = Job(-6, "09:00", "17:00", desk_);
    auto check = [&](const std::vector<std::int64_t>& order) {
        json jobs = json::array();
        for (std::int64_t id : order) jobs.push_back({{"jobId", id}, {"version", 1}});
        return head_->Post("/api/v1/dispatch/plans/check",
                           {{"date", kDay}, {"routes", {{{"crew", Crews()[0]}, {"jobs", jobs}}}}});
    };
    auto straight = check({near, far, west});
    ASSERT_EQ(straight.status, 200) << straight.Describe();
    auto zigzag = check({far, west, near});
    ASSERT_EQ(zigzag.status, 200) << zigzag.Describe();
    EXPECT_LT(straight.body["km"].get<double>(), zigzag.body["km"].get<double>());
    EXPECT_EQ(straight.body["routes"][0]["visits"][2]["jobId"], west);
    EXPECT_EQ(straight.body["routes"][0]["km"], straight.body["km"]);
    EXPECT_EQ(head_->Get("/api/v1/jobs/" + std::to_string(near)).body["status"], "new");

    const std::int64_t early = Job(2, "08:00", "08:30", desk_);
    auto late = check({near, early});
    ASSERT_EQ(late.status, 400) << late.Describe();
    EXPECT_EQ(late.body["error"]["violations"][0]["field"], "routes[0].jobs[1]");
    EXPECT_EQ(late.body["error"]["violations"][0]["reason"], "time_window");
}

// The board's map of a day: one route per crew, its jobs in the order of their windows, with
// the kilometres from the factory round them and back.
TEST_F(DispatchApi, TheScheduledDayComesBackCrewByCrewInTheOrderOfItsWindows) {
    const std::int64_t second = Job(6, "09:00", "17:00", desk_);
    const std::int64_t first = Job(3, "09:00", "17:00", desk_);
    Assign(second, kDay, "13:00", "14:00");
    Assign(first, kDay, "09:00", "10:00");
    Job(9, "09:00", "17:00", desk_);  // open: on no route

    auto r = head_->Get("/api/v1/dispatch/schedule?date=" + std::string(kDay));
    ASSERT_EQ(r.status, 200) << r.Describe();
    EXPECT_EQ(r.body["depot"]["lngE6"], 117'130'000);
    ASSERT_EQ(r.body["routes"].size(), 1U) << r.Describe();
    const json& route = r.body["routes"][0];
    EXPECT_EQ(route["leadId"], people_[0]);
    EXPECT_EQ(route["memberIds"], json({people_[1]}));
    ASSERT_EQ(route["visits"].size(), 2U);
    EXPECT_EQ(route["visits"][0]["jobId"], first);
    EXPECT_EQ(route["visits"][1]["jobId"], second);
    EXPECT_EQ(route["visits"][1]["windowStart"], "13:00");
    EXPECT_EQ(route["visits"][1]["site"]["lngE6"], site_lng_[second]);
    // Out 6 km east and back, at the city's detour factor: more than 12 km, less than twice it.
    const double km = route["km"].get<double>();
    EXPECT_GT(km, 12.0);
    EXPECT_LT(km, 24.0);
    EXPECT_EQ(r.body["km"], route["km"]);

    EXPECT_EQ(head_->Get("/api/v1/dispatch/schedule").status, 400);
    EXPECT_EQ(env_.LoginAs("sales").Get("/api/v1/dispatch/schedule?date=2026-12-01").status, 403);
}

// Only those who assign crews plan a day or form its crews (R-DSP-3/4).
TEST_F(DispatchApi, OnlyThoseWhoAssignCrewsMayAskForAProposal) {
    auto sales = env_.LoginAs("sales");
    auto r = sales.Post("/api/v1/dispatch/proposals", {{"date", kDay}, {"crews", Crews()}});
    EXPECT_EQ(r.status, 403) << r.Describe();
    auto accept = sales.Post("/api/v1/dispatch/plans", {{"date", kDay}, {"routes", json::array()}});
    EXPECT_EQ(accept.status, 403) << accept.Describe();
    EXPECT_EQ(sales.Get(std::string("/api/v1/dispatch/crews?date=") + kDay).status, 403);
    auto save =
        sales.Put("/api/v1/dispatch/crews", {{"date", kDay}, {"version", 0}, {"crews", Crews()}});
    EXPECT_EQ(save.status, 403) << save.Describe();
}

// R-DSP-3: the crews the head forms for a day are kept - read back after a reload in the order
// formed, saved again over the version read, audited with the crews before and after.
TEST_F(DispatchApi, TheCrewsFormedForADayAreKeptAndSavedAgainOnlyOverTheVersionRead) {
    const std::string path = std::string("/api/v1/dispatch/crews?date=") + kDay;
    auto none = head_->Get(path);
    ASSERT_EQ(none.status, 200) << none.Describe();
    EXPECT_EQ(none.body["version"], 0);
    EXPECT_EQ(none.body["crews"], json::array());
    EXPECT_FALSE(none.body.contains("savedAt"));

    json crews = Crews();
    crews[0]["driverId"] = people_[0];  // the lead drives the van
    crews[1]["memberIds"] = {people_[4], people_[3]};
    auto saved =
        head_->Put("/api/v1/dispatch/crews", {{"date", kDay}, {"version", 0}, {"crews", crews}});
    ASSERT_EQ(saved.status, 200) << saved.Describe();
    EXPECT_EQ(saved.body["version"], 1);
    auto read = head_->Get(path);
    EXPECT_EQ(IdsOf(read.body["crews"]), crews) << "members in the order named, the driver kept";
    EXPECT_EQ(read.body["crews"][0]["leadName"], "技师0");
    EXPECT_EQ(read.body["crews"][1]["vehiclePlate"], "鲁A·67890");
    EXPECT_EQ(saved.body, read.body) << "the save answers what a read answers";
    EXPECT_EQ(read.body["version"], 1);
    EXPECT_FALSE(read.body["savedByName"].get<std::string>().empty());
    EXPECT_FALSE(read.body["savedAt"].get<std::string>().empty());
    EXPECT_EQ(head_->Get("/api/v1/dispatch/crews?date=2026-12-02").body["version"], 0)
        << "a line-up is the day's own";

    // A second head who read the day before the save is told to reload; nothing changes.
    auto stale = head_->Put("/api/v1/dispatch/crews",
                            {{"date", kDay}, {"version", 0}, {"crews", json::array()}});
    EXPECT_EQ(stale.status, 409) << stale.Describe();
    // Told to reload before anything is judged: what it would be judged against has changed.
    json nobody =
        json::array({{{"leadId", 999'999}, {"memberIds", json::array()}, {"vehicleId", van_}}});
    auto stale_and_wrong =
        head_->Put("/api/v1/dispatch/crews", {{"date", kDay}, {"version", 0}, {"crews", nobody}});
    EXPECT_EQ(stale_and_wrong.status, 409) << stale_and_wrong.Describe();
    EXPECT_EQ(IdsOf(head_->Get(path).body["crews"]), crews);

    auto fewer = head_->Put("/api/v1/dispatch/crews",
                            {{"date", kDay}, {"version", 1}, {"crews", {crews[1]}}});
    ASSERT_EQ(fewer.status, 200) << fewer.Describe();
    EXPECT_EQ(fewer.body["version"], 2);
    EXPECT_EQ(IdsOf(head_->Get(path).body["crews"]), json::array({crews[1]}));

    auto trail = head_->Get("/api/v1/audit?entity=day_crews&pageSize=10");
    ASSERT_EQ(trail.status, 200) << trail.Describe();
    ASSERT_EQ(trail.body["items"].size(), 2U) << trail.Describe();
    const json& last = trail.body["items"][0];
    EXPECT_EQ(last["entityId"], kDay);
    EXPECT_NE(last["before"].dump().find(std::to_string(van_)), std::string::npos) << last.dump();
    EXPECT_EQ(last["after"]["crews"].size(), 1U) << last.dump();
}

// R-DSP-3: a line-up is judged as the day's assignments would be, every problem at once, and
// nothing is kept when one crew cannot go out.
TEST_F(DispatchApi, ACrewThatCannotGoOutThatDayIsRefusedWithEveryReason) {
    const std::string path = std::string("/api/v1/dispatch/crews?date=") + kDay;
    json twice = Crews();
    twice[1]["memberIds"] = {people_[1]};
    twice[1]["vehicleId"] = van_;
    auto repeated =
        head_->Put("/api/v1/dispatch/crews", {{"date", kToday}, {"version", 0}, {"crews", twice}});
    ASSERT_EQ(repeated.status, 400) << repeated.Describe();
    std::set<std::pair<std::string, std::string>> got;
    for (const json& v : repeated.body["error"]["violations"])
        got.insert({v["field"].get<std::string>(), v["reason"].get<std::string>()});
    EXPECT_EQ(got,
              (std::set<std::pair<std::string, std::string>>{{"crews[1].memberIds[0]", "duplicate"},
                                                             {"crews[1].vehicleId", "duplicate"}}));
    auto past = head_->Put("/api/v1/dispatch/crews",
                           {{"date", "2026-11-26"}, {"version", 0}, {"crews", Crews()}});
    ASSERT_EQ(past.status, 400) << past.Describe();
    EXPECT_EQ(past.body["error"]["violations"][0]["field"], "date");

    const std::int64_t intern = Must(head_->Post("/api/v1/staff",
                                                 {{"name", "实习生"},
                                                  {"phone", "13905310200"},
                                                  {"hireDate", "2026-07-01"},
                                                  {"experienceStart", "2026-07-01"},
                                                  {"grade", "intern"}}),
                                     201);
    Must(head_->Post("/api/v1/staff/" + std::to_string(people_[3]) + "/leave",
                     {{"from", kDay}, {"to", kDay}, {"kind", "annual"}, {"note", "年假"}}),
         201);
    json crews =
        json::array({{{"leadId", intern}, {"memberIds", json::array()}, {"vehicleId", van_}},
                     {{"leadId", people_[2]},
                      {"memberIds", {people_[3]}},
                      {"vehicleId", garage_},
                      {"driverId", people_[1]}}});
    auto refused =
        head_->Put("/api/v1/dispatch/crews", {{"date", kDay}, {"version", 0}, {"crews", crews}});
    ASSERT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_EQ(refused.body["error"]["code"], "FAILED_PRECONDITION") << refused.Describe();
    got.clear();
    for (const json& v : refused.body["error"]["violations"])
        got.insert({v["field"].get<std::string>(), v["reason"].get<std::string>()});
    EXPECT_EQ(
        got,
        (std::set<std::pair<std::string, std::string>>{{"crews[0].leadId", "not_installer"},
                                                       {"crews[1].memberIds[0]", "on_leave"},
                                                       {"crews[1].vehicleId", "not_in_service"},
                                                       {"crews[1].driverId", "not_driver"}}));
    EXPECT_EQ(head_->Get(path).body["version"], 0) << "nothing kept";
}

// R-DSP-3: a crew formed for several days (the board's form-crew dialog) is saved for all of
// them in one transaction: a day that cannot take it, or that someone saved meanwhile, keeps
// every other day as it was, and the refusal names that day.
TEST_F(DispatchApi, ACrewFormedForSeveralDaysIsSavedForAllOfThemOrNone) {
    auto version_of = [&](const std::string& day) {
        return head_->Get("/api/v1/dispatch/crews?date=" + day).body["version"].get<int>();
    };
    auto fields = [](const ApiResponse& r) {
        std::set<std::pair<std::string, std::string>> got;
        for (const json& v : r.body["error"]["violations"])
            got.insert({v["field"].get<std::string>(), v["reason"].get<std::string>()});
        return got;
    };
    json two_days = {{"days",
                      {{{"date", "2026-12-01"}, {"version", 0}, {"crews", Crews()}},
                       {{"date", "2026-12-02"}, {"version", 0}, {"crews", {Crews()[1]}}}}}};
    auto saved = head_->Put("/api/v1/dispatch/lineups", two_days);
    ASSERT_EQ(saved.status, 200) << saved.Describe();
    ASSERT_EQ(saved.body["days"].size(), 2U);
    EXPECT_EQ(saved.body["days"][1]["date"], "2026-12-02");
    EXPECT_EQ(saved.body["days"][1]["version"], 1);
    EXPECT_EQ(saved.body["days"][0], head_->Get("/api/v1/dispatch/crews?date=2026-12-01").body)
        << "each day answered as a read answers it";
    EXPECT_EQ(IdsOf(head_->Get("/api/v1/dispatch/crews?date=2026-12-02").body["crews"]),
              json::array({Crews()[1]}));

    // people_[3] is on leave on the 3rd and the 5th: the 2nd, valid on its own, is not saved
    // either, and both days' clashes come back at once.
    Must(head_->Post(
             "/api/v1/staff/" + std::to_string(people_[3]) + "/leave",
             {{"from", "2026-12-03"}, {"to", "2026-12-05"}, {"kind", "annual"}, {"note", "年假"}}),
         201);
    json refused_days = {{"days",
                          {{{"date", "2026-12-02"}, {"version", 1}, {"crews", Crews()}},
                           {{"date", "2026-12-03"}, {"version", 0}, {"crews", Crews()}},
                           {{"date", "2026-12-05"}, {"version", 0}, {"crews", Crews()}}}}};
    auto refused = head_->Put("/api/v1/dispatch/lineups", refused_days);
    ASSERT_EQ(refused.status, 400) << refused.Describe();
    EXPECT_EQ(refused.Code(), "FAILED_PRECONDITION");
    EXPECT_EQ(fields(refused),
              (std::set<std::pair<std::string, std::string>>{
                  {"days[1].crews[1].memberIds[0]", "on_leave"},
                  {"days[2].crews[1].memberIds[0]", "on_leave"}}));
    EXPECT_EQ(version_of("2026-12-02"), 1) << "the day before the refused one is not saved";
    EXPECT_EQ(IdsOf(head_->Get("/api/v1/dispatch/crews?date=2026-12-02").body["crews"]),
              json::array({Crews()[1]}));

    // A day saved since the version read: 409 naming it, the other day untouched.
    json stale_days = {{"days",
                        {{{"date", "2026-12-06"}, {"version", 0}, {"crews", Crews()}},
                         {{"date", "2026-12-01"}, {"version", 0}, {"crews", Crews()}}}}};
    auto stale = head_->Put("/api/v1/dispatch/lineups", stale_days);
    ASSERT_EQ(stale.status, 409) << stale.Describe();
    EXPECT_EQ(
        fields(stale),
        (std::set<std::pair<std::string, std::string>>{{"days[1].version", "stale_version"}}));
    EXPECT_EQ(version_of("2026-12-06"), 0);

    // What can be judged without the database comes back at once, for every day.
    json bad = {{"days",
                 {{{"date", "2026-11-26"}, {"version", 0}, {"crews", Crews()}},
                  {{"date", "2026-12-04"}, {"version", 0}, {"crews", {Crews()[0], Crews()[0]}}},
                  {{"date", "2026-12-04"}, {"version", 0}, {"crews", json::array()}}}}};
    auto invalid = head_->Put("/api/v1/dispatch/lineups", bad);
    ASSERT_EQ(invalid.status, 400) << invalid.Describe();
    EXPECT_EQ(invalid.Code(), "INVALID_ARGUMENT");
    const auto got = fields(invalid);
    EXPECT_TRUE(got.contains({"days[0].date", "in_past"})) << invalid.Describe();
    EXPECT_TRUE(got.contains({"days[1].crews[1].leadId", "duplicate"})) << invalid.Describe();
    EXPECT_TRUE(got.contains({"days[2].date", "duplicate"})) << invalid.Describe();
    auto none = head_->Put("/api/v1/dispatch/lineups", {{"days", json::array()}});
    ASSERT_EQ(none.status, 400) << none.Describe();
    EXPECT_EQ(fields(none), (std::set<std::pair<std::string, std::string>>{{"days", "required"}}));

    auto trail = head_->Get("/api/v1/audit?entity=day_crews&pageSize=10");
    ASSERT_EQ(trail.status, 200) << trail.Describe();
    EXPECT_EQ(trail.body["items"].size(), 2U) << "one entry per day saved, none for the refusals";

    auto sales = env_.LoginAs("sales");
    EXPECT_EQ(sales.Put("/api/v1/dispatch/lineups", stale_days).status, 403);
}

// R-DSP-4: a crew formed for the day that has no job yet takes part in a re-plan (a job added
// during the day can go to it); a crew already on the schedule is not taken twice.
TEST_F(DispatchApi, AReplanAlsoTakesTheDaysFormedCrewsThatHaveNoJobYet) {
    const std::int64_t scheduled = Job(5, "10:00", "17:00", desk_, kToday);
    Assign(scheduled, kToday, "13:00", "14:00");
    const std::int64_t added = Job(-6, "10:00", "17:00", desk_, kToday);
    Must(head_->Put("/api/v1/dispatch/crews",
                    {{"date", kToday}, {"version", 0}, {"crews", Crews()}}),
         200);

    auto r = head_->Post("/api/v1/dispatch/replans", {{"date", kToday}, {"timeLimitMs", 200}});
    ASSERT_EQ(r.status, 200) << r.Describe();
    ASSERT_EQ(r.body["crews"].size(), 2U) << r.Describe();
    EXPECT_EQ(r.body["crews"][0]["leadId"], people_[0]) << "the scheduled crew first";
    EXPECT_EQ(r.body["crews"][1]["leadId"], people_[2]) << "then the formed one";
    EXPECT_EQ(r.body["crews"][1]["vehicleId"], truck_);
    EXPECT_EQ(r.body["crews"][1]["kept"], json::array());
    std::set<std::int64_t> planned;
    for (const json& route : r.body["routes"])
        for (const json& visit : route["visits"])
            planned.insert(visit["jobId"].get<std::int64_t>());
    EXPECT_EQ(planned, (std::set<std::int64_t>{scheduled, added})) << r.Describe();
}

}  // namespace
}  // namespace kefu::api_tests
