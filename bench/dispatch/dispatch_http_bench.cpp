// Issue 11's target for the planning assistant, "a proposal is back in the browser within 3 s:
// request to response, planner time limit included", measured through the real server: the
// generated Jinan-like day (jinan_day.hpp, the day of dispatch_bench) is loaded through the API
// into a kefu on 127.0.0.1 with a fresh SQLite database (the API test harness), then
// POST /api/v1/dispatch/proposals is timed as the web client sends it (no timeLimitMs, so the
// server's default limit applies), beside the planner alone on the same day in this process.
// Then the edited-plan check, the accept and the board's GET of the scheduled day.
#include <fmt/core.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "app/api_tests/api_harness.hpp"
#include "bench/dispatch/jinan_day.hpp"
#include "bench/dispatch/jinan_day_api.hpp"
#include "dispatch/day_plan.hpp"
#include "dispatch/dispatch_service.hpp"

namespace {

namespace api = kefu::api_tests;
namespace bench = kefu::bench;
namespace dispatch = kefu::dispatch;
using nlohmann::json;

/// The machine's load averages now (1, 5, 15 min): the machine is shared, so every figure
/// carries the load it was measured under.
std::string Load() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return fmt::format("load {} {} {}", one, five, fifteen);
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Runs `request`, timing it from before the request is sent until its body has been parsed.
std::pair<double, api::ApiResponse> Timed(const std::function<api::ApiResponse()>& request,
                                          int expected_status,
                                          const char* what) {
    const auto start = std::chrono::steady_clock::now();
    api::ApiResponse r = request();
    const double seconds = SecondsSince(start);
    if (r.status != expected_status)
        throw std::runtime_error(fmt::format("{}: {}", what, r.Describe()));
    return {seconds, std::move(r)};
}

/// Min, median and max of `seconds` (not empty).
std::string Spread(std::vector<double> seconds) {
    std::ranges::sort(seconds);
    const std::size_t n = seconds.size();
    const double median = n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2.0;
    return fmt::format("min {:.3f} s, median {:.3f} s, max {:.3f} s ({} runs)",
                       seconds.front(),
                       median,
                       seconds.back(),
                       n);
}

double Median(std::vector<double> v) {
    std::ranges::sort(v);
    return v.size() % 2 == 1 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
}

/// The figures of one proposal answer.
struct Answer {
    std::size_t planned = 0;
    std::size_t unplanned = 0;
    std::size_t routes = 0;
    double km = 0.0;
};

Answer Read(const json& proposal) {
    Answer a;
    for (const json& route : proposal.at("routes")) a.planned += route.at("visits").size();
    a.routes = proposal.at("routes").size();
    a.unplanned = proposal.at("unplanned").size();
    a.km = proposal.at("km").get<double>();
    return a;
}

/// The body of POST /dispatch/plans(/check) for `proposal` as it stands: each route's crew from
/// the request and its jobs in order, at their versions.
json PlanBody(const json& proposal, const json& crews) {
    json routes = json::array();
    for (const json& route : proposal.at("routes")) {
        json jobs = json::array();
        for (const json& visit : route.at("visits")) {
            jobs.push_back({{"jobId", visit.at("jobId")}, {"version", visit.at("version")}});
        }
        routes.push_back({{"crew", crews.at(route.at("crewIndex").get<std::size_t>())},
                          {"jobs", std::move(jobs)}});
    }
    return {{"date", proposal.at("date")}, {"routes", std::move(routes)}};
}

/// The crews' orders of `proposal`, for CheckPlan in this process.
std::vector<dispatch::CrewOrder> OrdersOf(const json& proposal) {
    std::vector<dispatch::CrewOrder> orders;
    for (const json& route : proposal.at("routes")) {
        dispatch::CrewOrder order{route.at("crewIndex").get<std::size_t>(), {}};
        for (const json& visit : route.at("visits")) {
            order.job_ids.push_back(visit.at("jobId").get<std::int64_t>());
        }
        orders.push_back(std::move(order));
    }
    return orders;
}

void Measure(std::uint64_t seed, int runs, const std::string& date) {
    const bench::Day day = bench::GenerateDay(seed, 0);
    // The web client sends no timeLimitMs: the route's default applies (ProposeInput's too).
    const double server_limit = dispatch::ProposeInput{}.time_limit_seconds;

    // The server logs its migrations and requests on stdout; only warnings stay, so stdout holds
    // the figures.
    spdlog::set_level(spdlog::level::warn);
    // A fresh migrated SQLite database, clock 2026-11-27 10:00, planning as `kefu serve` does.
    kefu::testing::TestApp test_app(kefu::auth::HashStrength::kMinimal,
                                    dispatch::DefaultPlannerThreads());
    if (auto loaded = test_app.app->LoadReferenceData(); !loaded) {
        throw std::runtime_error(loaded.error().message());
    }
    test_app.CreateUser("head", {kefu::auth::Role::kHead});
    // `kefu serve`'s defaults (64 workers), not the tests' 8.
    api::TestServer server(test_app, kefu::http::ServerOptions{});
    api::ApiClient head(server.port());
    if (auto login = head.Login("head", kefu::testing::kTestPassword); login.status != 200) {
        throw std::runtime_error("login: " + login.Describe());
    }

    const auto load_start = std::chrono::steady_clock::now();
    std::size_t requests = bench::SetJinanPolicy(head, date);
    const bench::LoadedDay loaded = bench::LoadDayThroughApi(head, day, date);
    requests += loaded.requests;
    fmt::print(
        "day: {} jobs on {}, {} crews, seed {}; loaded through the API in {:.1f} s "
        "({} POSTs, {})\n",
        day.jobs.size(),
        date,
        day.crews.size(),
        seed,
        SecondsSince(load_start),
        requests,
        Load());
    const std::vector<dispatch::PlanJob> stored = bench::AsStored(day, loaded);
    const dispatch::PlanSettings settings = bench::ServerSettings(server_limit);

    const json request = {{"date", date}, {"crews", loaded.crews}};
    std::vector<double> http_seconds;
    std::vector<double> planner_seconds;
    json last;
    for (int run = 1; run <= runs; ++run) {
        auto [seconds, r] = Timed([&] { return head.Post("/api/v1/dispatch/proposals", request); },
                                  200,
                                  "POST /api/v1/dispatch/proposals");
        http_seconds.push_back(seconds);
        const Answer a = Read(r.body);
        fmt::print(
            "proposal {}: POST /api/v1/dispatch/proposals {:.3f} s ({}); {} planned, "
            "{} unplanned, {} routes, {:.1f} km\n",
            run,
            seconds,
            Load(),
            a.planned,
            a.unplanned,
            a.routes,
            a.km);
        // The planner alone on the same day and policy, under the same load: the answer does
        // not say how long the planner took, so this is its share.
        const auto start = std::chrono::steady_clock::now();
        auto alone = dispatch::ProposeDay(stored, day.crews, settings);
        const double planner = SecondsSince(start);
        if (!alone) throw std::runtime_error("in-process ProposeDay: " + alone.error().message());
        planner_seconds.push_back(planner);
        fmt::print(
            "proposal {}: in-process ProposeDay, same day {:.3f} s ({}); {} unplanned, "
            "{:.1f} km\n",
            run,
            planner,
            Load(),
            alone->unplanned.size(),
            alone->km);
        last = std::move(r.body);
    }
    fmt::print("proposal request, no timeLimitMs (server default {} s): {}\n",
               server_limit,
               Spread(http_seconds));
    fmt::print("in-process ProposeDay (the planner's share): {}\n", Spread(planner_seconds));
    fmt::print("outside the planner (median request - median ProposeDay): {:.3f} s\n",
               Median(http_seconds) - Median(planner_seconds));

    // The check reads the same rows as a proposal and runs only the checker, so beside the same
    // check in this process on the generated day it shows what the reading and the answer cost.
    // Equal kilometres show that the server planned the generated day under the intended policy.
    const json plan = PlanBody(last, loaded.crews);
    const std::vector<dispatch::CrewOrder> orders = OrdersOf(last);
    std::vector<double> check_seconds;
    std::vector<double> checker_seconds;
    double check_km = 0.0;
    double checker_km = 0.0;
    for (int run = 1; run <= runs; ++run) {
        auto [seconds, r] = Timed([&] { return head.Post("/api/v1/dispatch/plans/check", plan); },
                                  200,
                                  "POST /api/v1/dispatch/plans/check");
        check_seconds.push_back(seconds);
        check_km = r.body.at("km").get<double>();
        const auto start = std::chrono::steady_clock::now();
        auto checked = dispatch::CheckPlan(stored, day.crews, bench::ServerSettings(1.0), orders);
        checker_seconds.push_back(SecondsSince(start));
        if (!checked)
            throw std::runtime_error("in-process CheckPlan: " + checked.error().message());
        checker_km = checked->km;
    }
    fmt::print("check of the last proposal: POST /api/v1/dispatch/plans/check {} ({}); {:.1f} km\n",
               Spread(check_seconds),
               Load(),
               check_km);
    fmt::print("check of the last proposal: in-process CheckPlan, same day {} ({}); {:.1f} km{}\n",
               Spread(checker_seconds),
               Load(),
               checker_km,
               std::abs(std::round(checker_km * 10.0) / 10.0 - check_km) < 1e-9 ? " (equal)"
                                                                                : " (DIFFER)");
    fmt::print(
        "reading the day and answering (median check request - median CheckPlan): "
        "{:.3f} s\n",
        Median(check_seconds) - Median(checker_seconds));

    auto [accept_seconds, accepted] =
        Timed([&] { return head.Post("/api/v1/dispatch/plans", plan); },
              200,
              "POST /api/v1/dispatch/plans");
    fmt::print(
        "accept of the last proposal: POST /api/v1/dispatch/plans {:.3f} s ({}); {} jobs "
        "scheduled\n",
        accept_seconds,
        Load(),
        accepted.body.at("scheduled").size());

    std::vector<double> schedule_seconds;
    json schedule;
    for (int run = 1; run <= runs; ++run) {
        auto [seconds, r] =
            Timed([&] { return head.Get("/api/v1/dispatch/schedule?date=" + date); },
                  200,
                  "GET /api/v1/dispatch/schedule");
        schedule_seconds.push_back(seconds);
        schedule = std::move(r.body);
    }
    std::size_t visits = 0;
    for (const json& route : schedule.at("routes")) visits += route.at("visits").size();
    fmt::print(
        "scheduled day: GET /api/v1/dispatch/schedule {} ({}); {} routes, {} visits, "
        "{:.1f} km\n",
        Spread(schedule_seconds),
        Load(),
        schedule.at("routes").size(),
        visits,
        schedule.at("km").get<double>());
}

}  // namespace

/// Reads the options, prints the command line and the figures.
int main(int argc, char** argv) {
    CLI::App app{
        "The planning assistant's proposal through the API on the Jinan-like day (issue 11)"};
    std::uint64_t seed = 1;
    int runs = 5;
    std::string date = "2026-12-01";  // a Tuesday after the harness clock's 2026-11-27
    app.add_option("--seed", seed, "generator seed (the server plans with its own seed, 1)");
    app.add_option("--runs", runs, "proposals timed (and checks, schedule reads)")
        ->check(CLI::Range(1, 50));
    app.add_option("--date", date, "the jobs' date, after 2026-11-27 (the harness clock)");
    CLI11_PARSE(app, argc, argv);
    std::string command = argv[0];
    for (int i = 1; i < argc; ++i) command += fmt::format(" {}", argv[i]);
    fmt::print("command: {}\n", command);
    try {
        Measure(seed, runs, date);
    } catch (const std::exception& e) {
        fmt::print(stderr, "dispatch http bench: {}\n", e.what());
        return 1;
    }
    return 0;
}
