// `kefu plan` (R-DSP-4): the printed plan, not only the exit code.
#include "planner/cli/plan_command.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace kefu::planner {
namespace {

using nlohmann::json;

/// What one `kefu plan` run printed and returned.
struct PlanRun {
    int exit_code = -1;
    std::string out;
    std::string err;
};

PlanRun RunKefu(std::vector<std::string> arguments) {
    CLI::App app{"kefu"};
    app.require_subcommand(1);
    PlanRun run;
    RegisterPlanCommand(app, run.exit_code);
    std::reverse(arguments.begin(), arguments.end());  // CLI11 takes them last-first
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    app.parse(arguments);
    run.err = ::testing::internal::GetCapturedStderr();
    run.out = ::testing::internal::GetCapturedStdout();
    return run;
}

json ParsePlan(const PlanRun& run) {
    json plan = json::parse(run.out, nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(plan.is_discarded()) << "not JSON: " << run.out;
    return plan;
}

// A small problem whose plan is unique: depot at 0; job 11 at x = 1 (window [0, 5]) and job 14
// at x = 2 (window [10, 20]) fit one vehicle only in that order; job 12 needs a skill nobody
// has, job 13 is heavier than the vehicle, job 15 is 90 away and cannot be back within the
// 100-long shift. Distance = time = |dx|, service 1.
constexpr const char* kSmallProblem = R"({
  "locations": [[0, 0], [1, 0], [2, 0], [3, 0], [4, 0], [90, 0]],
  "vehicles": [{"id": 7, "capacity": 10, "shift": [0, 100], "start": 0}],
  "jobs": [
    {"id": 11, "location": 1, "timeWindows": [[0, 5]], "service": 1, "demand": 2},
    {"id": 12, "location": 3, "service": 1, "demand": 1, "skills": [9]},
    {"id": 13, "location": 4, "service": 1, "demand": 11},
    {"id": 14, "location": 2, "timeWindows": [[10, 20]], "service": 1, "demand": 3},
    {"id": 15, "location": 5, "timeWindows": [[0, 100]], "service": 1, "demand": 1}
  ]
})";

std::string WriteTempFile(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() /
                      (name + "-" + std::to_string(::getpid()) + ".json");
    std::ofstream(path) << text;
    return path.string();
}

TEST(PlanCommand, PrintsTheRoutesAndTheUnassignedJobsWithTheirReasons) {
    const std::string file = WriteTempFile("kefu-plan-small", kSmallProblem);
    const PlanRun run =
        RunKefu({"plan", file, "--format", "json", "--time-limit", "0.2", "--seed", "1"});
    std::filesystem::remove(file);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    const json plan = ParsePlan(run);

    ASSERT_EQ(plan["routes"].size(), 1u) << run.out;
    const json& route = plan["routes"][0];
    EXPECT_EQ(route["vehicle"], 7);
    EXPECT_EQ(route["jobs"], json::array({11, 14}));
    EXPECT_DOUBLE_EQ(route["distance"].get<double>(), 4.0);
    // Job 11 at 1; job 14 reached at 3, waits for its window at 10; back at the depot at 13.
    EXPECT_EQ(route["serviceStarts"], json::array({1.0, 10.0}));
    EXPECT_DOUBLE_EQ(route["endTime"].get<double>(), 13.0);

    std::map<std::int64_t, std::string> reasons;
    for (const json& entry : plan["unassigned"]) {
        reasons[entry["job"].get<std::int64_t>()] = entry["reason"].get<std::string>();
    }
    EXPECT_EQ(reasons,
              (std::map<std::int64_t, std::string>{
                  {12, "skills"}, {13, "capacity"}, {15, "time_window"}}))
        << run.out;

    EXPECT_EQ(plan["summary"]["vehicles"], 1);
    EXPECT_EQ(plan["summary"]["unassigned"], 3);
    EXPECT_DOUBLE_EQ(plan["summary"]["distance"].get<double>(), 4.0);
    EXPECT_GT(plan["summary"]["iterations"].get<std::uint64_t>(), 0u);
}

TEST(PlanCommand, PlansASolomonFileWithEveryCustomerOnceAndConsistentFigures) {
    const std::string file = std::string(KEFU_VRPTW_DATA_DIR) + "/solomon/C101.txt";
    const PlanRun run =
        RunKefu({"plan", file, "--time-limit", "0.2", "--seed", "3", "--objective", "vehicles"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "") << "the checker reported a violation";
    const json plan = ParsePlan(run);

    // C101 has customers 1..100 (Solomon numbering; the depot is 0) and a fleet of 25.
    std::multiset<std::int64_t> visited;
    double distance = 0.0;
    std::set<std::int64_t> vehicles;
    for (const json& route : plan["routes"]) {
        EXPECT_FALSE(route["jobs"].empty()) << "an empty route is printed: " << route.dump();
        EXPECT_TRUE(vehicles.insert(route["vehicle"].get<std::int64_t>()).second)
            << "vehicle used twice: " << route.dump();
        EXPECT_EQ(route["serviceStarts"].size(), route["jobs"].size()) << route.dump();
        for (const json& job : route["jobs"]) visited.insert(job.get<std::int64_t>());
        distance += route["distance"].get<double>();
    }
    EXPECT_TRUE(plan["unassigned"].empty()) << plan["unassigned"].dump();
    ASSERT_EQ(visited.size(), 100u);
    for (std::int64_t customer = 1; customer <= 100; ++customer) {
        EXPECT_EQ(visited.count(customer), 1u) << "customer " << customer;
    }
    EXPECT_EQ(plan["summary"]["vehicles"], plan["routes"].size());
    EXPECT_LE(plan["summary"]["vehicles"].get<int>(), 25);
    EXPECT_EQ(plan["summary"]["unassigned"], 0);
    EXPECT_NEAR(plan["summary"]["distance"].get<double>(), distance, 1e-6 * distance);
}

TEST(PlanCommand, FailsOnAMissingFileAndSaysWhich) {
    const PlanRun run = RunKefu({"plan", "/nonexistent/file.txt", "--format", "solomon"});
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.out, "") << "no plan is printed";
    EXPECT_NE(run.err.find("kefu plan: "), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("/nonexistent/file.txt"), std::string::npos) << run.err;
}

TEST(PlanCommand, FailsOnAMalformedProblemAndSaysWhy) {
    const std::string file =
        WriteTempFile("kefu-plan-bad", R"({"locations": [[0, 0]], "vehicles": [], "jobs": [)");
    const PlanRun run = RunKefu({"plan", file, "--format", "json"});
    std::filesystem::remove(file);
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find("invalid problem JSON"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace kefu::planner
