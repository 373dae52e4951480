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

}  // namespace
}  // namespace kefu::planner
