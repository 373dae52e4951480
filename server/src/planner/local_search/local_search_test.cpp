#include <gtest/gtest.h>

#include <limits>
#include <memory>
#include <vector>

#include "planner/check/checker.hpp"
#include "planner/local_search/cross_exchange.hpp"
#include "planner/local_search/descent.hpp"
#include "planner/local_search/or_opt.hpp"
#include "planner/local_search/relocate.hpp"
#include "planner/local_search/swap.hpp"
#include "planner/local_search/two_opt_star.hpp"
#include "planner/search/recreate.hpp"
#include "planner/search/rng.hpp"

namespace kefu::planner {
namespace {

// A small random instance with tight windows, some two-window jobs, skills and a mixed fleet
// (two end depots, two shift ends, two capacities) so that every feasibility branch is used.
Problem RandomProblem(std::size_t jobs, std::uint64_t seed) {
    Rng rng(seed);
    std::vector<Coordinates> points{{50.0, 50.0}, {20.0, 80.0}};
    for (std::size_t j = 0; j < jobs; ++j) {
        points.push_back({rng.Unit() * 100.0, rng.Unit() * 100.0});
    }
    Problem problem;
    problem.matrix = *EuclideanMatrixProvider{}.Build(points);
    for (std::size_t j = 0; j < jobs; ++j) {
        Job job;
        job.id = static_cast<std::int64_t>(j + 1);
        job.location = j + 2;
        const double earliest = problem.matrix.duration(0, j + 2);
        const double start = earliest + rng.Unit() * 150.0;
        job.windows = {{start, start + 15.0 + rng.Unit() * 60.0}};
        if (rng.Below(4) == 0) job.windows.push_back({start + 120.0, start + 170.0});
        job.service = 10.0;
        job.demand.pieces = 1 + static_cast<std::int64_t>(rng.Below(5));
        if (rng.Below(6) == 0) job.skills = {1};
        problem.jobs.push_back(job);
    }
    for (std::size_t v = 0; v < jobs / 2; ++v) {
        Vehicle vehicle;
        vehicle.id = static_cast<std::int64_t>(v + 1);
        vehicle.capacity.pieces = v % 3 == 0 ? 20 : 12;
        vehicle.shift = {0.0, v % 2 == 0 ? 420.0 : 360.0};
        vehicle.end_location = v % 4 == 3 ? 1 : 0;
        if (v % 2 == 0) vehicle.skills = {1};
        problem.vehicles.push_back(vehicle);
    }
    return problem;
}

// An initial plan: greedy insertion in a random order.
WorkingSolution InitialSolution(const Instance& instance, std::uint64_t seed) {
    Rng rng(seed);
    WorkingSolution solution(instance);
    std::vector<std::size_t> jobs;
    for (std::size_t j = 0; j < instance.job_count(); ++j) {
        if (!instance.Blocked(j)) jobs.push_back(j);
    }
    SortForRecreate(instance, jobs, rng);
    Recreate(instance, solution, jobs, {0.3, NewRoutes::kAllowed, 0}, rng);
    return solution;
}

constexpr std::size_t kJobs = 40;
constexpr std::size_t kNeighbours = 10;

// Any feasible move `op` proposes (improving or not) has a gain equal to the cost difference
// after Apply, and the result passes the independent checker.
void ExpectGainsMatchAndStayFeasible(const MoveOperator& op) {
    std::size_t moves = 0;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const Problem problem = RandomProblem(kJobs, seed);
        const Instance instance = *Instance::Create(problem, Objective::kDistance);
        const WorkingSolution start = InitialSolution(instance, seed);
        ASSERT_TRUE(CheckSolution(problem, ExportSolution(problem, instance, start)).ok());
        for (std::size_t u = 0; u < instance.job_count(); ++u) {
            if (start.route_of[u] == kNone) continue;
            const std::vector<std::size_t>& near = instance.Neighbours(u);
            for (std::size_t k = 0; k < kNeighbours; ++k) {
                const std::size_t v = near[k];
                if (start.route_of[v] == kNone || start.route_of[v] == start.route_of[u]) continue;
                WorkingSolution solution = start;
                SearchState state(instance, solution);
                Move move;
                move.gain = std::numeric_limits<std::int64_t>::min();  // take any feasible move
                if (!op.Improve(state, u, v, move)) continue;
                ++moves;
                const std::int64_t before = SolutionCost(instance, solution);
                Apply(state, move);
                EXPECT_EQ(before - SolutionCost(instance, solution), move.gain)
                    << op.name() << " seed " << seed << " u " << u << " v " << v;
                const CheckReport report =
                    CheckSolution(problem, ExportSolution(problem, instance, solution));
                EXPECT_TRUE(report.ok())
                    << op.name() << " seed " << seed << ": " << report.violations.front().detail;
                if (::testing::Test::HasFailure()) return;
            }
        }
    }
    EXPECT_GE(moves, 10U) << op.name() << " found too few feasible moves to test";
}

TEST(Relocate, GainEqualsCostDifferenceAndResultPassesTheChecker) {
    ExpectGainsMatchAndStayFeasible(Relocate{});
}

TEST(Swap, GainEqualsCostDifferenceAndResultPassesTheChecker) {
    ExpectGainsMatchAndStayFeasible(Swap{});
}

TEST(TwoOptStar, GainEqualsCostDifferenceAndResultPassesTheChecker) {
    ExpectGainsMatchAndStayFeasible(TwoOptStar{});
}

TEST(OrOpt, GainEqualsCostDifferenceAndResultPassesTheChecker) {
    ExpectGainsMatchAndStayFeasible(OrOpt{});
}

TEST(CrossExchange, GainEqualsCostDifferenceAndResultPassesTheChecker) {
    ExpectGainsMatchAndStayFeasible(CrossExchange{});
}

// The descent stops at a local optimum: no operator finds an improving move afterwards, the
// cost fell by exactly the reported gain, and the plan passes the checker.
TEST(Descent, ReachesALocalOptimum) {
    const auto operators = ClassicOperators();
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const Problem problem = RandomProblem(kJobs, seed);
        const Instance instance = *Instance::Create(problem, Objective::kDistance);
        WorkingSolution solution = InitialSolution(instance, seed);
        const std::int64_t before = SolutionCost(instance, solution);
        const DescentResult result = Descend(instance, solution, kNeighbours);
        EXPECT_TRUE(result.local_optimum);
        EXPECT_GT(result.moves, 0U) << "seed " << seed;
        EXPECT_EQ(before - SolutionCost(instance, solution), result.gain);
        EXPECT_TRUE(CheckSolution(problem, ExportSolution(problem, instance, solution)).ok());
        const SearchState state(instance, solution);
        for (std::size_t u = 0; u < instance.job_count(); ++u) {
            EXPECT_LE(BestMoveFor(state, operators, u, kNeighbours).gain, 0) << "job " << u;
        }
    }
}

}  // namespace
}  // namespace kefu::planner
