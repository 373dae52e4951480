#include <gtest/gtest.h>

#include <limits>
#include <memory>
#include <vector>

#include "planner/check/checker.hpp"
#include "planner/local_search/cross_exchange.hpp"
#include "planner/local_search/descent.hpp"
#include "planner/local_search/or_opt.hpp"
#include "planner/local_search/or_opt_within.hpp"
#include "planner/local_search/relocate.hpp"
#include "planner/local_search/swap.hpp"
#include "planner/local_search/two_opt.hpp"
#include "planner/local_search/two_opt_star.hpp"
#include "planner/search/recreate.hpp"
#include "planner/search/rng.hpp"

namespace kefu::planner {
namespace {

// A small random instance with tight windows, some two-window jobs, skills and a mixed fleet
// (two end depots, two shift ends, two capacities, crews of one to three sharing each job's
// work, R-DSP-4) so that every feasibility branch is used.
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
        job.service = 4.0;
        job.shared_work = 12.0;  // 16, 10 or 8 on site
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
        vehicle.workers = 1 + static_cast<int>((v / 2) % 3);
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
// after Apply, and the result passes the independent checker. Pairs are on distinct routes, or
// on one route for a within-route operator.
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
                const bool same_route = start.route_of[v] == start.route_of[u];
                if (start.route_of[v] == kNone || same_route != op.within_route()) continue;
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

TEST(TwoOpt, GainEqualsCostDifferenceAndResultPassesTheChecker) {
    ExpectGainsMatchAndStayFeasible(TwoOpt{});
}

TEST(OrOptWithin, GainEqualsCostDifferenceAndResultPassesTheChecker) {
    ExpectGainsMatchAndStayFeasible(OrOptWithin{});
}

// Jobs on a line at `xs` (depot at 0, so job j is at location j + 1), no service, any time
// unless a test sets windows, and one vehicle.
Problem LineProblem(const std::vector<double>& xs) {
    std::vector<Coordinates> points{{0.0, 0.0}};
    for (double x : xs) points.push_back({x, 0.0});
    Problem problem;
    problem.matrix = *EuclideanMatrixProvider{}.Build(points);
    for (std::size_t j = 0; j < xs.size(); ++j) {
        Job job;
        job.id = static_cast<std::int64_t>(j + 1);
        job.location = j + 1;
        problem.jobs.push_back(job);
    }
    problem.vehicles.resize(1);
    return problem;
}

// The plan with vehicle 0 serving `jobs` in that order.
WorkingSolution OneRoute(const Instance& instance, const std::vector<std::size_t>& jobs) {
    WorkingSolution solution(instance);
    solution.routes[0].jobs = jobs;
    UpdateRoute(instance, solution.routes[0]);
    for (std::size_t job : jobs) solution.route_of[job] = 0;
    return solution;
}

// x = 1, 4, 3, 2, 5 crosses itself: reversing 4 3 2 saves 4 units, and the descent finds it.
TEST(TwoOpt, ReversesACrossingSegment) {
    const Problem problem = LineProblem({1, 2, 3, 4, 5});
    const Instance instance = *Instance::Create(problem, Objective::kDistance);
    WorkingSolution solution = OneRoute(instance, {0, 3, 2, 1, 4});
    SearchState state(instance, solution);
    Move best;
    ASSERT_TRUE(TwoOpt{}.Improve(state, 0, 1, best));
    EXPECT_EQ(best.gain, 4 * static_cast<std::int64_t>(kScale));
    Apply(state, best);
    EXPECT_EQ(solution.routes[0].jobs, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
    EXPECT_TRUE(CheckSolution(problem, ExportSolution(problem, instance, solution)).ok());

    WorkingSolution crossing = OneRoute(instance, {0, 3, 2, 1, 4});
    Descend(instance, crossing, 4);
    EXPECT_EQ(crossing.routes[0].jobs, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
}

// The same crossing, but x = 4 must start by 4.5 and x = 2 not before 5.5: the straight order
// would wait at x = 2 and reach x = 4 at 8, so the shorter reversal is refused.
TEST(TwoOpt, RefusesAReversalThatBreaksAWindow) {
    Problem problem = LineProblem({1, 2, 3, 4, 5});
    problem.jobs[3].windows = {{0.0, 4.5}};
    problem.jobs[1].windows = {{5.5, 6.5}};
    const Instance instance = *Instance::Create(problem, Objective::kDistance);
    WorkingSolution solution = OneRoute(instance, {0, 3, 2, 1, 4});
    ASSERT_TRUE(CheckSolution(problem, ExportSolution(problem, instance, solution)).ok());
    SearchState state(instance, solution);
    const RouteReorder straight = Reversal(0, 1, 4);
    EXPECT_GT(ReorderGain(state, straight), 0);
    EXPECT_FALSE(ReorderFeasible(state, straight));
    Move best;
    EXPECT_FALSE(TwoOpt{}.Improve(state, 0, 1, best));
    EXPECT_EQ(best.gain, 0);
    Descend(instance, solution, 4);
    EXPECT_TRUE(CheckSolution(problem, ExportSolution(problem, instance, solution)).ok());
}

// x = 2, 1, 3: moving x = 1 before x = 2 saves 2 units.
TEST(OrOptWithin, MovesAJobToABetterPlaceInItsRoute) {
    const Problem problem = LineProblem({1, 2, 3});
    const Instance instance = *Instance::Create(problem, Objective::kDistance);
    WorkingSolution solution = OneRoute(instance, {1, 0, 2});
    SearchState state(instance, solution);
    Move best;
    ASSERT_TRUE(OrOptWithin{}.Improve(state, 0, 1, best));
    EXPECT_EQ(best.gain, 2 * static_cast<std::int64_t>(kScale));
    Apply(state, best);
    EXPECT_EQ(solution.routes[0].jobs, (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_TRUE(CheckSolution(problem, ExportSolution(problem, instance, solution)).ok());
}

// A chain of three jobs goes back to where it belongs: x = 1, 5, 6, 7, 2, 3, 4, 8 becomes
// x = 1 .. 8 by moving 5 6 7 after 4 (or 2 3 4 before 5).
TEST(OrOptWithin, MovesAChainOfThreeJobs) {
    const Problem problem = LineProblem({1, 2, 3, 4, 5, 6, 7, 8});
    const Instance instance = *Instance::Create(problem, Objective::kDistance);
    WorkingSolution solution = OneRoute(instance, {0, 4, 5, 6, 1, 2, 3, 7});
    SearchState state(instance, solution);
    Move best;
    ASSERT_TRUE(OrOptWithin{}.Improve(state, 4, 3, best));
    Apply(state, best);
    EXPECT_EQ(solution.routes[0].jobs, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7}));
}

// x = 2, 1, 3 again, but x = 1 opens at 3 and x = 2 closes at 2.5: serving x = 1 first would
// wait until 3 and reach x = 2 at 4, so the shorter order is refused.
TEST(OrOptWithin, RefusesAMoveThatBreaksAWindow) {
    Problem problem = LineProblem({1, 2, 3});
    problem.jobs[0].windows = {{3.0, 10.0}};
    problem.jobs[1].windows = {{0.0, 2.5}};
    const Instance instance = *Instance::Create(problem, Objective::kDistance);
    WorkingSolution solution = OneRoute(instance, {1, 0, 2});
    ASSERT_TRUE(CheckSolution(problem, ExportSolution(problem, instance, solution)).ok());
    SearchState state(instance, solution);
    EXPECT_GT(ReorderGain(state, Exchange(0, 0, 1, 2)), 0);
    Move best;
    EXPECT_FALSE(OrOptWithin{}.Improve(state, 0, 1, best));
    EXPECT_EQ(best.gain, 0);
}

// x = 3, 1, 2 with x = 2 opening at 5 and the shift ending at 8.5 (back at 8 now): moving x = 3
// to the end or to the middle both save 2 units, but at the end it would wait at x = 2 and be
// back at 9; the move into the middle (back at 7) is the one taken.
TEST(OrOptWithin, RefusesAMovePastTheShiftEnd) {
    Problem problem = LineProblem({1, 3, 2});
    problem.jobs[2].windows = {{5.0, 100.0}};
    problem.vehicles[0].shift = {0.0, 8.5};
    const Instance instance = *Instance::Create(problem, Objective::kDistance);
    WorkingSolution solution = OneRoute(instance, {1, 0, 2});
    ASSERT_TRUE(CheckSolution(problem, ExportSolution(problem, instance, solution)).ok());
    SearchState state(instance, solution);
    const RouteReorder to_the_end = Exchange(0, 0, 1, 3);
    EXPECT_EQ(ReorderGain(state, to_the_end), 2 * static_cast<std::int64_t>(kScale));
    EXPECT_FALSE(ReorderFeasible(state, to_the_end));
    Move best;
    ASSERT_TRUE(OrOptWithin{}.Improve(state, 1, 2, best));
    EXPECT_EQ(best.gain, 2 * static_cast<std::int64_t>(kScale));
    Apply(state, best);
    EXPECT_EQ(solution.routes[0].jobs, (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_TRUE(CheckSolution(problem, ExportSolution(problem, instance, solution)).ok());
}

// Routes of one and two jobs: no pair for a reversal, and a two-job route on a symmetric matrix
// has no shorter order; nothing is offered, and the descent (with capacities that make this the
// best split) leaves them as they are.
TEST(WithinRouteMoves, LeaveRoutesOfOneAndTwoJobsAlone) {
    Problem problem = LineProblem({1, 2, 30});
    for (Job& job : problem.jobs) job.demand.pieces = 1;
    problem.vehicles.resize(2);
    problem.vehicles[0].capacity.pieces = 2;
    problem.vehicles[1].capacity.pieces = 1;
    const Instance instance = *Instance::Create(problem, Objective::kDistance);
    WorkingSolution solution(instance);
    solution.routes[0].jobs = {2, 1};  // x = 30, 2: 60 long, the best a pair can do here
    solution.routes[1].jobs = {0};     // x = 1
    for (std::size_t r = 0; r < 2; ++r) UpdateRoute(instance, solution.routes[r]);
    solution.route_of = {1, 0, 0};
    SearchState state(instance, solution);
    Move best;
    EXPECT_FALSE(TwoOpt{}.Improve(state, 1, 2, best));
    EXPECT_FALSE(TwoOpt{}.Improve(state, 2, 1, best));
    EXPECT_FALSE(OrOptWithin{}.Improve(state, 1, 2, best));
    EXPECT_FALSE(OrOptWithin{}.Improve(state, 2, 1, best));
    EXPECT_EQ(best.gain, 0);
    const DescentResult result = Descend(instance, solution, 4);
    EXPECT_TRUE(result.local_optimum);
    EXPECT_EQ(result.moves, 0U);
    EXPECT_EQ(solution.routes[0].jobs, (std::vector<std::size_t>{2, 1}));
    EXPECT_EQ(solution.routes[1].jobs, (std::vector<std::size_t>{0}));
}

// The descent stops at a local optimum: no operator (within routes too) finds an improving move
// afterwards, the cost fell by exactly the reported gain, and the plan passes the checker.
TEST(Descent, ReachesALocalOptimum) {
    const auto operators = Operators(MoveSet::kAll);
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
