#include "planner/io/solomon_reader.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "planner/io/json_codec.hpp"
#include "planner/search/solver.hpp"

namespace kefu::planner {
namespace {

constexpr const char* kTiny = R"(TINY

VEHICLE
NUMBER     CAPACITY
  2         50

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

    0      0          0          0          0       1000          0
    1      3          4         10         10        200         10
    2      6          8         20          0        500         10
)";

TEST(SolomonReader, ReadsDepotVehiclesAndCustomers) {
    auto instance = ParseSolomon(kTiny);
    ASSERT_TRUE(instance.has_value()) << instance.error().message();
    EXPECT_EQ(instance->name, "TINY");
    const Problem& problem = instance->problem;
    ASSERT_EQ(problem.vehicles.size(), 2U);
    EXPECT_EQ(problem.vehicles[0].capacity.pieces, 50);
    EXPECT_DOUBLE_EQ(problem.vehicles[0].shift.end, 1000.0);
    ASSERT_EQ(problem.jobs.size(), 2U);
    EXPECT_EQ(problem.jobs[1].id, 2);
    EXPECT_EQ(problem.jobs[1].demand.pieces, 20);
    EXPECT_DOUBLE_EQ(problem.jobs[0].windows[0].start, 10.0);
    EXPECT_DOUBLE_EQ(problem.matrix.distance(0, 1), 5.0);
}

TEST(SolomonReader, RejectsGarbage) {
    EXPECT_FALSE(ParseSolomon("nothing here").has_value());
    auto missing = ReadSolomonFile("/nonexistent/x.txt");
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
}

TEST(JsonCodec, ReadsAProblemAndWritesTheSolution) {
    const std::string text = R"({
      "matrix": {"type": "haversine", "roadFactor": 1.3, "speedKmh": 30},
      "locations": [[121.47, 31.23], [121.50, 31.25], [121.40, 31.20]],
      "vehicles": [{"id": 7, "start": 0, "capacity": {"pieces": 5, "volume": 100},
                    "shift": [0, 36000], "skills": [1]}],
      "jobs": [{"id": 11, "location": 1, "timeWindows": [[0, 20000]], "service": 600,
                "demand": 2, "skills": [1]},
               {"id": 12, "location": 2, "service": 600, "demand": {"pieces": 9}}]
    })";
    auto problem = ParseProblemJson(text);
    ASSERT_TRUE(problem.has_value()) << problem.error().message();
    SolveOptions options;
    options.max_iterations = 50;
    auto solution = Solve(*problem, options);
    ASSERT_TRUE(solution.has_value());
    const std::string json = SolutionToJson(*problem, *solution);
    EXPECT_NE(json.find("\"vehicle\": 7"), std::string::npos) << json;
    EXPECT_NE(json.find("\"reason\": \"capacity\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"summary\""), std::string::npos) << json;
}

// R-DSP-4: "sharedWork" on a job and "workers" on a vehicle reach the model (absent: 0 and 1) and
// the written solution's times: job 11 is reached at 10 and takes 600 + 1200 / 3 on site.
TEST(JsonCodec, ReadsSharedWorkAndCrewSizesAndWritesTheTimesTheyGive) {
    const std::string text = R"({
      "locations": [[0, 0], [10, 0]],
      "vehicles": [{"id": 7, "start": 0, "capacity": 5, "workers": 3},
                   {"id": 8, "start": 0, "capacity": 5}],
      "jobs": [{"id": 11, "location": 1, "service": 600, "sharedWork": 1200, "demand": 1},
               {"id": 12, "location": 1, "service": 600, "demand": 1}]
    })";
    auto problem = ParseProblemJson(text);
    ASSERT_TRUE(problem.has_value()) << problem.error().message();
    EXPECT_EQ(problem->vehicles[0].workers, 3);
    EXPECT_EQ(problem->vehicles[1].workers, 1);
    EXPECT_DOUBLE_EQ(problem->jobs[0].shared_work, 1200.0);
    EXPECT_DOUBLE_EQ(problem->jobs[1].shared_work, 0.0);
    problem->jobs.pop_back();
    problem->vehicles.pop_back();
    SolveOptions options;
    options.max_iterations = 20;
    auto solution = Solve(*problem, options);
    ASSERT_TRUE(solution.has_value());
    const auto json = nlohmann::json::parse(SolutionToJson(*problem, *solution));
    ASSERT_EQ(json.at("routes").size(), 1U) << json.dump();
    const auto& route = json.at("routes").at(0);
    EXPECT_EQ(route.at("vehicle"), 7);
    EXPECT_DOUBLE_EQ(route.at("serviceStarts").at(0).get<double>(), 10.0);
    EXPECT_DOUBLE_EQ(route.at("endTime").get<double>(), 10.0 + 600.0 + 400.0 + 10.0);

    auto nobody = ParseProblemJson(R"({"locations": [[0, 0]],
        "vehicles": [{"id": 1, "start": 0, "capacity": 1, "workers": 0}],
        "jobs": [{"id": 2, "location": 0, "sharedWork": -5}]})");
    ASSERT_FALSE(nobody.has_value());
    ASSERT_EQ(nobody.error().violations().size(), 2U);
    EXPECT_EQ(nobody.error().violations()[0].field, "jobs[0].sharedWork");
    EXPECT_EQ(nobody.error().violations()[1].field, "vehicles[0].workers");
}

TEST(JsonCodec, RejectsMalformedInput) {
    auto broken = ParseProblemJson(R"({"locations": [[0, 0]], "vehicles": [{"id": "x"}]})");
    ASSERT_FALSE(broken.has_value());
    EXPECT_EQ(broken.error().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace kefu::planner
