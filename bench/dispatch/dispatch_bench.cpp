// Issue 11: the planning assistant (dispatch::ProposeDay, BuildProblem included) on a generated
// Jinan-like day of 200 jobs and 30 crews, with the product's time limit and with a long one,
// and on a week of five such days planned one after another.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <array>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <initializer_list>
#include <numbers>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "dispatch/day_plan.hpp"
#include "dispatch/dispatch_service.hpp"

namespace {

namespace dispatch = kefu::dispatch;
namespace planner = kefu::planner;

constexpr int kJobsPerDay = 200;
constexpr int kCrews = 30;
constexpr planner::Coordinates kJinanCentre{117.1201, 36.6512};  // x = longitude, y = latitude
constexpr double kKmPerDegreeLat = 111.2;

/// County towns around Jinan (approximate centres), 30–80 km from the city centre.
constexpr std::array<planner::Coordinates, 6> kCountyTowns{{
    {117.53, 36.71},  // 章丘 Zhangqiu
    {116.75, 36.55},  // 长清 Changqing
    {116.45, 36.29},  // 平阴 Pingyin
    {117.17, 36.98},  // 济阳 Jiyang
    {117.16, 37.31},  // 商河 Shanghe
    {117.68, 36.21},  // 莱芜 Laiwu
}};

/// Migration 0015's policy, but as issue 11 asks: a 15 km zone on the city centre, day to 17:00.
dispatch::PlanSettings JinanSettings(std::uint64_t seed,
                                     double time_limit_seconds,
                                     std::size_t threads) {
    dispatch::PlanSettings s;
    s.depot = dispatch::FromMicrodegrees(36'682'000, 117'130'000);
    s.day_start = 8 * 60;
    s.day_end = 17 * 60;
    s.overtime_max = 120;
    s.setup_minutes = 15;
    s.outside = {1.25, 60.0};
    s.city = planner::CityZone{kJinanCentre, 15.0, {1.4, 30.0}};
    s.time_limit_seconds = time_limit_seconds;
    s.seed = seed;
    s.threads = threads;
    return s;
}

/// The point `km` from `from` towards `bearing` (radians from east); flat earth is fine at 80 km.
planner::Coordinates Offset(planner::Coordinates from, double km, double bearing) {
    const double km_per_degree_lng = kKmPerDegreeLat * std::cos(from.y * std::numbers::pi / 180.0);
    return {from.x + km * std::cos(bearing) / km_per_degree_lng,
            from.y + km * std::sin(bearing) / kKmPerDegreeLat};
}

/// A generated day: its jobs and the crews formed for it.
struct Day {
    std::vector<dispatch::PlanJob> jobs;
    std::vector<dispatch::PlanCrew> crews;
};

/// One day from its own stream of (seed, day), so the days of a week are independent.
Day GenerateDay(std::uint64_t seed, std::uint64_t day) {
    std::seed_seq seq{seed, day};
    std::mt19937_64 rng(seq);
    auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
    auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution(lo, hi)(rng);
    };
    auto pick = [&](std::initializer_list<double> weights) {
        return static_cast<std::size_t>(std::discrete_distribution<int>(weights)(rng));
    };
    Day out;
    for (int i = 0; i < kJobsPerDay; ++i) {
        dispatch::PlanJob job;
        job.job_id = static_cast<std::int64_t>(day) * 1000 + i + 1;
        const double bearing = uniform(0.0, 2.0 * std::numbers::pi);
        if (chance(0.10)) {  // a county town: its centre plus a few km of scatter
            job.site = Offset(kCountyTowns[pick({3, 2, 1, 2, 1, 2})], uniform(0.0, 4.0), bearing);
        } else {  // offices thin out from the centre: radius uniform, so density ~ 1/r
            job.site = Offset(kJinanCentre, uniform(0.5, 25.0), bearing);
        }
        // Full day, morning, afternoon, or two hours starting on the hour from 08:00 to 15:00.
        constexpr std::array<std::array<int, 2>, 3> kWide{{{8, 17}, {8, 12}, {13, 17}}};
        const std::size_t kind = pick({40, 20, 20, 20});
        const int from = kind < 3 ? kWide[kind][0] : std::uniform_int_distribution(8, 15)(rng);
        const int to = kind < 3 ? kWide[kind][1] : from + 2;
        job.window_start = from * 60;
        job.window_end = to * 60;
        // 15 % deliveries; installations mostly one or two hours, a few half or whole days.
        constexpr std::array<int, 8> kInstall{20, 30, 45, 60, 90, 120, 180, 240};
        const bool delivery = chance(0.15);
        job.install_minutes = delivery ? 0 : kInstall[pick({8, 12, 15, 18, 15, 14, 10, 8})];
        job.people_needed = delivery ? 1 + static_cast<int>(pick({2, 1}))
                                     : 1 + static_cast<int>(pick({35, 50, 15}));
        // Packed office furniture: 0.2–5 m³ a job (mostly small), about 70–160 kg per m³.
        const double m3 = 0.2 + 4.8 * std::pow(uniform(0.0, 1.0), 2.0);
        job.volume_l = std::llround(m3 * 1000.0);
        job.weight_g = std::llround(m3 * uniform(70.0, 160.0) * 1000.0);
        if (!delivery && chance(0.10)) job.skills.emplace_back("electric_desk");
        job.urgent = chance(0.05);
        out.jobs.push_back(std::move(job));
    }
    // Vans of 10 m³ / 1 t and 15 m³ / 1.5 t, trucks of 20 m³ / 3 t; a third of the crews can
    // install electric desks.
    constexpr std::array<std::array<std::int64_t, 2>, 3> kVehicles{
        {{10'000, 1'000}, {15'000, 1'500}, {20'000, 3'000}}};
    for (int c = 0; c < kCrews; ++c) {
        const auto& vehicle = kVehicles[pick({4, 4, 2})];
        dispatch::PlanCrew crew{
            c + 1, 1 + static_cast<int>(pick({15, 60, 25})), {}, vehicle[0], vehicle[1]};
        if (c % 3 == 0) crew.skills.emplace_back("electric_desk");
        out.crews.push_back(std::move(crew));
    }
    return out;
}

/// The figures of one proposal, and how long ProposeDay took.
struct Run {
    double seconds = 0.0;
    double km = 0.0;
    std::size_t planned = 0;
    std::size_t unplanned = 0;
    std::size_t routes = 0;
};

/// ProposeDay timed (BuildProblem included), then re-checked so no figure comes from a bad plan.
Run Propose(const Day& day, const dispatch::PlanSettings& settings) {
    const auto start = std::chrono::steady_clock::now();
    auto proposal = dispatch::ProposeDay(day.jobs, day.crews, settings);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    if (!proposal) throw std::runtime_error("ProposeDay: " + proposal.error().message());
    std::vector<dispatch::CrewOrder> orders;
    Run run{took.count(), proposal->km, 0, proposal->unplanned.size(), proposal->routes.size()};
    for (const dispatch::CrewRoute& route : proposal->routes) {
        dispatch::CrewOrder order{route.crew, {}};
        for (const dispatch::PlannedVisit& visit : route.visits)
            order.job_ids.push_back(visit.job_id);
        run.planned += route.visits.size();
        orders.push_back(std::move(order));
    }
    if (auto checked = dispatch::CheckPlan(day.jobs, day.crews, settings, orders); !checked) {
        throw std::runtime_error("the proposal fails the checker: " + checked.error().message());
    }
    return run;
}

/// Prints the figures of issue 11: the day with the product's limit and a long one, the week.
void Measure(std::uint64_t seed, double long_seconds, int days, std::size_t threads) {
    // The web client sends no timeLimitMs, so the product plans with the API's default.
    const double product_limit = dispatch::ProposeInput{}.time_limit_seconds;
    const Day day = GenerateDay(seed, 0);
    fmt::print("day: {} jobs, {} crews, seed {}, {} planner thread(s)\n",
               day.jobs.size(),
               day.crews.size(),
               seed,
               threads);

    const Run quick = Propose(day, JinanSettings(seed, product_limit, threads));
    fmt::print("day, {} s limit: ProposeDay wall time {:.3f} s\n", product_limit, quick.seconds);
    fmt::print("day, {} s limit: {:.1f} km\n", product_limit, quick.km);
    fmt::print("day, {} s limit: {} planned, {} unplanned, {} routes\n",
               product_limit,
               quick.planned,
               quick.unplanned,
               quick.routes);

    const Run slow = Propose(day, JinanSettings(seed, long_seconds, threads));
    fmt::print("day, {} s limit: {:.1f} km ({} planned, {} unplanned, {} routes)\n",
               long_seconds,
               slow.km,
               slow.planned,
               slow.unplanned,
               slow.routes);
    fmt::print("day, gap of {} s km over {} s km: {:+.2f} %\n",
               product_limit,
               long_seconds,
               (quick.km - slow.km) / slow.km * 100.0);

    Run week;
    for (int d = 0; d < days; ++d) {
        // Day 0 is the day above; the week's other days come from their own generator streams.
        const Run one = Propose(GenerateDay(seed, static_cast<std::uint64_t>(d)),
                                JinanSettings(seed, product_limit, threads));
        week.seconds += one.seconds;
        week.km += one.km;
        week.planned += one.planned;
        week.unplanned += one.unplanned;
    }
    fmt::print("week, {} days × {} jobs, {} s limit: total wall time {:.2f} s\n",
               days,
               kJobsPerDay,
               product_limit,
               week.seconds);
    fmt::print(
        "week: {:.1f} km, {} planned, {} unplanned\n", week.km, week.planned, week.unplanned);
}

}  // namespace

/// Reads the options, prints the command line and the figures.
int main(int argc, char** argv) {
    CLI::App app{"Planning assistant on a generated Jinan-like day and week (issue 11)"};
    std::uint64_t seed = 1;
    double long_seconds = 60.0;
    int days = 5;
    std::size_t threads = 1;
    app.add_option("--seed", seed, "generator and planner seed");
    app.add_option("--threads", threads, "parallel annealing runs (the server uses 1)")
        ->check(CLI::Range(1, 8));
    app.add_option("--long-seconds", long_seconds, "time limit of the long run of the day")
        ->check(CLI::PositiveNumber);
    app.add_option("--days", days, "days in the week")->check(CLI::Range(1, 31));
    CLI11_PARSE(app, argc, argv);
    std::string command = argv[0];
    for (int i = 1; i < argc; ++i) command += fmt::format(" {}", argv[i]);
    fmt::print("command: {}\n", command);
    try {
        Measure(seed, long_seconds, days, threads);
    } catch (const std::exception& e) {
        fmt::print(stderr, "dispatch bench: {}\n", e.what());
        return 1;
    }
    return 0;
}
