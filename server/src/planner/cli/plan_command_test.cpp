#include "planner/cli/plan_command.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kefu::planner {
namespace {

int RunKefu(std::vector<std::string> arguments) {
    CLI::App app{"kefu"};
    app.require_subcommand(1);
    int exit_code = -1;
    RegisterPlanCommand(app, exit_code);
    std::reverse(arguments.begin(), arguments.end());  // CLI11 takes them last-first
    app.parse(arguments);
    return exit_code;
}

TEST(PlanCommand, PlansASolomonFileAndChecksIt) {
    const std::string file = std::string(KEFU_VRPTW_DATA_DIR) + "/solomon/C101.txt";
    EXPECT_EQ(
        RunKefu({"plan", file, "--time-limit", "0.2", "--seed", "3", "--objective", "vehicles"}),
        0);
}

TEST(PlanCommand, FailsOnAMissingFile) {
    EXPECT_EQ(RunKefu({"plan", "/nonexistent/file.txt", "--format", "solomon"}), 1);
}

}  // namespace
}  // namespace kefu::planner
