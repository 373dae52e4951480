#include "planner/search/solver.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <limits>
#include <map>
#include <numeric>

#include "planner/check/checker.hpp"
#include "planner/io/solomon_reader.hpp"
#include "planner/search/recreate.hpp"
#include "planner/search/rng.hpp"
#include "planner/search/scattered_sites_test_helper.hpp"

namespace kefu::planner {
namespace {

const std::filesystem::path kData = KEFU_VRPTW_DATA_DIR;

SolomonInstance LoadSolomon(const std::string& name) {
    const auto path = kData / "solomon" / (name + ".txt");
    auto instance = ReadSolomonFile(path);
    // Fail loudly: a missing benchmark file must never turn into a silently skipped test.
    EXPECT_TRUE(instance.has_value()) << "benchmark file missing: " << path;
    if (!instance) return {};
    return std::move(*instance);
}

SolveOptions IterationLimited(std::uint64_t iterations, std::uint64_t seed) {
    SolveOptions options;
    options.time_limit_seconds = 60.0;
    options.max_iterations = iterations;
    options.seed = seed;
    return options;
}

// A random instance: depot in the middle, jobs with windows wide enough to be servable alone.
Problem RandomProblem(std::size_t jobs, std::uint64_t seed) {
    Rng rng(seed);
    Problem problem = ScatteredSites(jobs, rng);
    for (std::size_t j = 0; j < jobs; ++j) {
        Job job;
        job.id = static_cast<std::int64_t>(j + 1);
        job.location = j + 1;
        const double earliest = problem.matrix.duration(0, j + 1);
        const double start = earliest + rng.Unit() * 150.0;
        job.windows = {{start, start + 20.0 + rng.Unit() * 80.0}};
        job.service = 10.0;
        job.demand.pieces = 1 + static_cast<std::int64_t>(rng.Below(5));
        problem.jobs.push_back(job);
    }
    for (std::size_t v = 0; v < jobs; ++v) {
        Vehicle vehicle;
        vehicle.id = static_cast<std::int64_t>(v + 1);
        vehicle.capacity.pieces = 10;
        vehicle.shift = {0.0, 400.0};
        problem.vehicles.push_back(vehicle);
    }
    return problem;
}

// Exact double-precision length of a route visiting `order`, or +inf when infeasible.
double RouteLength(const Problem& problem, const std::vector<std::size_t>& order) {
    const Vehicle& vehicle = problem.vehicles[0];
    double time = vehicle.shift.start;
    double distance = 0.0;
    std::int64_t load = 0;
    std::size_t here = vehicle.start_location;
    for (std::size_t j : order) {
        const Job& job = problem.jobs[j];
        load += job.demand.pieces;
        distance += problem.matrix.distance(here, job.location);
        time = std::max(time + problem.matrix.duration(here, job.location), job.windows[0].start);
        if (time > job.windows[0].end) return std::numeric_limits<double>::infinity();
        time += job.service;
        here = job.location;
    }
    distance += problem.matrix.distance(here, vehicle.end_location);
    time += problem.matrix.duration(here, vehicle.end_location);
    if (load > vehicle.capacity.pieces || time > vehicle.shift.end) {
        return std::numeric_limits<double>::infinity();
    }
    return distance;
}

// Optimum by brute force: best permutation of every subset, then the best set partition.
double BruteForceOptimum(const Problem& problem) {
    const std::size_t n = problem.jobs.size();
    const std::size_t full = (std::size_t{1} << n) - 1;
    std::vector<double> route(full + 1, std::numeric_limits<double>::infinity());
    for (std::size_t mask = 1; mask <= full; ++mask) {
        std::vector<std::size_t> order;
        for (std::size_t j = 0; j < n; ++j) {
            if ((mask >> j) & 1U) order.push_back(j);
        }
        do {
            route[mask] = std::min(route[mask], RouteLength(problem, order));
        } while (std::next_permutation(order.begin(), order.end()));
    }
    std::vector<double> best(full + 1, std::numeric_limits<double>::infinity());
    best[0] = 0.0;
    for (std::size_t mask = 1; mask <= full; ++mask) {
        const std::size_t lowest = mask & (~mask + 1);
        for (std::size_t sub = mask; sub > 0; sub = (sub - 1) & mask) {
            if ((sub & lowest) != 0)
                best[mask] = std::min(best[mask], route[sub] + best[mask ^ sub]);
        }
    }
    return best[full];
}

TEST(Solver, FindsTheBruteForceOptimumOnSmallInstances) {
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        const std::size_t jobs = 4 + seed % 5;  // 5 to 8 jobs
        const Problem problem = RandomProblem(jobs, seed);
        const double optimum = BruteForceOptimum(problem);
        auto solution = Solve(problem, IterationLimited(1500, seed));
        ASSERT_TRUE(solution.has_value());
        const CheckReport report = CheckSolution(problem, *solution);
        EXPECT_TRUE(report.ok()) << "seed " << seed;
        EXPECT_TRUE(solution->unassigned.empty()) << "seed " << seed;
        EXPECT_NEAR(solution->distance, optimum, 1e-3)
            << "seed " << seed << ", " << jobs << " jobs";
    }
}

// Mixed fleet, two windows per job, volumes and skills: the search's O(1) checks must agree with
// the independent replay on every plan it returns.
TEST(Solver, PlansWithSeveralWindowsSkillsAndVolumesPassTheChecker) {
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        Problem problem = RandomProblem(30, seed);
        Rng rng(seed * 7919);
        for (Job& job : problem.jobs) {
            const double first = job.windows[0].start;
            job.windows = {{first * 0.5, first * 0.5 + 15.0}, {first + 40.0, first + 70.0}};
            job.demand.volume = static_cast<std::int64_t>(rng.Below(50));
            if (rng.Below(4) == 0) job.skills = {static_cast<SkillId>(1 + rng.Below(2))};
        }
        problem.vehicles.resize(6);
        for (std::size_t v = 0; v < problem.vehicles.size(); ++v) {
            Vehicle& vehicle = problem.vehicles[v];
            vehicle.capacity = {8 + static_cast<std::int64_t>(v), 120};
            vehicle.skills = {static_cast<SkillId>(1 + v % 2)};
            vehicle.shift = {static_cast<double>(v) * 5.0, 300.0 + static_cast<double>(v) * 20.0};
        }
        for (Objective objective : {Objective::kDistance, Objective::kVehicles, Objective::kCost}) {
            SolveOptions options = IterationLimited(300, seed);
            options.objective = objective;
            auto solution = Solve(problem, options);
            ASSERT_TRUE(solution.has_value());
            const CheckReport report = CheckSolution(problem, *solution);
            EXPECT_TRUE(report.ok()) << "seed " << seed << ": " << report.violations.front().detail;
            EXPECT_GT(report.served, 0U);
        }
    }
}

TEST(Solver, SameSeedGivesTheSameSolution) {
    const SolomonInstance instance = LoadSolomon("R101");
    auto first = Solve(instance.problem, IterationLimited(200, 42));
    auto second = Solve(instance.problem, IterationLimited(200, 42));
    ASSERT_TRUE(first && second);
    ExpectSamePlan(*first, *second);
    EXPECT_EQ(first->iterations, 200U);
}

// With several threads each run does the whole iteration budget with its own seed, the runs
// meet at fixed shares of it, and the cheapest plan wins (the earliest run's on a tie): the
// result is as deterministic as one run, under both objectives (kVehicles has more phases).
TEST(Solver, SameSeedAndThreadCountGiveTheSameSolution) {
    const SolomonInstance instance = LoadSolomon("R101");
    for (Objective objective : {Objective::kDistance, Objective::kVehicles}) {
        for (std::size_t threads : {2U, 3U}) {
            SolveOptions options = IterationLimited(200, 42);
            options.objective = objective;
            options.threads = threads;
            auto first = Solve(instance.problem, options);
            auto second = Solve(instance.problem, options);
            ASSERT_TRUE(first && second);
            ExpectSamePlan(*first, *second);
            EXPECT_EQ(first->iterations, 200U * threads);
            EXPECT_TRUE(CheckSolution(instance.problem, *first).ok());
        }
    }
}

// Without meetings the first thread runs exactly the one-thread search, so a second one can only
// add a better plan.
TEST(Solver, ASecondIndependentThreadNeverPlansWorseForTheSameSeed) {
    for (const char* name : {"R101", "RC201"}) {
        const SolomonInstance instance = LoadSolomon(name);
        SolveOptions options = IterationLimited(300, 7);
        auto one = Solve(instance.problem, options);
        options.threads = 2;
        options.exchanges = 0;
        auto two = Solve(instance.problem, options);
        ASSERT_TRUE(one && two);
        EXPECT_LE(two->distance, one->distance + 1e-9) << name;
        EXPECT_TRUE(CheckSolution(instance.problem, *two).ok()) << name;
    }
}

// CPU time of the calling thread, in seconds (the solver runs in the caller's thread).
double ThreadCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// The time limit is wall-clock, so the solver never stops before it, whatever the load. Past it,
// the solver only finishes the iteration and the descent it is in: on a quiet machine that is
// a few milliseconds, but on a shared one the thread may wait for a core for much longer. So
// the overshoot is bounded by the CPU time the thread used (which a waiting thread does not
// accumulate), and the wall time only by a bound no scheduler delay reaches.
TEST(Solver, RespectsTheTimeLimitEvenOnABusyMachine) {
    const SolomonInstance instance = LoadSolomon("RC208");
    constexpr double kLimit = 0.5;
    for (Objective objective : {Objective::kDistance, Objective::kVehicles}) {
        SolveOptions options;
        options.time_limit_seconds = kLimit;
        options.objective = objective;
        const double cpu_begin = ThreadCpuSeconds();
        const auto begin = std::chrono::steady_clock::now();
        auto solution = Solve(instance.problem, options);
        const double wall =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        const double cpu = ThreadCpuSeconds() - cpu_begin;
        ASSERT_TRUE(solution.has_value());
        EXPECT_GE(solution->seconds, kLimit) << "stopped before the time limit";
        EXPECT_GE(wall, kLimit);
        EXPECT_LE(cpu, kLimit + 0.1) << "wall " << wall << " s";
        EXPECT_LE(wall, kLimit + 2.0) << "cpu " << cpu << " s";
        EXPECT_GT(solution->iterations, 0U);
        EXPECT_TRUE(CheckSolution(instance.problem, *solution).ok());
        EXPECT_TRUE(solution->unassigned.empty());
    }
}

// Several threads share the wall-clock limit: the call returns about when one thread would.
TEST(Solver, TwoThreadsKeepTheTimeLimit) {
    const SolomonInstance instance = LoadSolomon("RC208");
    constexpr double kLimit = 0.5;
    SolveOptions options;
    options.time_limit_seconds = kLimit;
    options.threads = 2;
    const auto begin = std::chrono::steady_clock::now();
    auto solution = Solve(instance.problem, options);
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    ASSERT_TRUE(solution.has_value());
    EXPECT_GE(solution->seconds, kLimit);
    EXPECT_LE(wall, kLimit + 2.0);
    EXPECT_TRUE(CheckSolution(instance.problem, *solution).ok());
    EXPECT_TRUE(solution->unassigned.empty());
}

TEST(Solver, SolvesC101ToItsBestKnownDistance) {
    const SolomonInstance instance = LoadSolomon("C101");
    // An iteration limit rather than a time limit keeps the test independent of machine load.
    auto solution = Solve(instance.problem, IterationLimited(1000, 1));
    ASSERT_TRUE(solution.has_value());
    EXPECT_TRUE(CheckSolution(instance.problem, *solution).ok());
    EXPECT_TRUE(solution->unassigned.empty());
    EXPECT_LE(solution->distance, 828.94 + 0.005);  // best-known, rounded to 2 decimals
    EXPECT_EQ(solution->routes.size(), 10U);
}

TEST(Solver, VehiclesObjectiveReachesTheBestKnownFleetOnC201) {
    const SolomonInstance instance = LoadSolomon("C201");
    SolveOptions options = IterationLimited(3000, 1);
    options.objective = Objective::kVehicles;
    auto solution = Solve(instance.problem, options);
    ASSERT_TRUE(solution.has_value());
    EXPECT_TRUE(CheckSolution(instance.problem, *solution).ok());
    EXPECT_TRUE(solution->unassigned.empty());
    EXPECT_EQ(solution->routes.size(), 3U);
}

// Two vehicles: only the second crew has skill 7; capacities 10 and 4; a short shift.
Problem SkillProblem() {
    Problem problem;
    problem.matrix = *EuclideanMatrixProvider{}.Build(
        std::vector<Coordinates>{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {90, 0}, {5, 0}});
    auto add_job = [&](std::size_t location, std::int64_t pieces, std::vector<SkillId> skills) {
        Job job;
        job.id = static_cast<std::int64_t>(problem.jobs.size() + 1);
        job.location = location;
        job.windows = {{0.0, 100.0}};
        job.service = 1.0;
        job.demand.pieces = pieces;
        job.skills = std::move(skills);
        problem.jobs.push_back(job);
    };
    add_job(1, 2, {7});  // 0: only vehicle 1 can do it
    add_job(2, 2, {});   // 1
    add_job(3, 2, {9});  // 2: nobody has skill 9
    add_job(4, 11, {});  // 3: heavier than every vehicle
    add_job(5, 1, {});   // 4: 90 away, cannot be back within the 100 shift
    add_job(6, 3, {7});  // 5: only vehicle 1
    Vehicle plain;
    plain.id = 100;
    plain.capacity.pieces = 10;
    plain.shift = {0.0, 100.0};
    Vehicle skilled = plain;
    skilled.id = 200;
    skilled.capacity.pieces = 4;
    skilled.skills = {7};
    problem.vehicles = {plain, skilled};
    return problem;
}

TEST(Solver, ReportsUnservableJobsWithTheirReason) {
    const Problem problem = SkillProblem();
    auto solution = Solve(problem, IterationLimited(300, 1));
    ASSERT_TRUE(solution.has_value());
    EXPECT_TRUE(CheckSolution(problem, *solution).ok());
    std::map<std::size_t, std::string_view> reasons;
    for (const UnassignedJob& entry : solution->unassigned) {
        reasons[entry.job] = ReasonCode(entry.reason);
    }
    // Jobs 0 and 5 both need vehicle 1 (capacity 4, demand 2 + 3): one of them cannot fit.
    ASSERT_EQ(reasons.size(), 4U);
    EXPECT_EQ(reasons[2], "skills");
    EXPECT_EQ(reasons[3], "capacity");
    EXPECT_EQ(reasons[4], "time_window");
    EXPECT_EQ(reasons.count(0) + reasons.count(5), 1U);
    EXPECT_EQ(reasons.count(0) ? reasons[0] : reasons[5], "no_vehicle_left");
}

TEST(Solver, PrefersHighPriorityJobsWhenTheFleetIsShort) {
    Problem problem = SkillProblem();
    problem.jobs[0].priority = 0;
    problem.jobs[5].priority = 3;
    auto solution = Solve(problem, IterationLimited(300, 1));
    ASSERT_TRUE(solution.has_value());
    ASSERT_FALSE(solution->unassigned.empty());
    EXPECT_EQ(solution->unassigned.front().job, 0U);
    for (const PlannedRoute& route : solution->routes) {
        if (std::find(route.jobs.begin(), route.jobs.end(), 5) != route.jobs.end()) {
            EXPECT_EQ(route.vehicle, 1U);
        }
    }
}

TEST(Solver, ReturnsAtOnceWhenNothingCanBeServed) {
    Problem problem = SkillProblem();
    problem.vehicles.clear();
    SolveOptions options;
    options.time_limit_seconds = 30.0;
    auto solution = Solve(problem, options);
    ASSERT_TRUE(solution.has_value());
    EXPECT_LT(solution->seconds, 1.0);
    EXPECT_TRUE(solution->routes.empty());
    EXPECT_EQ(solution->unassigned.size(), problem.jobs.size());
    EXPECT_TRUE(CheckSolution(problem, *solution).ok());
}

TEST(Solver, RejectsAMalformedProblem) {
    Problem problem = SkillProblem();
    problem.jobs[1].location = 99;
    auto solution = Solve(problem, IterationLimited(10, 1));
    ASSERT_FALSE(solution.has_value());
    EXPECT_EQ(solution.error().code(), ErrorCode::kInvalidArgument);
}

// R-DSP-4: two vehicles alike but for their crews. Job 0 (x = 1, window [0, 10]) has 60 of shared
// work, job 1 (x = 2) the window [30, 45], so job 0 comes first. A crew of two finishes job 0 at
// 31 and reaches job 1 at 32; a crew of one finishes at 61, too late, so only the crew of two
// serves both on one route (distance 4 against 6 for two routes).
TEST(Solver, GivesSharedWorkToTheCrewBigEnoughToReachTheNextWindow) {
    Problem problem;
    problem.matrix = *EuclideanMatrixProvider{}.Build(
        std::vector<Coordinates>{{0.0, 0.0}, {1.0, 0.0}, {2.0, 0.0}});
    Job first;
    first.id = 1;
    first.location = 1;
    first.windows = {{0.0, 10.0}};
    first.shared_work = 60.0;
    Job second;
    second.id = 2;
    second.location = 2;
    second.windows = {{30.0, 45.0}};
    problem.jobs = {first, second};
    Vehicle one;
    one.id = 10;
    one.capacity.pieces = 10;
    one.shift = {0.0, 200.0};
    Vehicle two = one;
    two.id = 20;
    two.workers = 2;
    problem.vehicles = {one, two};

    auto solution = Solve(problem, IterationLimited(500, 1));
    ASSERT_TRUE(solution.has_value());
    EXPECT_TRUE(CheckSolution(problem, *solution).ok());
    EXPECT_TRUE(solution->unassigned.empty());
    ASSERT_EQ(solution->routes.size(), 1U);
    const PlannedRoute& route = solution->routes[0];
    EXPECT_EQ(route.vehicle, 1U) << "the crew of two";
    EXPECT_EQ(route.jobs, (std::vector<std::size_t>{0, 1}));
    EXPECT_NEAR(solution->distance, 4.0, 1e-9);
    ASSERT_EQ(route.service_starts.size(), 2U);
    EXPECT_NEAR(route.service_starts[1], 32.0, 1e-9) << "1 + 60 / 2 + 1";
    EXPECT_NEAR(route.end_time, 34.0, 1e-9);

    // With one person in each crew the window cannot be met on one route.
    problem.vehicles[1].workers = 1;
    auto alone = Solve(problem, IterationLimited(500, 1));
    ASSERT_TRUE(alone.has_value());
    EXPECT_TRUE(CheckSolution(problem, *alone).ok());
    EXPECT_EQ(alone->routes.size(), 2U);
}

// R-DSP-4: an empty vehicle is tried once per type, so two vehicles alike but for their crew size
// must be two types. The job (x = 1) has 60 of shared work and the shifts end at 40: only the
// crew of two, listed second, is back in time.
TEST(Recreate, TriesAnEmptyVehicleOfEachCrewSize) {
    Problem problem;
    problem.matrix =
        *EuclideanMatrixProvider{}.Build(std::vector<Coordinates>{{0.0, 0.0}, {1.0, 0.0}});
    Job job;
    job.location = 1;
    job.shared_work = 60.0;
    problem.jobs = {job};
    Vehicle one;
    one.shift = {0.0, 40.0};
    Vehicle two = one;
    two.workers = 2;
    problem.vehicles = {one, two};
    auto instance = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(instance.has_value());
    EXPECT_FALSE(instance->Blocked(0).has_value()) << "the crew of two can serve it";
    EXPECT_NE(instance->vehicle(0).type, instance->vehicle(1).type);
    const WorkingSolution empty(*instance);
    Rng rng(1);
    const Insertion best = BestInsertion(*instance, empty, 0, InsertionOptions{}, rng);
    EXPECT_EQ(best.route, 1U);

    problem.vehicles[1].workers = 1;
    auto alone = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(alone.has_value());
    EXPECT_EQ(alone->Blocked(0), UnassignedReason::kTimeWindow);
}

TEST(Solver, RejectsZeroThreads) {
    SolveOptions options = IterationLimited(10, 1);
    options.threads = 0;
    auto solution = Solve(SkillProblem(), options);
    ASSERT_FALSE(solution.has_value());
    EXPECT_EQ(solution.error().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace kefu::planner
