// The offline outbox against a network that drops requests (R-FLD-10, issue 10): 1,000 cycles of
// "offline, record a step, online, sync" through a proxy that loses requests before the server,
// after the server answered, and half-way through, with the phone's protocol: every step goes
// into an outbox under its own UUID first, and an item leaves the outbox only when the server
// has answered it (201 applied, 200 replayed). At the end nothing is lost and nothing is
// counted twice: one record per UUID, one transition per step, every job where its steps put it.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <deque>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "app/api_tests/api_harness.hpp"
#include "app/api_tests/flaky_proxy.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

constexpr int kCycles = 1000;
constexpr int kStepsPerJob = 4;  // loading, departure, arrival, installation
constexpr int kJobs = kCycles / kStepsPerJob;
constexpr int kJobsPerDay = 10;

std::int64_t IdOf(const ApiResponse& r) { return r.body["id"].get<std::int64_t>(); }

/// A UUID as a phone makes them (version 4 layout), from the test's own generator.
std::string NewUuid(std::mt19937_64& rng) {
    const std::uint64_t a = rng();
    const std::uint64_t b = rng();
    return fmt::format("{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
                       a >> 32U,
                       (a >> 16U) & 0xffffU,
                       a & 0xfffU,
                       (b >> 48U) & 0xfffU,
                       b & 0xffffffffffffULL);
}

/// The phone's side: steps wait in the outbox until the server has answered them.
struct Outbox {
    std::deque<json> items;
    int sent = 0;
    int replays = 0;
    int transport_errors = 0;

    /// Sends the items in order until one gets no answer (the network went away); an answered
    /// item leaves the outbox. A refusal is a bug of this test's records: it throws.
    void Sync(ApiClient& client) {
        while (!items.empty()) {
            ++sent;
            const ApiResponse r = client.Post("/api/v1/field/records", items.front());
            if (r.status == 0) {
                ++transport_errors;
                return;
            }
            if (r.status != 200 && r.status != 201) {
                throw std::runtime_error("the server refused a record: " + r.Describe());
            }
            if (r.status == 200) ++replays;
            items.pop_front();
        }
    }
};

class FieldSyncReliability : public ::testing::Test {
protected:
    ApiResponse Must(const ApiResponse& r, int status) {
        if (r.status != status) throw std::runtime_error(r.Describe());
        return r;
    }

    ApiEnv env_;
};

TEST_F(FieldSyncReliability, AThousandOfflineOnlineCyclesWithDropsLoseNothingAndCountNothingTwice) {
    auto loaded = env_.test_app.app->LoadReferenceData();
    ASSERT_TRUE(loaded) << loaded.error().message();
    env_.test_app.CreateUser("head", {Role::kHead});
    ApiClient head = env_.LoginAs("head");
    const auto lead = IdOf(Must(head.Post("/api/v1/staff",
                                          {{"name", "李强"},
                                           {"phone", "13905310002"},
                                           {"hireDate", "2020-03-01"},
                                           {"experienceStart", "2020-03-01"},
                                           {"grade", "supervisor"},
                                           {"roles", json::array()}}),
                                201));
    env_.test_app.CreateUser("lead", {Role::kSupervisor}, StaffId(lead));
    const auto product = IdOf(Must(head.Post("/api/v1/products",
                                             {{"model", "BT-1608"},
                                              {"name", "办公桌"},
                                              {"series", "博特"},
                                              {"piecesPerUnit", 3},
                                              {"volumeL", 100},
                                              {"weightG", 10000},
                                              {"installMinutesPerUnit", 20},
                                              {"installersNeeded", 1}}),
                                   201));
    const auto customer = IdOf(
        Must(head.Post("/api/v1/customers", {{"kind", "company"}, {"name", "济南软件园"}}), 201));
    const auto site = IdOf(Must(
        head.Post(
            "/api/v1/sites",
            {{"customerId", customer}, {"divisionCode", "370112"}, {"street", "舜华路 2000 号"}}),
        201));
    // The jobs: ten a day in hour slots from today on, all for the one crew.
    std::vector<std::int64_t> jobs;
    for (int i = 0; i < kJobs; ++i) {
        const std::string day = Date(2026, 11, 27).AddDays(i / kJobsPerDay).ToString();
        const std::string from = fmt::format("{:02}:00", 8 + i % kJobsPerDay);
        const std::string to = fmt::format("{:02}:50", 8 + i % kJobsPerDay);
        const auto job = Must(head.Post("/api/v1/jobs",
                                        {{"kind", "installation"},
                                         {"customerId", customer},
                                         {"siteId", site},
                                         {"contactName", "王主任"},
                                         {"contactPhone", "13905319999"},
                                         {"requestedDate", day},
                                         {"windowStart", from},
                                         {"windowEnd", to},
                                         {"items", {{{"productId", product}, {"quantity", 2}}}}}),
                              201);
        Must(head.Post("/api/v1/jobs/" + std::to_string(IdOf(job)) + "/assignment",
                       {{"lead", lead},
                        {"members", json::array()},
                        {"date", day},
                        {"windowStart", from},
                        {"windowEnd", to},
                        {"version", job.body["version"]}}),
             200);
        jobs.push_back(IdOf(job));
    }

    // The phone: logged in directly, then talking through the flaky network only.
    ApiClient direct = env_.LoginAs("lead");
    FlakyProxy::Options network;
    network.seed = 20261127;
    network.drop_before = 0.15;
    network.drop_after = 0.15;
    network.drop_midway = 0.1;
    FlakyProxy proxy(env_.server.port(), network);
    ApiClient phone(proxy.port());
    phone.set_session_token(direct.session_token());
    phone.set_csrf_token(direct.csrf_token());

    const json counts = json::array({{{"productId", product}, {"pieces", 6}}});
    auto step_body = [&](std::int64_t job, int step, const std::string& id, int cycle) {
        static constexpr const char* kSteps[] = {"loading", "departure", "arrival", "installation"};
        json body = {{"id", id},
                     {"jobId", job},
                     {"step", kSteps[step]},
                     {"recordedAt",
                      FormatTimestamp(*ParseTimestamp("2026-11-26T00:00:00Z") +
                                      std::chrono::seconds(cycle))}};
        if (step == 0) {
            body["checks"] = {"packaging_intact", "keeper_confirmed"};
            body["counts"] = counts;
        } else if (step == 1) {
            body["checks"] = {"tools_taken", "feedback_form_taken", "documents_taken"};
        } else if (step == 2) {
            body["counts"] = counts;
        } else {
            body["checks"] = {
                "protection", "placement", "adjustment", "warranty_explained", "site_cleaned"};
        }
        return body;
    };

    std::mt19937_64 rng(7);
    std::vector<int> next_step(jobs.size(), 0);
    std::map<std::string, std::pair<std::int64_t, int>> created;  // uuid → job, step
    Outbox outbox;
    for (int cycle = 0; cycle < kCycles; ++cycle) {
        // Offline: the crew does the next step of a job (in order per job), the phone keeps it.
        proxy.set_offline(true);
        auto j = static_cast<std::size_t>(rng() % jobs.size());
        while (next_step[j] == kStepsPerJob) j = (j + 1) % jobs.size();
        const std::string id = NewUuid(rng);
        outbox.items.push_back(step_body(jobs[j], next_step[j], id, cycle));
        created[id] = {jobs[j], next_step[j]};
        ++next_step[j];
        outbox.Sync(phone);  // offline: nothing gets through, nothing is lost
        // Online again, on a network that drops requests.
        proxy.set_offline(false);
        outbox.Sync(phone);
    }
    // The signal comes back for good.
    int rounds = 0;
    while (!outbox.items.empty() && rounds++ < 100) outbox.Sync(direct);
    ASSERT_TRUE(outbox.items.empty()) << outbox.items.size() << " records never got through";

    // 0 lost, 0 duplicated: one stored record per UUID the phone made, each as the phone made it.
    std::map<std::string, std::pair<std::int64_t, std::string>> stored;
    int applied = 0;
    int duplicated = 0;
    for (std::int64_t job : jobs) {
        const auto work = Must(head.Get("/api/v1/field/jobs/" + std::to_string(job)), 200);
        for (const auto& r : work.body["records"]) {
            const auto inserted = stored.emplace(r["id"].get<std::string>(),
                                                 std::pair{job, r["step"].get<std::string>()});
            if (!inserted.second || !created.contains(r["id"].get<std::string>())) ++duplicated;
            applied += r["outcome"] == "applied" ? 1 : 0;
        }
        // Every job took its four steps once each: on site, three transitions by the crew.
        const auto detail = Must(head.Get("/api/v1/jobs/" + std::to_string(job)), 200);
        EXPECT_EQ(detail.body["status"], "on_site") << "job " << job;
        int field_moves = 0;
        for (const auto& t : detail.body["transitions"]) field_moves += t["by"] == "lead" ? 1 : 0;
        EXPECT_EQ(field_moves, 3) << "job " << job;
    }
    int lost = 0;
    for (const auto& [id, made] : created) lost += stored.contains(id) ? 0 : 1;
    EXPECT_EQ(lost, 0);
    EXPECT_EQ(duplicated, 0);
    EXPECT_EQ(stored.size(), created.size());
    EXPECT_EQ(applied, kCycles) << "every record applies: the outbox keeps each job's order";
    for (const auto& [id, made] : created) {
        static constexpr const char* kSteps[] = {"loading", "departure", "arrival", "installation"};
        const auto it = stored.find(id);
        if (it == stored.end()) continue;  // counted in lost
        EXPECT_EQ(it->second.first, made.first);
        EXPECT_EQ(it->second.second, kSteps[made.second]);
    }
    const FlakyProxy::Stats s = proxy.stats();
    // The network really misbehaved in every way, and the server really saw replays.
    EXPECT_GT(s.dropped_before, 0);
    EXPECT_GT(s.dropped_after, 0);
    EXPECT_GT(s.dropped_midway, 0);
    EXPECT_GT(s.refused_offline, 0);
    EXPECT_GT(outbox.replays, 0);
    // The figure the README quotes.
    fmt::print(
        "field sync reliability: {} cycles, {} records, {} sends ({} without an answer, {} "
        "answered as replays); proxy: {} connections, {} refused offline, {} dropped before the "
        "server, {} after it answered, {} half-way; lost {}, duplicated {}\n",
        kCycles,
        created.size(),
        outbox.sent,
        outbox.transport_errors,
        outbox.replays,
        s.connections,
        s.refused_offline,
        s.dropped_before,
        s.dropped_after,
        s.dropped_midway,
        lost,
        duplicated);
}

}  // namespace
}  // namespace kefu::api_tests
