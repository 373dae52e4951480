// The model's own rules: a job's time on site shared among the crew (R-DSP-4) and the validation
// of the values that rule divides by.
#include "planner/model/problem.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace kefu::planner {
namespace {

std::set<std::pair<std::string, std::string>> Violations(const Error& error) {
    std::set<std::pair<std::string, std::string>> out;
    for (const FieldViolation& v : error.violations()) out.insert({v.field, v.reason});
    return out;
}

// One job and one vehicle at two points; each test breaks one value.
Problem Valid() {
    Problem problem;
    problem.matrix = *EuclideanMatrixProvider{}.Build(std::vector<Coordinates>{{0, 0}, {1, 0}});
    Job job;
    job.location = 1;
    job.service = 15.0;
    job.shared_work = 120.0;
    problem.jobs = {job};
    problem.vehicles.resize(2);
    problem.vehicles[1].workers = 3;
    return problem;
}

TEST(ServiceOn, SharesTheWorkAmongTheCrewAndKeepsTheSetUpWhole) {
    const Problem problem = Valid();
    const Job& job = problem.jobs[0];
    EXPECT_DOUBLE_EQ(ServiceOn(job, problem.vehicles[0]), 135.0) << "one worker does it all";
    EXPECT_DOUBLE_EQ(ServiceOn(job, problem.vehicles[1]), 55.0) << "120 / 3 + 15";
    Vehicle seven;
    seven.workers = 7;
    EXPECT_DOUBLE_EQ(ServiceOn(job, seven), 15.0 + 120.0 / 7.0) << "not rounded";
    Job setup_only = job;
    setup_only.shared_work = 0.0;
    EXPECT_DOUBLE_EQ(ServiceOn(setup_only, seven), 15.0);
}

TEST(ValidateProblem, AcceptsSharedWorkAndACrewOfSeveral) {
    EXPECT_TRUE(ValidateProblem(Valid()).has_value());
}

TEST(ValidateProblem, RefusesSharedWorkThatIsNegativeOrNotFiniteAndACrewOfNobody) {
    Problem problem = Valid();
    problem.jobs.push_back(problem.jobs[0]);
    problem.jobs.push_back(problem.jobs[0]);
    problem.jobs[0].shared_work = -1.0;
    problem.jobs[1].shared_work = std::numeric_limits<double>::quiet_NaN();
    problem.jobs[2].shared_work = std::numeric_limits<double>::infinity();
    problem.vehicles[0].workers = 0;
    problem.vehicles[1].workers = -2;
    auto result = ValidateProblem(problem);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(Violations(result.error()),
              (std::set<std::pair<std::string, std::string>>{
                  {"jobs[0].sharedWork", "must_be_non_negative"},
                  {"jobs[1].sharedWork", "must_be_non_negative"},
                  {"jobs[2].sharedWork", "must_be_non_negative"},
                  {"vehicles[0].workers", "must_be_positive"},
                  {"vehicles[1].workers", "must_be_positive"}}));
}

}  // namespace
}  // namespace kefu::planner
