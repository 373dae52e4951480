#include "planner/search/working_solution.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "planner/search/recreate.hpp"
#include "planner/search/route_exchange.hpp"
#include "planner/search/ruin.hpp"
#include "planner/search/scattered_sites_test_helper.hpp"

namespace kefu::planner {
namespace {

// A plan of `instance` with every job put in, in index order, by the recreate.
WorkingSolution EveryJobInserted(const Instance& instance, Rng& rng) {
    WorkingSolution solution(instance);
    std::vector<std::size_t> jobs(instance.job_count());
    for (std::size_t j = 0; j < jobs.size(); ++j) jobs[j] = j;
    Recreate(instance, solution, jobs, {}, rng);
    return solution;
}

void ExpectSameSolution(const WorkingSolution& a, const WorkingSolution& b) {
    ASSERT_EQ(a.routes.size(), b.routes.size());
    for (std::size_t r = 0; r < a.routes.size(); ++r) {
        SCOPED_TRACE(r);
        EXPECT_EQ(a.routes[r].vehicle, b.routes[r].vehicle);
        EXPECT_EQ(a.routes[r].jobs, b.routes[r].jobs);
        EXPECT_EQ(a.routes[r].locations, b.routes[r].locations);
        EXPECT_EQ(a.routes[r].departure, b.routes[r].departure);
        EXPECT_EQ(a.routes[r].latest, b.routes[r].latest);
        EXPECT_EQ(a.routes[r].arcs, b.routes[r].arcs);
        EXPECT_EQ(a.routes[r].distance, b.routes[r].distance);
        EXPECT_EQ(a.routes[r].pieces, b.routes[r].pieces);
    }
    EXPECT_EQ(a.route_of, b.route_of);
    EXPECT_EQ(a.unassigned, b.unassigned);
}

// The annealing keeps its candidate in step with its current plan this way, accepted or not.
TEST(CopyChangedRoutes, MakesTheTargetEqualAfterEveryRuinAndRecreateAndBack) {
    const Problem problem = CrowdedDay(40, 5);
    auto instance = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(instance.has_value());
    Rng rng(11);
    WorkingSolution current = EveryJobInserted(*instance, rng);
    WorkingSolution candidate = current;
    std::size_t changed_plans = 0;
    for (int iteration = 0; iteration < 200; ++iteration) {
        SCOPED_TRACE(iteration);
        std::vector<std::size_t> removed;
        std::vector<std::size_t> ruined;
        RuinStrings(*instance, candidate, RuinOptions{}, rng, removed, &ruined);
        if (!ruined.empty() && iteration % 3 == 0) {
            ExchangeWithAnotherType(*instance, candidate, ruined.front(), 3, rng);
        }
        removed.insert(removed.end(), candidate.unassigned.begin(), candidate.unassigned.end());
        candidate.unassigned.clear();
        Recreate(*instance, candidate, removed, {0.05, NewRoutes::kAllowed, 0}, rng);
        if (SolutionCost(*instance, candidate) != SolutionCost(*instance, current)) {
            ++changed_plans;
        }
        if (iteration % 2 == 0) {
            CopyChangedRoutes(candidate, current);  // accepted
        } else {
            CopyChangedRoutes(current, candidate);  // rejected: back to the current plan
        }
        ExpectSameSolution(current, candidate);
        if (HasFailure()) return;
    }
    EXPECT_GT(changed_plans, 50U) << "the ruins must have changed the plans being copied";
}

TEST(CopyChangedRoutes, CopiesEverythingBetweenSolutionsOfDifferentSizes) {
    const Problem problem = CrowdedDay(10, 2);
    auto instance = Instance::Create(problem, Objective::kDistance);
    ASSERT_TRUE(instance.has_value());
    Rng rng(3);
    const WorkingSolution source = EveryJobInserted(*instance, rng);
    WorkingSolution target(*instance);
    target.routes.pop_back();
    CopyChangedRoutes(source, target);
    ExpectSameSolution(source, target);
}

// Every position of every used route, tried by inserting and replaying the route: the cheapest
// feasible one, as BestInsertion (without blinks) must find, or kNone. Counts the positions
// that break a window or the shift in `refused`.
Insertion CheapestByTrial(const Instance& instance,
                          const WorkingSolution& solution,
                          std::size_t job,
                          std::size_t& refused) {
    Insertion best;
    for (std::size_t r = 0; r < solution.routes.size(); ++r) {
        const Route& route = solution.routes[r];
        if (route.jobs.empty() || !instance.CanServe(route.vehicle, job)) continue;
        const VehicleData& vehicle = instance.vehicle(route.vehicle);
        for (std::size_t p = 0; p <= route.jobs.size(); ++p) {
            Route trial = route;
            trial.jobs.insert(trial.jobs.begin() + static_cast<std::ptrdiff_t>(p), job);
            UpdateRoute(instance, trial);
            if (!RouteFits(instance, trial)) {
                ++refused;
                continue;
            }
            const std::int64_t delta = vehicle.arc_weight * (trial.distance - route.distance);
            if (best.route == kNone || delta < best.delta) best = Insertion{r, p, delta};
        }
    }
    return best;
}

TEST(BestInsertion, FindsTheCheapestFeasiblePositionThatTryingEveryPositionFinds) {
    std::size_t feasible = 0;
    std::size_t refused = 0;
    std::size_t tried = 0;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const Problem problem = CrowdedDay(45, seed);
        auto instance = Instance::Create(problem, Objective::kDistance);
        ASSERT_TRUE(instance.has_value());
        Rng rng(seed);
        WorkingSolution solution = EveryJobInserted(*instance, rng);
        // Take a dozen jobs out again and ask where each of them would go back.
        std::vector<std::size_t> removed;
        RuinStrings(*instance, solution, RuinOptions{}, rng, removed);
        for (std::size_t job : removed) {
            SCOPED_TRACE(testing::Message() << "seed " << seed << ", job " << job);
            const Insertion found =
                BestInsertion(*instance, solution, job, {0.0, NewRoutes::kForbidden, 0}, rng);
            const Insertion expected = CheapestByTrial(*instance, solution, job, refused);
            ++tried;
            ASSERT_EQ(found.route == kNone, expected.route == kNone);
            if (expected.route == kNone) continue;
            ++feasible;
            EXPECT_EQ(found.delta, expected.delta);
        }
    }
    EXPECT_GT(feasible, 20U);
    // The windows must bind: most positions are refused, so the scan's skips are exercised.
    EXPECT_GT(refused, 10 * tried);
}

}  // namespace
}  // namespace kefu::planner
