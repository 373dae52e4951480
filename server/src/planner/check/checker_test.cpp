#include "planner/check/checker.hpp"

#include <gtest/gtest.h>

namespace kefu::planner {
namespace {

// Depot at 0, jobs on a line at x = 1, 2, 3; distance = time = |dx|.
Problem LineProblem() {
    Problem problem;
    problem.matrix =
        *EuclideanMatrixProvider{}.Build(std::vector<Coordinates>{{0, 0}, {1, 0}, {2, 0}, {3, 0}});
    for (std::size_t i = 1; i <= 3; ++i) {
        Job job;
        job.id = static_cast<std::int64_t>(i);
        job.location = i;
        job.windows = {{0.0, 10.0}};
        job.service = 1.0;
        job.demand.pieces = 4;
        problem.jobs.push_back(job);
    }
    for (std::int64_t v = 1; v <= 2; ++v) {
        Vehicle vehicle;
        vehicle.id = v;
        vehicle.capacity.pieces = 10;
        vehicle.shift = {0.0, 100.0};
        problem.vehicles.push_back(vehicle);
    }
    return problem;
}

PlannedRoute MakeRoute(std::size_t vehicle, std::vector<std::size_t> jobs, double distance) {
    PlannedRoute route;
    route.vehicle = vehicle;
    route.jobs = std::move(jobs);
    route.distance = distance;
    return route;
}

bool Has(const CheckReport& report, ViolationKind kind) {
    for (const CheckViolation& violation : report.violations) {
        if (violation.kind == kind) return true;
    }
    return false;
}

// The kinds the checker reported, in order: a test that expects exactly one violation also
// proves that the other rules did not fire on its plan.
std::vector<ViolationKind> Kinds(const CheckReport& report) {
    std::vector<ViolationKind> kinds;
    kinds.reserve(report.violations.size());
    for (const CheckViolation& violation : report.violations) kinds.push_back(violation.kind);
    return kinds;
}

Solution TwoRoutes() {
    Solution solution;
    solution.routes = {MakeRoute(0, {0, 1}, 4.0), MakeRoute(1, {2}, 6.0)};
    return solution;
}

TEST(Checker, AcceptsAFeasibleSolution) {
    const Problem problem = LineProblem();
    Solution solution;
    solution.routes = {MakeRoute(0, {0, 1}, 4.0), MakeRoute(1, {2}, 6.0)};
    const CheckReport report = CheckSolution(problem, solution);
    EXPECT_TRUE(report.ok()) << report.violations.front().detail;
    EXPECT_DOUBLE_EQ(report.distance, 10.0);
    EXPECT_EQ(report.served, 3U);
}

TEST(Checker, CatchesOverCapacity) {
    const Problem problem = LineProblem();
    Solution solution;
    solution.routes = {MakeRoute(0, {0, 1, 2}, 6.0)};
    EXPECT_TRUE(Has(CheckSolution(problem, solution), ViolationKind::kCapacity));
}

TEST(Checker, CatchesLateArrival) {
    Problem problem = LineProblem();
    problem.jobs[0].windows = {{0.0, 0.5}};  // reachable only at time 1
    Solution solution;
    solution.routes = {MakeRoute(0, {0, 1}, 4.0), MakeRoute(1, {2}, 6.0)};
    EXPECT_TRUE(Has(CheckSolution(problem, solution), ViolationKind::kTimeWindow));
}

TEST(Checker, WaitsForTheSecondWindow) {
    Problem problem = LineProblem();
    problem.jobs[1].windows = {{0.0, 1.0}, {50.0, 60.0}};
    problem.vehicles[0].shift = {0.0, 52.0};
    Solution solution;
    solution.routes = {MakeRoute(0, {0, 1}, 4.0), MakeRoute(1, {2}, 6.0)};
    // Waits until 50 at job 1, serves until 51, is back at 53 > 52.
    const CheckReport report = CheckSolution(problem, solution);
    EXPECT_FALSE(Has(report, ViolationKind::kTimeWindow));
    EXPECT_TRUE(Has(report, ViolationKind::kShiftEnd));
}

TEST(Checker, CatchesDuplicateAndMissingJobs) {
    const Problem problem = LineProblem();
    Solution solution;
    solution.routes = {MakeRoute(0, {0, 1}, 4.0), MakeRoute(1, {1}, 4.0)};
    const CheckReport report = CheckSolution(problem, solution);
    EXPECT_TRUE(Has(report, ViolationKind::kDuplicateJob));
    EXPECT_TRUE(Has(report, ViolationKind::kMissingJob));
}

TEST(Checker, CatchesAJobBothPlannedAndUnassigned) {
    const Problem problem = LineProblem();
    Solution solution;
    solution.routes = {MakeRoute(0, {0, 1}, 4.0), MakeRoute(1, {2}, 6.0)};
    solution.unassigned = {{2, UnassignedReason::kNoVehicleLeft}};
    EXPECT_TRUE(Has(CheckSolution(problem, solution), ViolationKind::kDuplicateJob));
}

TEST(Checker, CatchesMissingSkillsReusedVehiclesAndBadIndices) {
    Problem problem = LineProblem();
    problem.jobs[2].skills = {7};
    Solution solution;
    solution.routes = {MakeRoute(0, {0, 1}, 4.0),
                       MakeRoute(0, {2}, 6.0),
                       MakeRoute(5, {}, 0.0),
                       MakeRoute(1, {9}, 0.0)};
    const CheckReport report = CheckSolution(problem, solution);
    EXPECT_TRUE(Has(report, ViolationKind::kSkills));
    EXPECT_TRUE(Has(report, ViolationKind::kVehicleReused));
    EXPECT_TRUE(Has(report, ViolationKind::kBadIndex));
}

TEST(Checker, CatchesAWrongReportedDistance) {
    const Problem problem = LineProblem();
    Solution solution;
    solution.routes = {MakeRoute(0, {0, 1}, 3.0), MakeRoute(1, {2}, 6.0)};
    EXPECT_TRUE(Has(CheckSolution(problem, solution), ViolationKind::kDistanceMismatch));
}

// R-DSP-2 (vehicle capacity exceeded), by volume alone: the pieces fit, the volume does not.
TEST(Checker, CatchesOverVolumeWhenThePiecesFit) {
    Problem problem = LineProblem();
    for (Job& job : problem.jobs) job.demand.volume = 6;
    for (Vehicle& vehicle : problem.vehicles) vehicle.capacity.volume = 12;
    // 8 pieces of 10 and 12 volume of 12: exactly full is allowed.
    EXPECT_TRUE(CheckSolution(problem, TwoRoutes()).ok());

    problem.jobs[1].demand.volume = 7;  // 13 volume of 12, still 8 pieces of 10
    const CheckReport report = CheckSolution(problem, TwoRoutes());
    EXPECT_EQ(Kinds(report), std::vector<ViolationKind>{ViolationKind::kCapacity});
    ASSERT_FALSE(report.violations.empty());
    EXPECT_EQ(report.violations[0].route, 0U);
}

// R-DSP-1 (a crew able to do the job): every required skill, not just one of them.
TEST(Checker, CatchesACrewMissingOneOfTheRequiredSkills) {
    Problem problem = LineProblem();
    problem.vehicles[0].skills = {3, 7};
    problem.vehicles[1].skills = {7};
    problem.jobs[2].skills = {3, 7};
    Solution solution;
    solution.routes = {MakeRoute(1, {0, 1}, 4.0), MakeRoute(0, {2}, 6.0)};
    EXPECT_TRUE(CheckSolution(problem, solution).ok()) << "vehicle 0 has both skills";

    solution = TwoRoutes();  // job 2 on vehicle 1, which has 7 but not 3
    const CheckReport report = CheckSolution(problem, solution);
    EXPECT_EQ(Kinds(report), std::vector<ViolationKind>{ViolationKind::kSkills});
    ASSERT_FALSE(report.violations.empty());
    EXPECT_EQ(report.violations[0].route, 1U);
    EXPECT_EQ(report.violations[0].job, 2U);
}

// Route 0 serves job 0 at 1 until 2 and job 1 at 3 until 4, and is back at the depot at 6.
TEST(Checker, CatchesAReturnAfterTheShiftEndAndAcceptsOneExactlyAtIt) {
    Problem problem = LineProblem();
    problem.vehicles[0].shift = {0.0, 6.0};
    EXPECT_TRUE(CheckSolution(problem, TwoRoutes()).ok()) << "back exactly at the shift end";

    problem.vehicles[0].shift = {0.0, 5.99};
    const CheckReport report = CheckSolution(problem, TwoRoutes());
    EXPECT_EQ(Kinds(report), std::vector<ViolationKind>{ViolationKind::kShiftEnd});
    ASSERT_FALSE(report.violations.empty());
    EXPECT_EQ(report.violations[0].route, 0U);
}

// Job 1 is reached at 3 (after serving job 0 from 1 to 2): a window ending at 3 is met, one
// ending a hundredth earlier is not.
TEST(Checker, TimeWindowEndIsInclusiveAndAHundredthLateIsCaught) {
    Problem problem = LineProblem();
    problem.jobs[1].windows = {{0.0, 3.0}};
    EXPECT_TRUE(CheckSolution(problem, TwoRoutes()).ok());

    problem.jobs[1].windows = {{0.0, 2.99}};
    const CheckReport report = CheckSolution(problem, TwoRoutes());
    EXPECT_EQ(Kinds(report), std::vector<ViolationKind>{ViolationKind::kTimeWindow});
    ASSERT_FALSE(report.violations.empty());
    EXPECT_EQ(report.violations[0].job, 1U);
}

// Arriving before a window opens means waiting: the wait delays the rest of the route.
TEST(Checker, WaitingForAWindowDelaysTheFollowingJobs) {
    Problem problem = LineProblem();
    problem.jobs[0].windows = {{5.0, 10.0}};  // reached at 1, served 5..6
    problem.jobs[1].windows = {{0.0, 6.5}};   // reached at 7 after the wait: late
    const CheckReport report = CheckSolution(problem, TwoRoutes());
    EXPECT_EQ(Kinds(report), std::vector<ViolationKind>{ViolationKind::kTimeWindow});
}

// R-DSP-4: job 0's shared work is 6; a crew of two takes 1 + 3 on site, so job 1 is reached at
// 6, inside a window ending at 6; a crew of one takes 1 + 6 and reaches it at 9.
TEST(Checker, CatchesARouteLateOnlyBecauseItsCrewIsSmaller) {
    Problem problem = LineProblem();
    problem.jobs[0].shared_work = 6.0;
    problem.jobs[1].windows = {{0.0, 6.0}};
    problem.vehicles[0].workers = 2;
    EXPECT_TRUE(CheckSolution(problem, TwoRoutes()).ok()) << "two people share the work";

    problem.vehicles[0].workers = 1;
    const CheckReport report = CheckSolution(problem, TwoRoutes());
    EXPECT_EQ(Kinds(report), std::vector<ViolationKind>{ViolationKind::kTimeWindow});
    ASSERT_FALSE(report.violations.empty());
    EXPECT_EQ(report.violations[0].route, 0U);
    EXPECT_EQ(report.violations[0].job, 1U);
}

}  // namespace
}  // namespace kefu::planner
