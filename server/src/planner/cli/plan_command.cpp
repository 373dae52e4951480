#include "planner/cli/plan_command.hpp"

#include <fmt/core.h>

namespace kefu::planner {

void RegisterPlanCommand(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("plan", "Plan routes for a VRPTW instance (not yet built)");
    cmd->callback([&exit_code] {
        fmt::print(stderr, "kefu plan: not implemented yet\n");
        exit_code = 2;
    });
}

}  // namespace kefu::planner
