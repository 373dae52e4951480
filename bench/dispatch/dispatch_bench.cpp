// Issue 11: the planning assistant (dispatch::ProposeDay, BuildProblem included) on a generated
// Jinan-like day of 200 jobs and 30 crews, with the product's time limit and with a long one,
// and on a week of five such days planned one after another.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "bench/dispatch/jinan_day.hpp"
#include "dispatch/day_plan.hpp"
#include "dispatch/dispatch_service.hpp"

namespace {

namespace dispatch = kefu::dispatch;
namespace bench = kefu::bench;

using bench::Day;
using bench::GenerateDay;
using bench::JinanSettings;
using bench::kJobsPerDay;

/// "No time limit" for runs bounded by their iterations (an hour: never reached).
constexpr double kNoTimeLimit = 3600.0;

/// How a run's budget is named in the output: "2 s" or "160000 iterations" (when not 0).
std::string BudgetName(double seconds, std::uint64_t iterations) {
    return iterations > 0 ? fmt::format("{} iterations", iterations) : fmt::format("{} s", seconds);
}

/// How the planner runs: its parallel runs and how often they meet.
struct Runs {
    std::size_t threads = 1;
    std::size_t meetings = dispatch::PlanSettings{}.meetings;
};

/// The generated day's settings with `limit` seconds and the planner run as `runs` says.
dispatch::PlanSettings SettingsFor(std::uint64_t seed, double limit, const Runs& runs) {
    dispatch::PlanSettings settings = JinanSettings(seed, limit, runs.threads);
    settings.meetings = runs.meetings;
    return settings;
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

/// The mean km of the day of `seed` over `count` planner seeds (seed, seed + 1, ...) at
/// `limit` seconds, or after `iterations` search iterations when that is not 0 (whatever the
/// machine's load), each run printed.
double MeanKm(std::uint64_t seed,
              double limit,
              std::uint64_t iterations,
              std::size_t count,
              const Runs& runs) {
    const Day day = GenerateDay(seed, 0);
    const std::string budget = BudgetName(limit, iterations);
    double total = 0.0;
    for (std::size_t k = 0; k < count; ++k) {
        dispatch::PlanSettings settings = SettingsFor(seed, limit, runs);
        settings.seed = seed + k;
        if (iterations > 0) {
            settings.max_iterations = iterations;
            settings.time_limit_seconds = kNoTimeLimit;
        }
        const Run run = Propose(day, settings);
        total += run.km;
        fmt::print("day, {}, planner seed {}: {:.1f} km, {} unplanned, {} routes, {:.2f} s\n",
                   budget,
                   settings.seed,
                   run.km,
                   run.unplanned,
                   run.routes,
                   run.seconds);
    }
    const double mean = total / static_cast<double>(count);
    fmt::print("day, {}, mean of {} planner seeds: {:.1f} km\n", budget, count, mean);
    return mean;
}

/// The gap of the product's limit over the long one as means over planner seeds: one run of
/// either varies by one or two per cent from seed to seed (and, being timed, from run to run).
/// With `iterations`, the quick runs stop after that many iterations instead of at the limit.
void MeasureMeans(std::uint64_t seed,
                  std::size_t quick_runs,
                  std::size_t long_runs,
                  double long_seconds,
                  std::uint64_t iterations,
                  const Runs& runs) {
    const double product_limit = dispatch::ProposeInput{}.time_limit_seconds;
    const double quick = MeanKm(seed, product_limit, iterations, quick_runs, runs);
    if (long_runs == 0) return;
    const double slow = MeanKm(seed, long_seconds, 0, long_runs, runs);
    fmt::print("day, gap of the {} mean over the {} s mean: {:+.2f} %\n",
               BudgetName(product_limit, iterations),
               long_seconds,
               (quick - slow) / slow * 100.0);
}

/// Prints the figures of issue 11: the day with the product's limit and a long one, the week.
void Measure(std::uint64_t seed, double long_seconds, int days, const Runs& runs) {
    // The web client sends no timeLimitMs, so the product plans with the API's default.
    const double product_limit = dispatch::ProposeInput{}.time_limit_seconds;
    const Day day = GenerateDay(seed, 0);
    fmt::print("day: {} jobs, {} crews, seed {}, {} planner thread(s), {} meetings\n",
               day.jobs.size(),
               day.crews.size(),
               seed,
               runs.threads,
               runs.meetings);

    const Run quick = Propose(day, SettingsFor(seed, product_limit, runs));
    fmt::print("day, {} s limit: ProposeDay wall time {:.3f} s\n", product_limit, quick.seconds);
    fmt::print("day, {} s limit: {:.1f} km\n", product_limit, quick.km);
    fmt::print("day, {} s limit: {} planned, {} unplanned, {} routes\n",
               product_limit,
               quick.planned,
               quick.unplanned,
               quick.routes);

    const Run slow = Propose(day, SettingsFor(seed, long_seconds, runs));
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
                                SettingsFor(seed, product_limit, runs));
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
    Runs runs{dispatch::DefaultPlannerThreads()};
    app.add_option("--seed", seed, "generator and planner seed");
    app.add_option("--threads", runs.threads, "parallel annealing runs (default: as kefu serve)")
        ->check(CLI::Range(1, 8))
        ->capture_default_str();
    app.add_option("--meetings", runs.meetings, "with several runs: how often they meet")
        ->capture_default_str();
    app.add_option("--long-seconds", long_seconds, "time limit of the long run of the day")
        ->check(CLI::PositiveNumber);
    app.add_option("--days", days, "days in the week")->check(CLI::Range(1, 31));
    std::size_t planner_seeds = 0;
    std::size_t long_runs = 0;
    app.add_option("--planner-seeds",
                   planner_seeds,
                   "only the day: this many runs with the product's limit (planner seeds seed, "
                   "seed + 1, ...) and their mean km")
        ->check(CLI::Range(1, 100));
    app.add_option("--long-runs",
                   long_runs,
                   "with --planner-seeds: this many runs with the long limit too, and the gap "
                   "of the means")
        ->check(CLI::Range(1, 100));
    std::uint64_t iterations = 0;
    app.add_option("--iterations",
                   iterations,
                   "with --planner-seeds: the quick runs stop after this many search iterations "
                   "instead of at the product's limit, so settings compare whatever the load")
        ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1'000'000'000}));
    CLI11_PARSE(app, argc, argv);
    std::string command = argv[0];
    for (int i = 1; i < argc; ++i) command += fmt::format(" {}", argv[i]);
    fmt::print("command: {}\n", command);
    try {
        if (planner_seeds > 0) {
            MeasureMeans(seed, planner_seeds, long_runs, long_seconds, iterations, runs);
        } else {
            Measure(seed, long_seconds, days, runs);
        }
    } catch (const std::exception& e) {
        fmt::print(stderr, "dispatch bench: {}\n", e.what());
        return 1;
    }
    return 0;
}
