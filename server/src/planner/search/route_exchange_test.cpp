#include "planner/search/route_exchange.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "planner/check/checker.hpp"
#include "planner/search/scattered_sites_test_helper.hpp"
#include "planner/search/solver.hpp"

namespace kefu::planner {
namespace {

// The factory at x = 0 and sites at x = 1, 2, 3. Vehicle 0: one worker; 1: two workers; 2: one
// worker and room for 3 pieces; 3: two workers with skill 7. Every job has 40 of shared work.
Problem Fleet() {
    Problem problem;
    problem.matrix = *EuclideanMatrixProvider{}.Build(
        std::vector<Coordinates>{{0.0, 0.0}, {1.0, 0.0}, {2.0, 0.0}, {3.0, 0.0}});
    for (std::size_t location = 1; location <= 3; ++location) {
        Job job;
        job.id = static_cast<std::int64_t>(location);
        job.location = location;
        job.shared_work = 40.0;
        job.demand.pieces = 2;
        problem.jobs.push_back(job);
    }
    Vehicle one;
    one.capacity.pieces = 10;
    one.shift = {0.0, 100.0};
    Vehicle two = one;
    two.workers = 2;
    Vehicle small = one;
    small.capacity.pieces = 3;
    Vehicle skilled = two;
    skilled.skills = {7};
    problem.vehicles = {one, two, small, skilled};
    return problem;
}

// A solution of `instance` with `jobs` on route `route`, all else unassigned.
WorkingSolution WithRoute(const Instance& instance,
                          std::size_t route,
                          const std::vector<std::size_t>& jobs) {
    WorkingSolution solution(instance);
    solution.routes[route].jobs = jobs;
    for (std::size_t job : jobs) solution.route_of[job] = route;
    UpdateRoute(instance, solution.routes[route]);
    return solution;
}

TEST(RouteExchange, TheOtherCrewTakesTheVisitsWhenTheyStillFitAndTheDistanceStays) {
    const Problem problem = Fleet();
    auto instance = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(instance.has_value());
    // Two workers: back at 1 + 20 + 1 + 20 + 2 = 44; one worker: 1 + 40 + 1 + 40 + 2 = 84.
    WorkingSolution solution = WithRoute(*instance, 1, {0, 1});
    const std::int64_t distance = solution.routes[1].distance;
    ASSERT_TRUE(RouteFits(*instance, solution.routes[1]));

    ASSERT_TRUE(ExchangeRoutes(*instance, solution, 1, 0));
    EXPECT_TRUE(solution.routes[1].jobs.empty());
    EXPECT_EQ(solution.routes[0].jobs, (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(solution.route_of[0], 0U);
    EXPECT_EQ(solution.route_of[1], 0U);
    EXPECT_EQ(solution.routes[0].distance, distance) << "same depot, same visits";
    EXPECT_TRUE(RouteFits(*instance, solution.routes[0]));
}

TEST(RouteExchange, RefusesWhenTheSlowerCrewWouldMissAWindowAndChangesNothing) {
    Problem problem = Fleet();
    // The second visit must start by 25: two workers arrive at 1 + 20 + 1 = 22, one at 42.
    problem.jobs[1].windows = {{0.0, 25.0}};
    auto instance = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(instance.has_value());
    WorkingSolution solution = WithRoute(*instance, 1, {0, 1});
    ASSERT_TRUE(RouteFits(*instance, solution.routes[1]));
    const std::vector<std::int64_t> departures = solution.routes[1].departure;

    EXPECT_FALSE(ExchangeRoutes(*instance, solution, 1, 0));
    EXPECT_EQ(solution.routes[1].jobs, (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(solution.routes[1].departure, departures);
    EXPECT_TRUE(solution.routes[0].jobs.empty());
    EXPECT_EQ(solution.route_of[0], 1U);
    EXPECT_EQ(solution.route_of[1], 1U);
}

TEST(RouteExchange, RefusesWhenTheSlowerCrewWouldBeBackAfterItsShift) {
    Problem problem = Fleet();
    problem.jobs[0].shared_work = 60.0;
    problem.jobs[1].shared_work = 60.0;  // one worker: back at 1 + 60 + 1 + 60 + 2 = 124
    auto instance = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(instance.has_value());
    WorkingSolution solution = WithRoute(*instance, 1, {0, 1});
    ASSERT_TRUE(RouteFits(*instance, solution.routes[1]));
    EXPECT_FALSE(ExchangeRoutes(*instance, solution, 1, 0));
    EXPECT_EQ(solution.routes[1].jobs, (std::vector<std::size_t>{0, 1}));
}

TEST(RouteExchange, RefusesAVehicleTooSmallOrACrewWithoutTheSkill) {
    Problem problem = Fleet();
    problem.jobs[2].skills = {7};
    auto instance = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(instance.has_value());
    // 4 pieces do not go into the van for 3.
    WorkingSolution loaded = WithRoute(*instance, 0, {0, 1});
    EXPECT_FALSE(ExchangeRoutes(*instance, loaded, 0, 2));
    EXPECT_EQ(loaded.routes[0].jobs, (std::vector<std::size_t>{0, 1}));
    // Only the crew with skill 7 may do job 2.
    WorkingSolution skilled = WithRoute(*instance, 3, {2});
    EXPECT_FALSE(ExchangeRoutes(*instance, skilled, 3, 1));
    EXPECT_EQ(skilled.routes[3].jobs, (std::vector<std::size_t>{2}));
    // Both routes move when each fits the other's vehicle.
    skilled.routes[1].jobs = {0};
    skilled.route_of[0] = 1;
    UpdateRoute(*instance, skilled.routes[1]);
    EXPECT_FALSE(ExchangeRoutes(*instance, skilled, 1, 3)) << "job 2 still needs skill 7";
    problem.jobs[2].skills.clear();
    auto plain = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(plain.has_value());
    WorkingSolution both = WithRoute(*plain, 3, {2});
    both.routes[1].jobs = {0};
    both.route_of[0] = 1;
    UpdateRoute(*plain, both.routes[1]);
    ASSERT_TRUE(ExchangeRoutes(*plain, both, 1, 3));
    EXPECT_EQ(both.routes[1].jobs, (std::vector<std::size_t>{2}));
    EXPECT_EQ(both.routes[3].jobs, (std::vector<std::size_t>{0}));
    EXPECT_EQ(both.route_of[2], 1U);
    EXPECT_EQ(both.route_of[0], 3U);
}

TEST(RouteExchange, TradesOnlyWithAVehicleOfAnotherType) {
    Problem problem = Fleet();
    problem.vehicles = {problem.vehicles[0], problem.vehicles[0], problem.vehicles[0]};
    auto alike = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(alike.has_value());
    ASSERT_EQ(alike->vehicle_types(), 1U);
    WorkingSolution solution = WithRoute(*alike, 0, {0});
    Rng rng(1);
    EXPECT_FALSE(ExchangeWithAnotherType(*alike, solution, 0, 100, rng));
    EXPECT_EQ(solution.routes[0].jobs, (std::vector<std::size_t>{0}));

    problem.vehicles[2].workers = 2;  // the third is now another type
    auto mixed = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(mixed.has_value());
    ASSERT_EQ(mixed->vehicle_types(), 2U);
    WorkingSolution traded = WithRoute(*mixed, 0, {0});
    ASSERT_TRUE(ExchangeWithAnotherType(*mixed, traded, 0, 100, rng));
    EXPECT_EQ(traded.routes[2].jobs, (std::vector<std::size_t>{0}));
    EXPECT_TRUE(traded.routes[0].jobs.empty());
    EXPECT_TRUE(traded.routes[1].jobs.empty());
}

TEST(RouteExchange, PlansOfAMixedFleetWithEveryRuinTradedPassTheChecker) {
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        const Problem problem = MixedFleetDay(60, seed);
        SolveOptions options;
        options.time_limit_seconds = 60.0;
        options.max_iterations = 3000;
        options.seed = seed;
        options.route_exchange_rate = 1.0;
        auto solution = Solve(problem, options);
        ASSERT_TRUE(solution.has_value());
        const CheckReport report = CheckSolution(problem, *solution);
        EXPECT_TRUE(report.ok()) << "seed " << seed;
    }
}

TEST(RouteExchange, AFleetOfOneTypePlansExactlyAsWithoutIt) {
    const Problem problem = OneTypeFleetDay(40, 9);
    SolveOptions options;
    options.time_limit_seconds = 60.0;
    options.max_iterations = 2000;
    options.route_exchange_rate = 0.0;
    auto without = Solve(problem, options);
    options.route_exchange_rate = 1.0;
    auto with = Solve(problem, options);
    ASSERT_TRUE(without.has_value());
    ASSERT_TRUE(with.has_value());
    ExpectSamePlan(*with, *without);
}

}  // namespace
}  // namespace kefu::planner
