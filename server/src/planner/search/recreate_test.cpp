#include "planner/search/recreate.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <limits>
#include <tuple>
#include <vector>

#include "planner/check/checker.hpp"
#include "planner/search/route_exchange.hpp"
#include "planner/search/ruin.hpp"
#include "planner/search/scattered_sites_test_helper.hpp"
#include "planner/search/solver.hpp"

namespace kefu::planner {
namespace {

// Two crews of one place each at the depot's side; job 0 (nearer crew 1's way) any crew can do,
// job 1 only the crew with the skill.
Problem OneSkilledCrew() {
    Rng rng(1);
    Problem problem = ScatteredSites(2, rng);
    for (std::size_t j = 0; j < 2; ++j) {
        Job job;
        job.id = static_cast<std::int64_t>(j + 1);
        job.location = j + 1;
        job.demand.pieces = 1;
        problem.jobs.push_back(job);
    }
    problem.jobs[1].skills = {7};
    for (std::size_t v = 0; v < 2; ++v) {
        Vehicle vehicle;
        vehicle.id = static_cast<std::int64_t>(v + 1);
        vehicle.capacity.pieces = 1;
        problem.vehicles.push_back(vehicle);
    }
    problem.vehicles[0].skills = {7};
    // Job 0 costs the same on either crew; the skilled one comes first, so the greedy picks it.
    return problem;
}

TEST(RecreateByRegret, PlacesTheJobOnlyOneCrewCanTakeBeforeTheOneAnyCrewCan) {
    const Problem problem = OneSkilledCrew();
    auto instance = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(instance.has_value());
    const std::vector<std::size_t> order{0, 1};
    Rng rng(2);

    WorkingSolution greedy(*instance);
    Recreate(*instance, greedy, order, {}, rng);
    ASSERT_EQ(greedy.unassigned, std::vector<std::size_t>{1})
        << "the greedy fills the skilled crew with job 0 first (what regret is for)";

    WorkingSolution regret(*instance);
    RecreateByRegret(*instance, regret, order, {}, rng);
    EXPECT_TRUE(regret.unassigned.empty());
    EXPECT_EQ(regret.route_of[1], 0U);
    EXPECT_EQ(regret.route_of[0], 1U);
}

// A hand-made day on an asymmetric matrix: location 0 is the depot, every arc costs 100 (km and
// minutes) unless `arcs` says otherwise; job j is at location j + 1 and weighs one piece; one
// vehicle per entry of `capacities`.
Problem OnArcs(std::size_t jobs,
               std::initializer_list<std::tuple<std::size_t, std::size_t, double>> arcs,
               const std::vector<std::int64_t>& capacities) {
    Problem problem;
    problem.matrix = TravelMatrix(jobs + 1);
    for (std::size_t from = 0; from <= jobs; ++from) {
        for (std::size_t to = 0; to <= jobs; ++to) {
            if (from != to) problem.matrix.Set(from, to, 100.0, 100.0);
        }
    }
    for (const auto& [from, to, km] : arcs) problem.matrix.Set(from, to, km, km);
    for (std::size_t j = 0; j < jobs; ++j) {
        Job job;
        job.id = static_cast<std::int64_t>(j + 1);
        job.location = j + 1;
        job.demand.pieces = 1;
        problem.jobs.push_back(job);
    }
    for (std::size_t v = 0; v < capacities.size(); ++v) {
        Vehicle vehicle;
        vehicle.id = static_cast<std::int64_t>(v + 1);
        vehicle.capacity.pieces = capacities[v];
        problem.vehicles.push_back(vehicle);
    }
    return problem;
}

// Routes 0 and 1 visit jobs 0 and 1 (10 km out, 10 back). Job 2 costs 1 km in route 0 and far
// more elsewhere, so it goes first; it takes the arc where job 3 cost 2 km, after which job 3
// costs 50.5 km there, more than its 10 km in route 1: route 0 has lost its rank for job 3.
TEST(RecreateByRegret, AJobWhoseBestRouteGotDearerThanItsSecondGoesToTheSecond) {
    const Problem problem = OnArcs(4,
                                   {{0, 1, 10},
                                    {1, 0, 10},
                                    {0, 2, 10},
                                    {2, 0, 10},
                                    {0, 3, 5.5},
                                    {3, 1, 5.5},
                                    {0, 4, 6},
                                    {4, 1, 6},
                                    {4, 2, 14}},
                                   {10, 10});
    auto instance = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(instance.has_value());
    WorkingSolution solution(*instance);
    InsertJob(*instance, solution, 0, 0, 0);
    InsertJob(*instance, solution, 1, 1, 0);
    Rng rng(1);
    RecreateByRegret(*instance, solution, {3, 2}, {0.0, NewRoutes::kForbidden, 0}, rng);
    EXPECT_TRUE(solution.unassigned.empty());
    EXPECT_EQ(solution.routes[0].jobs, (std::vector<std::size_t>{2, 0}));
    EXPECT_EQ(solution.routes[1].jobs, (std::vector<std::size_t>{3, 1}));
}

// Routes 0, 1 and 2 visit jobs 0, 1 and 2; route 0 has room for one more. Job 3 goes first (into
// route 1). Jobs 4 and 5 both cost 1 km in route 0; job 4's second best was route 1 (2 km), which
// job 3 made dear (100 km), so its regret is against route 2 (6 km): 5, less than job 5's 20
// (route 2 at 21 km). Job 5 takes route 0's last room, and job 4 goes to route 2.
TEST(RecreateByRegret, AJobWhoseSecondRouteGotDearerIsRankedByItsNewSecond) {
    const Problem problem = OnArcs(6,
                                   {{0, 1, 10},
                                    {1, 0, 10},
                                    {0, 2, 10},
                                    {2, 0, 10},
                                    {0, 3, 10},
                                    {3, 0, 10},
                                    {0, 4, 5},
                                    {4, 2, 6},
                                    {0, 5, 5},
                                    {5, 1, 6},
                                    {5, 2, 7},
                                    {5, 3, 11},
                                    {0, 6, 5},
                                    {6, 1, 6},
                                    {6, 3, 26}},
                                   {2, 10, 10});
    auto instance = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(instance.has_value());
    WorkingSolution solution(*instance);
    for (std::size_t r = 0; r < 3; ++r) InsertJob(*instance, solution, r, r, 0);
    Rng rng(1);
    RecreateByRegret(*instance, solution, {4, 5, 3}, {0.0, NewRoutes::kForbidden, 0}, rng);
    EXPECT_TRUE(solution.unassigned.empty());
    EXPECT_EQ(solution.route_of[3], 1U);
    EXPECT_EQ(solution.route_of[5], 0U) << "job 5's regret (20) is the larger";
    EXPECT_EQ(solution.route_of[4], 2U);
}

// The cheapest feasible position of `job` in route r found by inserting it at every position
// and replaying the route; route == kNone when none fits.
Insertion CheapestInRouteByTrial(const Instance& instance,
                                 const WorkingSolution& solution,
                                 std::size_t job,
                                 std::size_t r) {
    Insertion best;
    const Route& route = solution.routes[r];
    if (route.jobs.empty() || !instance.CanServe(route.vehicle, job)) return best;
    const VehicleData& vehicle = instance.vehicle(route.vehicle);
    for (std::size_t p = 0; p <= route.jobs.size(); ++p) {
        Route trial = route;
        trial.jobs.insert(trial.jobs.begin() + static_cast<std::ptrdiff_t>(p), job);
        UpdateRoute(instance, trial);
        if (!RouteFits(instance, trial)) continue;
        const std::int64_t delta = vehicle.arc_weight * (trial.distance - route.distance);
        if (best.route == kNone || delta < best.delta) best = Insertion{r, p, delta};
    }
    return best;
}

// Regret-2 the slow way: every round, every remaining job tried in every used route.
void RegretByTrial(const Instance& instance,
                   WorkingSolution& solution,
                   const std::vector<std::size_t>& jobs) {
    constexpr std::int64_t kNoSecond = std::numeric_limits<std::int64_t>::max();
    std::vector<bool> done(jobs.size(), false);
    for (std::size_t round = 0; round < jobs.size(); ++round) {
        std::size_t chosen = kNone;
        std::int64_t chosen_regret = 0;
        Insertion chosen_at;
        for (std::size_t i = 0; i < jobs.size(); ++i) {
            if (done[i]) continue;
            Insertion first;
            std::int64_t second = kNoSecond;
            for (std::size_t r = 0; r < solution.routes.size(); ++r) {
                const Insertion at = CheapestInRouteByTrial(instance, solution, jobs[i], r);
                if (at.route == kNone) continue;
                if (first.route == kNone || at.delta < first.delta) {
                    if (first.route != kNone) second = first.delta;
                    first = at;
                } else if (at.delta < second) {
                    second = at.delta;
                }
            }
            if (first.route == kNone) continue;
            const std::int64_t regret = second == kNoSecond ? kNoSecond : second - first.delta;
            if (chosen == kNone || regret > chosen_regret) {
                chosen = i;
                chosen_regret = regret;
                chosen_at = first;
            }
        }
        if (chosen == kNone) break;
        done[chosen] = true;
        InsertJob(instance, solution, jobs[chosen], chosen_at.route, chosen_at.position);
    }
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (!done[i]) solution.unassigned.push_back(jobs[i]);
    }
}

// The regret recreate keeps each job's best and second best route up to date from one route's
// change at a time; trying everything again every round must give the very same plan.
TEST(RecreateByRegret, InsertsAsTryingEveryJobInEveryRouteEveryRoundDoes) {
    std::size_t compared = 0;
    std::size_t left_out = 0;
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        SCOPED_TRACE(seed);
        const Problem problem = CrowdedDay(45, seed);
        auto instance = Instance::Create(problem, Objective::kDistance);
        ASSERT_TRUE(instance.has_value());
        Rng rng(seed);
        WorkingSolution start(*instance);
        std::vector<std::size_t> all(instance->job_count());
        for (std::size_t j = 0; j < all.size(); ++j) all[j] = j;
        Recreate(*instance, start, all, {}, rng);
        for (int ruin = 0; ruin < 5; ++ruin) {
            std::vector<std::size_t> removed;
            RuinStrings(*instance, start, RuinOptions{}, rng, removed);
            removed.insert(removed.end(), start.unassigned.begin(), start.unassigned.end());
            start.unassigned.clear();
            WorkingSolution fast = start;
            WorkingSolution slow = start;
            RecreateByRegret(*instance, fast, removed, {0.0, NewRoutes::kForbidden, 0}, rng);
            RegretByTrial(*instance, slow, removed);
            for (std::size_t r = 0; r < fast.routes.size(); ++r) {
                EXPECT_EQ(fast.routes[r].jobs, slow.routes[r].jobs) << "route " << r;
            }
            EXPECT_EQ(fast.unassigned, slow.unassigned);
            if (HasFailure()) return;
            compared += removed.size();
            left_out += fast.unassigned.size();
            start = fast;
        }
    }
    EXPECT_GT(compared, 200U);
    // The windows bind: some jobs fit nowhere, so the bookkeeping of those is exercised too.
    EXPECT_GT(left_out, 0U);
}

// The annealing's use of it: on a mixed fleet every recreate by regret still gives checked
// plans, and other plans than the greedy's; a fleet of one type never uses it.
TEST(RegretInTheAnnealing, PlansOfAMixedFleetRecreatedByRegretPassTheCheckerAndDiffer) {
    std::size_t differ = 0;
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        SCOPED_TRACE(seed);
        const Problem problem = MixedFleetDay(60, seed);
        SolveOptions options;
        options.time_limit_seconds = 60.0;
        options.max_iterations = 3000;
        options.seed = seed;
        options.regret_rate = 1.0;
        auto by_regret = Solve(problem, options);
        options.regret_rate = 0.0;
        auto greedy = Solve(problem, options);
        ASSERT_TRUE(by_regret.has_value());
        ASSERT_TRUE(greedy.has_value());
        const CheckReport report = CheckSolution(problem, *by_regret);
        EXPECT_TRUE(report.ok());
        if (by_regret->distance != greedy->distance) ++differ;
    }
    EXPECT_GT(differ, 2U);
}

TEST(RegretInTheAnnealing, AFleetOfOneTypePlansExactlyAsWithoutIt) {
    const Problem problem = OneTypeFleetDay(40, 9);
    SolveOptions options;
    options.time_limit_seconds = 60.0;
    options.max_iterations = 2000;
    options.regret_rate = 0.0;
    auto without = Solve(problem, options);
    options.regret_rate = 1.0;
    auto with = Solve(problem, options);
    ASSERT_TRUE(without.has_value());
    ASSERT_TRUE(with.has_value());
    ExpectSamePlan(*with, *without);
}

}  // namespace
}  // namespace kefu::planner
